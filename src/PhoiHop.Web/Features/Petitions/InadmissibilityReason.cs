namespace PhoiHop.Features.Petitions;

/// <summary>
/// Why a letter within the body's competence is not accepted (không thụ lý). The number is the reason code: for a
/// complaint it is the clause of Luật Khiếu nại 2011, Điều 11 (RULES.md 3.3); 101–104 follow the acceptance conditions
/// of Luật Tố cáo 2018, Điều 29(1) (RULES.md 4.4); 201 is the form of a petition or feedback (RULES.md 13.3).
/// </summary>
public enum InadmissibilityReason
{
    // Khiếu nại: Luật Khiếu nại 2011, Điều 11.
    NotSubjectToComplaint = 1,              // văn bản chỉ đạo nội bộ, quy phạm, bí mật nhà nước về quốc phòng, an ninh, ngoại giao
    NotDirectlyAffected = 2,                // không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại
    NoCapacityNoRepresentative = 3,         // không có năng lực hành vi dân sự đầy đủ, không có người đại diện hợp pháp
    UnlawfulRepresentative = 4,             // người đại diện không hợp pháp
    NotSigned = 5,                          // đơn không có chữ ký hoặc điểm chỉ
    LimitationExpired = 6,                  // hết thời hiệu mà không có lý do chính đáng
    SecondInstanceDecisionExists = 7,       // đã có quyết định giải quyết khiếu nại lần hai
    NotContinuedAfterStop = 8,              // có văn bản thông báo đình chỉ mà sau 30 ngày không tiếp tục khiếu nại
    CourtAcceptedOrJudged = 9,              // Tòa án đã thụ lý hoặc đã có bản án, quyết định

    // Tố cáo: Luật Tố cáo 2018, Điều 29(1).
    DenunciationFormNotMet = 101,           // không đúng hình thức, nội dung theo Điều 23
    DenouncerNoCapacity = 102,              // người tố cáo không đủ năng lực hành vi dân sự, không có người đại diện
    NoBasisToIdentifyViolation = 104,       // không có cơ sở xác định người vi phạm, hành vi vi phạm
    NoEvidenceAgainstComplaintResolver = 105, // tố cáo người đã giải quyết đúng khiếu nại mà không có bằng chứng vi phạm

    // Kiến nghị, phản ánh: đơn không đủ điều kiện xử lý.
    PetitionFormNotMet = 201,
}
