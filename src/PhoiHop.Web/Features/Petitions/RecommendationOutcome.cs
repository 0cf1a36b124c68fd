namespace PhoiHop.Features.Petitions;

/// <summary>What the competent body decided on a petition or feedback (RULES.md 13.3; NĐ 20/2008).</summary>
public enum RecommendationOutcome
{
    Amend = 0,                // sửa đổi
    Repeal = 1,               // bãi bỏ
    RecommendAmendment = 2,   // kiến nghị cơ quan có thẩm quyền sửa đổi
    IssueNew = 3,             // ban hành mới
    ExplanationOnly = 4,      // giải thích, không thay đổi
}
