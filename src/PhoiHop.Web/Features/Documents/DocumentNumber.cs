using System.Globalization;

namespace PhoiHop.Features.Documents;

/// <summary>
/// The number and symbol of a document, "Số: 05/TB-UBND" (Nghị định 30/2020/NĐ-CP, Phụ lục I, "Số, ký hiệu của văn bản"):
/// the number is counted per calendar year by the issuer's clerical office, a number below 10 gets a leading zero, a slash
/// separates the number from the symbol, and the parts of the symbol are joined by hyphens without spaces. A document with
/// a type name carries "type-issuer" (TB-UBND); a công văn carries "issuer-drafting unit or field" (UBND-TCD).
/// Administrative documents put no year in the symbol (only legal normative documents do).
/// </summary>
/// <param name="Number">The registered number, or null while the document is a draft awaiting its number.</param>
/// <param name="Symbol">The symbol after the slash, e.g. "TB-UBND" or "UBND-TCD".</param>
public readonly record struct DocumentNumber(int? Number, string Symbol)
{
    /// <summary>
    /// Composes the symbol from the type, the issuer's abbreviation and, for a công văn only, the drafting unit's (a
    /// document with a type name does not carry the unit). An issuer code may hold inner hyphens ("MTTQ-BTT").
    /// </summary>
    /// <exception cref="ArgumentException">An abbreviation is empty or contains spaces, slashes or hyphens at its ends; or the number is not positive.</exception>
    public static DocumentNumber Compose(int? number, DocumentType type, string issuerCode, string? unitCode = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (number is <= 0)
            throw new ArgumentException($"A document number starts at 1, not {number}.", nameof(number));

        var issuer = Code(issuerCode, nameof(issuerCode));
        var unit = string.IsNullOrWhiteSpace(unitCode) ? null : Code(unitCode, nameof(unitCode));
        var symbol = type.IsOfficialLetter
            ? unit is null ? issuer : $"{issuer}-{unit}"
            : $"{type.Abbreviation}-{issuer}";
        return new DocumentNumber(number, symbol);
    }

    /// <summary>"05/TB-UBND"; a draft shows blanks where the clerk writes the number: "     /TB-UBND".</summary>
    public override string ToString() =>
        Number is { } n ? $"{n.ToString("00", CultureInfo.InvariantCulture)}/{Symbol}" : $"{Blank}/{Symbol}";

    /// <summary>The line as printed under the issuer's name: "Số: 05/TB-UBND".</summary>
    public string Line => $"Số: {this}";

    // Room for a handwritten number in an unnumbered draft (non-breaking spaces, so that nothing collapses them).
    private const string Blank = "\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0";

    private static string Code(string value, string parameter)
    {
        var code = value?.Trim() ?? "";
        if (code.Length == 0 || code.Any(char.IsWhiteSpace) || code.Contains('/') || code.StartsWith('-') || code.EndsWith('-'))
            throw new ArgumentException($"\"{value}\" is not a symbol abbreviation: letters and inner hyphens only, no spaces.", parameter);
        return code.Normalize(System.Text.NormalizationForm.FormC);
    }
}
