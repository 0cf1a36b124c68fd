namespace PhoiHop.Features.Documents;

/// <summary>
/// A kind of administrative document (Nghị định 30/2020/NĐ-CP, Điều 7) and its abbreviation in the document symbol
/// (Phụ lục III). A công văn has no abbreviation and shows no type name: its symbol names the issuer and the drafting unit
/// instead (Phụ lục I, "Số, ký hiệu của văn bản").
/// </summary>
/// <param name="Name">The type name in sentence case ("Thông báo"); the page shows it in capitals.</param>
/// <param name="Abbreviation">The Phụ lục III abbreviation ("TB"), or null for a công văn.</param>
public sealed record DocumentType(string Name, string? Abbreviation)
{
    public static readonly DocumentType OfficialLetter = new("Công văn", null);

    // Phụ lục III, Nghị định 30/2020/NĐ-CP: the types the platform issues or is likely to.
    public static readonly DocumentType Resolution = new("Nghị quyết", "NQ");
    public static readonly DocumentType Decision = new("Quyết định", "QĐ");
    public static readonly DocumentType Directive = new("Chỉ thị", "CT");
    public static readonly DocumentType Statute = new("Quy chế", "QC");
    public static readonly DocumentType Regulation = new("Quy định", "QyĐ");
    public static readonly DocumentType Communique = new("Thông cáo", "TC");
    public static readonly DocumentType Notice = new("Thông báo", "TB");
    public static readonly DocumentType Guidance = new("Hướng dẫn", "HD");
    public static readonly DocumentType Programme = new("Chương trình", "CTr");
    public static readonly DocumentType Plan = new("Kế hoạch", "KH");
    public static readonly DocumentType Scheme = new("Phương án", "PA");
    public static readonly DocumentType Proposal = new("Đề án", "ĐA");
    public static readonly DocumentType Project = new("Dự án", "DA");
    public static readonly DocumentType Report = new("Báo cáo", "BC");
    public static readonly DocumentType Minutes = new("Biên bản", "BB");
    public static readonly DocumentType Submission = new("Tờ trình", "TTr");
    public static readonly DocumentType Contract = new("Hợp đồng", "HĐ");
    public static readonly DocumentType Telegram = new("Công điện", "CĐ");
    public static readonly DocumentType PowerOfAttorney = new("Giấy ủy quyền", "GUQ");
    public static readonly DocumentType Invitation = new("Giấy mời", "GM");
    public static readonly DocumentType Introduction = new("Giấy giới thiệu", "GGT");
    public static readonly DocumentType SendingSlip = new("Phiếu gửi", "PG");
    public static readonly DocumentType ForwardingSlip = new("Phiếu chuyển", "PC");
    public static readonly DocumentType AdviceSlip = new("Phiếu báo", "PB");

    /// <summary>A công văn: no type name on the page, trích yếu "V/v …" under the number, symbol issuer-unit.</summary>
    public bool IsOfficialLetter => Abbreviation is null;

    public static IReadOnlyList<DocumentType> All { get; } =
    [
        OfficialLetter, Resolution, Decision, Directive, Statute, Regulation, Communique, Notice, Guidance, Programme, Plan, Scheme,
        Proposal, Project, Report, Minutes, Submission, Contract, Telegram, PowerOfAttorney, Invitation, Introduction, SendingSlip,
        ForwardingSlip, AdviceSlip,
    ];
}
