using System.Text;
using System.Text.RegularExpressions;
using PhoiHop.Common;

namespace PhoiHop.Features.Documents;

/// <summary>
/// The printed strings of a document, worked out once so that the DOCX and the PDF say exactly the same thing: capitals
/// where Nghị định 30/2020/NĐ-CP (Phụ lục I) wants them, list punctuation, the end mark, and every string in NFC.
/// </summary>
internal sealed partial record ComposedDocument(
    string? ParentAuthority,
    string IssuerName,
    string NumberLine,
    string PlaceAndDate,
    string? TypeTitle,
    string? Summary,
    string? SingleRecipient,
    IReadOnlyList<string> RecipientLines,
    IReadOnlyList<string> Body,
    IReadOnlyList<string> CopiesTo,
    IReadOnlyList<string> SignerCapacity,
    string SignerName)
{
    public const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
    public const string RecipientsLabel = "Kính gửi:";
    public const string CopiesLabel = "Nơi nhận:";
    public const string EndMark = "./.";

    public bool IsOfficialLetter => TypeTitle is null;

    /// <summary>Title for file metadata: "Thông báo: Về việc …" or the công văn's subject.</summary>
    public string MetadataTitle => TypeTitle is null ? Summary ?? NumberLine : Summary is null ? TypeTitle : $"{TypeTitle}: {Summary}";

    /// <exception cref="ArgumentException">A required part is missing.</exception>
    public static ComposedDocument From(OfficialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var issuer = document.Issuer ?? throw new ArgumentException("The issuer is missing.", nameof(document));
        var signer = document.Signer ?? throw new ArgumentException("The signer is missing.", nameof(document));
        Require(issuer.Name, "issuer name");
        Require(issuer.Place, "place name (địa danh)");
        Require(signer.Position, "signer's position");
        Require(signer.FullName, "signer's full name");

        var body = (document.Body ?? []).SelectMany(Paragraphs).ToList();
        if (body.Count == 0)
            throw new ArgumentException("The document has no content.", nameof(document));
        body[^1] = WithEndMark(body[^1]);

        var type = document.Type ?? throw new ArgumentException("The document type is missing.", nameof(document));
        var summary = Optional(document.Summary);
        if (summary is not null)
            summary = type.IsOfficialLetter && !summary.StartsWith("V/v", StringComparison.OrdinalIgnoreCase) ? $"V/v {summary}" : Capitalized(summary);

        var recipients = (document.Recipients ?? []).Select(Optional).OfType<string>().ToList();
        var copies = (document.CopiesTo ?? []).Select(Optional).OfType<string>().Select(c => c.TrimEnd(';', '.')).ToList();
        if (recipients.Count > 0 && !copies.Any(c => c.Equals("Như trên", StringComparison.OrdinalIgnoreCase)))
            copies.Insert(0, "Như trên");
        if (!copies.Any(c => c.StartsWith("Lưu", StringComparison.OrdinalIgnoreCase)))
            copies.Add(Optional(document.UnitCode) is { } unit ? $"Lưu: VT, {unit}" : "Lưu: VT");

        return new ComposedDocument(
            Optional(issuer.ParentAuthority) is { } parent ? Upper(parent) : null,
            Upper(Clean(issuer.Name)),
            document.NumberAndSymbol.Line, // not Clean: a draft's blank for the number is made of non-breaking spaces
            Clean(DocumentDate.PlaceAndDate(Clean(issuer.Place), document.Date)),
            type.IsOfficialLetter ? null : Upper(Clean(type.Name)),
            summary,
            recipients.Count == 1 ? recipients[0] : null,
            recipients.Count > 1 ? DashedList(recipients) : [],
            body,
            DashedList(copies),
            [.. (signer.Authority ?? []).Select(Optional).OfType<string>().Select(Upper), Upper(Clean(signer.Position))],
            Clean(signer.FullName));
    }

    /// <summary>
    /// NFC, one space between words, no control characters. PDFsharp does no shaping, so a decomposed mark would be drawn
    /// apart from its letter; DOCX readers compare text in NFC too.
    /// </summary>
    public static string Clean(string text) => Spaces().Replace(text.Normalize(NormalizationForm.FormC), " ").Trim();

    // "- A;" … "- Z." (Phụ lục I, "Nơi nhận"; the same for several addressees after "Kính gửi").
    private static List<string> DashedList(List<string> items) =>
        [.. items.Select((item, i) => $"- {item.TrimEnd(';', '.')}{(i == items.Count - 1 ? "." : ";")}")];

    private static IEnumerable<string> Paragraphs(string? text) =>
        (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(Clean).Where(p => p.Length > 0);

    private static string WithEndMark(string paragraph) =>
        paragraph.EndsWith(EndMark, StringComparison.Ordinal) ? paragraph
        : paragraph.EndsWith('.') ? paragraph[..^1] + EndMark
        : paragraph + EndMark;

    private static string Upper(string text) => Clean(text).ToUpper(Display.Vietnamese);

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpper(text[0], Display.Vietnamese) + text[1..];

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : Clean(text);

    private static void Require(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException($"The {what} is missing.");
    }

    [GeneratedRegex(@"[\s\p{Cc}]+")]
    private static partial Regex Spaces();
}
