namespace PhoiHop.Features.Petitions;

/// <summary>Why a letter is filed without handling (lưu đơn; RULES.md 2.5, 2.6).</summary>
public enum FilingReason
{
    Duplicate = 0,        // trùng nội dung, đã được xử lý, hướng dẫn hoặc trả lời, không có tình tiết mới
    Anonymous = 1,        // nặc danh, mạo danh (Luật Tố cáo 2018, Điều 25(1))
    SentToMany = 2,       // gửi nhiều nơi, trong đó có cơ quan có thẩm quyền (Luật Tố cáo 2018, Điều 24(3))
    AlreadyResolved = 3,  // đã được giải quyết đúng pháp luật
    JudgmentExists = 4,   // đã có bản án, quyết định của Tòa án có hiệu lực pháp luật
    Other = 5,
}
