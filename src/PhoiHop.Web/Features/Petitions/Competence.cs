namespace PhoiHop.Features.Petitions;

/// <summary>Whose competence the matter is, as classified by the receiving body (RULES.md 2.2(3)).</summary>
public enum Competence
{
    Own = 0,         // thuộc thẩm quyền
    LowerLevel = 1,  // thuộc thẩm quyền cấp dưới
    OtherBody = 2,   // thuộc thẩm quyền cơ quan khác
}
