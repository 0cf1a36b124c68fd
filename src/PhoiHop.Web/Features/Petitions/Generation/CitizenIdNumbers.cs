namespace PhoiHop.Features.Petitions.Generation;

/// <summary>
/// Twelve-digit citizen ID numbers (số CCCD, số định danh cá nhân; Nghị định 137/2015/NĐ-CP, Thông tư 07/2016/TT-BCA,
/// Điều 7 [NV]): the province of birth (3 digits), a digit for sex and century (0/1 male/female born 1900–1999, 2/3 born
/// 2000–2099), the last two digits of the birth year, then six random digits. People of the merged province were born
/// in Thái Nguyên (019) or Bắc Kạn (006) mostly; the rest come from the neighbours and the Red River delta.
/// </summary>
internal static class CitizenIdNumbers
{
    public const string ThaiNguyen = "019";
    public const string BacKan = "006";

    /// <summary>The 63 province codes of birth, as they were before the 2025 mergers (IDs already issued keep them).</summary>
    public static readonly string[] ProvinceCodes =
    [
        "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024", "025", "026",
        "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045", "046", "048", "049", "051",
        "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080",
        "082", "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096",
    ];

    // Hà Nội, Tuyên Quang, Bắc Giang, Lạng Sơn, Phú Thọ, Vĩnh Phúc, Cao Bằng, Bắc Ninh, Thái Bình, Nam Định, Hà Nam,
    // Hải Dương, Hưng Yên, Thanh Hóa, Nghệ An, Hà Giang, Yên Bái, Hải Phòng, Ninh Bình, Quảng Ninh.
    private static readonly string[] Elsewhere =
    [
        "001", "008", "024", "020", "025", "026", "004", "027", "034", "036", "035", "030", "033", "038", "040", "002", "015", "031",
        "037", "022",
    ];

    public static string Pick(Random random, DateOnly birthDate, bool isFemale, bool bornNearBacKan)
    {
        var roll = random.Next(100);
        var province = bornNearBacKan
            ? roll < 72 ? BacKan : roll < 90 ? ThaiNguyen : Elsewhere[random.Next(Elsewhere.Length)]
            : roll < 80 ? ThaiNguyen : roll < 85 ? BacKan : Elsewhere[random.Next(Elsewhere.Length)];

        var century = birthDate.Year >= 2000 ? 2 : 0;
        Span<char> id = stackalloc char[12];
        province.AsSpan().CopyTo(id);
        id[3] = (char)('0' + century + (isFemale ? 1 : 0));
        id[4] = (char)('0' + (birthDate.Year % 100 / 10));
        id[5] = (char)('0' + (birthDate.Year % 10));
        for (var i = 6; i < 12; i++)
            id[i] = (char)('0' + random.Next(10));
        return new string(id);
    }
}
