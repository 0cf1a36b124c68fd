using System.Globalization;
using System.Text.RegularExpressions;
using PhoiHop.Common;

namespace PhoiHop.Features.Petitions.Duplicates;

/// <summary>
/// Reads the facts that tell one matter from a look-alike one: parcel and map sheet, decision numbers, ID and phone
/// numbers, dates, sums of money and areas. Works on folded text, so "thửa đất số 123" and "thua dat so 123" read alike.
/// A sender's birth date and the issue date of the ID card say who wrote, not what about, and the place-and-date line
/// changes with every copy: those dates are not matter facts.
/// </summary>
internal static partial class LetterFacts
{
    private const int PairWindow = 80;

    [GeneratedRegex(@"\bthua(?: dat)?(?: so)?\s*[:.]?\s*(\d{1,5})(?!\d|/)")]
    private static partial Regex ParcelPattern();

    [GeneratedRegex(@"\bto ban do(?: dia chinh)?(?: so)?\s*[:.]?\s*(\d{1,4})(?!\d|/)")]
    private static partial Regex SheetPattern();

    [GeneratedRegex(@"(?<![\d./])(\d{1,6})\s*/\s*(?:(\d{4})\s*/\s*)?([a-z]{2,6}(?:-[a-z]{1,6}){0,3})\b")]
    private static partial Regex DecisionPattern();

    [GeneratedRegex(@"(?<![\d.,])(\d{3}[ .]?\d{3}[ .]?\d{3}[ .]?\d{3})(?![\d])")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"(?<![\d.,])((?:\+84|0)(?:[ .\-]?\d){8,10})(?![\d])")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"(?<![\d/.])(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)")]
    private static partial Regex ShortDatePattern();

    [GeneratedRegex(@"\bngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})\b")]
    private static partial Regex LongDatePattern();

    [GeneratedRegex(@"(?<![\d.,])(\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,](\d{1,3}))?\s*(ti|ty|trieu|nghin|ngan)?\s*(?:dong|vnd|d\b|vnđ)")]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"(?<![\d.,])(\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,]\d{1,2})?\s*(?:m2|m²|met vuong)")]
    private static partial Regex AreaPattern();

    public static List<LetterFact> Extract(string folded)
    {
        var facts = new List<LetterFact>(24);
        Parcels(folded, facts);

        foreach (Match m in DecisionPattern().Matches(folded))
        {
            var suffix = m.Groups[3].Value;
            if (suffix is "m" or "nam" || !int.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                continue;
            // 123/QĐ-UBND: the number with its issuer's initials; the year is sometimes left out in a retelling.
            facts.Add(LetterFact.Of(LetterFactKind.Decision, (uint)(number << 8) | (uint)(FingerprintHash.Of(suffix) & 0xFF)));
        }

        foreach (Match m in IdPattern().Matches(folded))
        {
            if (CitizenIdNumber.TryParse(m.Groups[1].Value, DateOnly.MaxValue, out var id, out _))
                facts.Add(LetterFact.OfText(LetterFactKind.IdNumber, id.ToString()));
        }

        foreach (Match m in PhonePattern().Matches(folded))
        {
            if (PhoneNumber.TryParse(m.Groups[1].Value, out var phone, out _))
                facts.Add(LetterFact.OfText(LetterFactKind.Phone, phone.ToString()));
        }

        foreach (Match m in ShortDatePattern().Matches(folded))
            AddDate(folded, m, facts);
        foreach (Match m in LongDatePattern().Matches(folded))
        {
            var lineStart = folded.LastIndexOf('\n', m.Index) + 1;
            var lineEnd = folded.IndexOf('\n', m.Index);
            var line = folded[lineStart..(lineEnd < 0 ? folded.Length : lineEnd)].Trim();
            if (!LetterText.IsPlaceDateLine(line))
                AddDate(folded, m, facts);
        }

        foreach (Match m in MoneyPattern().Matches(folded))
        {
            if (Money(m) is { } thousands and > 0)
                facts.Add(LetterFact.Of(LetterFactKind.Amount, (uint)Math.Min(thousands, (1L << 28) - 1)));
        }

        foreach (Match m in AreaPattern().Matches(folded))
        {
            if (long.TryParse(Digits(m.Groups[1].ValueSpan), NumberStyles.None, CultureInfo.InvariantCulture, out var area) && area is > 0 and < 1 << 28)
                facts.Add(LetterFact.Of(LetterFactKind.Area, (uint)area));
        }

        return facts;
    }

    private static void Parcels(string folded, List<LetterFact> facts)
    {
        var sheets = SheetPattern().Matches(folded);
        foreach (Match parcel in ParcelPattern().Matches(folded))
        {
            var number = int.Parse(parcel.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            var sheet = 0;
            var best = int.MaxValue;
            foreach (Match s in sheets)
            {
                var distance = Math.Abs(s.Index - parcel.Index);
                if (distance < PairWindow && distance < best)
                {
                    best = distance;
                    sheet = int.Parse(s.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
                }
            }
            facts.Add(LetterFact.OfParcel(number, sheet));
        }
    }

    private static void AddDate(string folded, Match m, List<LetterFact> facts)
    {
        var day = int.Parse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups[3].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return;
        var before = folded.AsSpan(Math.Max(0, m.Index - 14), Math.Min(14, m.Index));
        if (before.Contains("sinh", StringComparison.Ordinal) || before.Contains("cap ngay", StringComparison.Ordinal))
            return;
        facts.Add(LetterFact.Of(LetterFactKind.Date, (uint)new DateOnly(year, month, day).DayNumber));
    }

    private static long? Money(Match m)
    {
        if (!long.TryParse(Digits(m.Groups[1].ValueSpan), NumberStyles.None, CultureInfo.InvariantCulture, out var whole))
            return null;
        var fraction = m.Groups[2].Success ? m.Groups[2].Value : "";
        var unit = m.Groups[3].Value switch
        {
            "ti" or "ty" => 1_000_000_000L,
            "trieu" => 1_000_000L,
            "nghin" or "ngan" => 1_000L,
            _ => 1L,
        };
        var value = whole * unit;
        if (fraction.Length > 0 && unit > 1)
            value += long.Parse(fraction, CultureInfo.InvariantCulture) * unit / (long)Math.Pow(10, fraction.Length);
        return value / 1000;
    }

    private static string Digits(ReadOnlySpan<char> grouped)
    {
        Span<char> buffer = stackalloc char[grouped.Length];
        var n = 0;
        foreach (var c in grouped)
        {
            if (char.IsAsciiDigit(c))
                buffer[n++] = c;
        }
        return new string(buffer[..n]);
    }
}
