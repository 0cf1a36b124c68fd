using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PhoiHop.Common;

/// <summary>
/// A Vietnamese personal identification number (số định danh cá nhân), printed on the citizen identity card (CCCD,
/// thẻ căn cước): 12 digits. Its structure (Nghị định 137/2015/NĐ-CP, Điều 7): 3 digits for the province where the
/// birth was registered, 1 for sex and century of birth, 2 for the year of birth, 6 random digits; there is no check
/// digit. The province codes are those of Thông tư 07/2016/TT-BCA (carried over by Thông tư 59/2021/TT-BCA): the 63
/// provinces before the 2025 mergers, which stay valid because a number never changes.
/// </summary>
public readonly struct CitizenIdNumber : IEquatable<CitizenIdNumber>
{
    public const int Length = 12;

    private static readonly FrozenDictionary<string, string> Provinces = new Dictionary<string, string>
    {
        ["001"] = "Hà Nội",
        ["002"] = "Hà Giang",
        ["004"] = "Cao Bằng",
        ["006"] = "Bắc Kạn",
        ["008"] = "Tuyên Quang",
        ["010"] = "Lào Cai",
        ["011"] = "Điện Biên",
        ["012"] = "Lai Châu",
        ["014"] = "Sơn La",
        ["015"] = "Yên Bái",
        ["017"] = "Hòa Bình",
        ["019"] = "Thái Nguyên",
        ["020"] = "Lạng Sơn",
        ["022"] = "Quảng Ninh",
        ["024"] = "Bắc Giang",
        ["025"] = "Phú Thọ",
        ["026"] = "Vĩnh Phúc",
        ["027"] = "Bắc Ninh",
        ["030"] = "Hải Dương",
        ["031"] = "Hải Phòng",
        ["033"] = "Hưng Yên",
        ["034"] = "Thái Bình",
        ["035"] = "Hà Nam",
        ["036"] = "Nam Định",
        ["037"] = "Ninh Bình",
        ["038"] = "Thanh Hóa",
        ["040"] = "Nghệ An",
        ["042"] = "Hà Tĩnh",
        ["044"] = "Quảng Bình",
        ["045"] = "Quảng Trị",
        ["046"] = "Thừa Thiên Huế",
        ["048"] = "Đà Nẵng",
        ["049"] = "Quảng Nam",
        ["051"] = "Quảng Ngãi",
        ["052"] = "Bình Định",
        ["054"] = "Phú Yên",
        ["056"] = "Khánh Hòa",
        ["058"] = "Ninh Thuận",
        ["060"] = "Bình Thuận",
        ["062"] = "Kon Tum",
        ["064"] = "Gia Lai",
        ["066"] = "Đắk Lắk",
        ["067"] = "Đắk Nông",
        ["068"] = "Lâm Đồng",
        ["070"] = "Bình Phước",
        ["072"] = "Tây Ninh",
        ["074"] = "Bình Dương",
        ["075"] = "Đồng Nai",
        ["077"] = "Bà Rịa - Vũng Tàu",
        ["079"] = "Hồ Chí Minh",
        ["080"] = "Long An",
        ["082"] = "Tiền Giang",
        ["083"] = "Bến Tre",
        ["084"] = "Trà Vinh",
        ["086"] = "Vĩnh Long",
        ["087"] = "Đồng Tháp",
        ["089"] = "An Giang",
        ["091"] = "Kiên Giang",
        ["092"] = "Cần Thơ",
        ["093"] = "Hậu Giang",
        ["094"] = "Sóc Trăng",
        ["095"] = "Bạc Liêu",
        ["096"] = "Cà Mau",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly string? _digits;

    private CitizenIdNumber(string digits) => _digits = digits;

    /// <summary>Province code → name of the province (before 2025) where births were registered under that code.</summary>
    public static IReadOnlyDictionary<string, string> ProvinceCodes => Provinces;

    /// <summary>The province of birth registration, e.g. "019" (Thái Nguyên).</summary>
    public string ProvinceCode => Digits[..3];

    public string ProvinceName => Provinces[ProvinceCode];

    /// <summary>Odd sex-and-century digits are women, even ones men.</summary>
    public bool IsFemale => (Digits[3] - '0') % 2 == 1;

    /// <summary>0–1: 1900s, 2–3: 2000s, 4–5: 2100s, 6–7: 2200s, 8–9: 2300s; then the two year digits.</summary>
    public int BirthYear => Century(Digits[3]) + int.Parse(Digits.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture);

    private string Digits => _digits ?? throw new InvalidOperationException("This CitizenIdNumber is the default value: use TryParse.");

    /// <summary>
    /// Reads a number as typed: spaces, dots and dashes between the digits are ignored. A birth year after
    /// <paramref name="today"/> is refused (pass the date from the injected TimeProvider, in Vietnam time).
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? input, DateOnly today, out CitizenIdNumber id, out CitizenIdError error)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = CitizenIdError.Empty;
            return false;
        }

        Span<char> digits = stackalloc char[Length];
        var count = 0;
        foreach (var c in input)
        {
            if (IsSeparator(c))
                continue;
            // ASCII only: full-width or other scripts' digits are not what is printed on the card.
            if (!char.IsAsciiDigit(c) || count == Length)
            {
                error = CitizenIdError.NotTwelveDigits;
                return false;
            }
            digits[count++] = c;
        }
        if (count == 0)
        {
            error = CitizenIdError.Empty;
            return false;
        }
        if (count != Length)
        {
            error = CitizenIdError.NotTwelveDigits;
            return false;
        }

        var candidate = new CitizenIdNumber(new string(digits));
        if (!Provinces.ContainsKey(candidate.ProvinceCode))
        {
            error = CitizenIdError.UnknownProvince;
            return false;
        }
        if (candidate.BirthYear > today.Year)
        {
            error = CitizenIdError.BirthYearInFuture;
            return false;
        }

        id = candidate;
        error = CitizenIdError.None;
        return true;
    }

    /// <summary>Only the last 4 digits, for lists and notices where the full number is not needed.</summary>
    public string ToMaskedString() => new string('•', Length - 4) + Digits[^4..];

    /// <summary>The 12 digits, without separators: the normalised form to store and index.</summary>
    public override string ToString() => _digits ?? "";

    public bool Equals(CitizenIdNumber other) => string.Equals(_digits, other._digits, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is CitizenIdNumber other && Equals(other);

    public override int GetHashCode() => _digits is null ? 0 : StringComparer.Ordinal.GetHashCode(_digits);

    public static bool operator ==(CitizenIdNumber left, CitizenIdNumber right) => left.Equals(right);

    public static bool operator !=(CitizenIdNumber left, CitizenIdNumber right) => !left.Equals(right);

    private static int Century(char code) => 1900 + ((code - '0') / 2 * 100);

    // No-break spaces and typographic dashes arrive with numbers pasted from documents.
    private static bool IsSeparator(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F' or '.' or '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013';
}
