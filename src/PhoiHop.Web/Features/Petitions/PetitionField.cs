namespace PhoiHop.Features.Petitions;

/// <summary>
/// One node of the field tree (lĩnh vực, RULES.md 13.8): a root such as "Hành chính" or a field under it such as
/// "Đất đai: thu hồi, bồi thường". <see cref="ReportColumn"/> says where letters of this field are counted in the
/// Circular 02/2021/TT-TTCP tables.
/// </summary>
public sealed record PetitionField(string Code, string Name, string EnglishName, string? ParentCode, FieldReportColumn ReportColumn)
{
    public bool IsRoot => ParentCode is null;
}
