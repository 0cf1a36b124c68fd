using PhoiHop.Features.Documents;

namespace PhoiHop.Tests.Features.Documents;

/// <summary>Documents for the rendering tests: a provincial department's notice with the words the tests read back.</summary>
internal static class SampleDocuments
{
    public static readonly Issuer Department = new(
        "Sở Nông nghiệp và Môi trường", "SNNMT", "Thái Nguyên", ParentAuthority: "Ủy ban nhân dân tỉnh Thái Nguyên");

    public static readonly Signer Deputy = Signer.ForHead("Giám đốc", "Phó Giám đốc", "Nguyễn Thị Hồng Nhung");

    public const string Opening =
        "Ngày 05/02/2026, Sở Nông nghiệp và Môi trường nhận được đơn khiếu nại của ông Nguyễn Văn An, địa chỉ: tổ 5, phường Phan Đình Phùng, tỉnh Thái Nguyên.";

    public const string Tones =
        "Chữ Nghiêng, khiếu nại, tố cáo, kiến nghị, phản ánh; Đặng Thị Ưng, Ngô Văn Ỷ, ầm ĩ, ẩn ẫn ậm, ắt ằn ẳng ẵm ặc, ếch ềnh ể ễ ệ, ối ồ ổ ỗ ộ, ớ ờ ở ỡ ợ, ứ ừ ử ữ ự, ỳ ý ỷ ỹ ỵ.";

    public static OfficialDocument Notice(int? number = 5, params string[] body) => new()
    {
        Issuer = Department,
        Type = DocumentType.Notice,
        Number = number,
        UnitCode = "TTra",
        Date = new DateOnly(2026, 2, 5),
        Summary = "Về việc thụ lý giải quyết khiếu nại",
        Recipients = ["Ông Nguyễn Văn An"],
        Body = body.Length > 0 ? body : [Opening, Tones, "Sở Nông nghiệp và Môi trường thông báo để ông Nguyễn Văn An được biết."],
        Signer = Deputy,
        CopiesTo = ["Thanh tra tỉnh", "Giám đốc Sở (để báo cáo)"],
    };

    public static OfficialDocument Letter() => Notice() with
    {
        Type = DocumentType.OfficialLetter,
        Number = 12,
        Summary = "hướng dẫn gửi đơn đến cơ quan có thẩm quyền giải quyết",
        Recipients = ["Ủy ban nhân dân phường Phan Đình Phùng", "Thanh tra tỉnh Thái Nguyên"],
    };

    /// <summary>About three pages of text.</summary>
    public static OfficialDocument Long() => Notice(5, [.. Enumerable.Range(1, 24).Select(i => $"{i}. {Opening} {Tones}")]);
}
