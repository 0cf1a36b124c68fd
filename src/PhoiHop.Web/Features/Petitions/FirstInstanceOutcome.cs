namespace PhoiHop.Features.Petitions;

/// <summary>What a first-instance complaint decision does with the decision or act complained of (Luật Khiếu nại 2011, Điều 31).</summary>
public enum FirstInstanceOutcome
{
    Keep = 0,        // giữ nguyên
    Amend = 1,       // sửa đổi, bổ sung
    CancelPart = 2,  // hủy bỏ một phần
    CancelAll = 3,   // hủy bỏ toàn bộ
    StopAct = 4,     // chấm dứt hành vi hành chính
}
