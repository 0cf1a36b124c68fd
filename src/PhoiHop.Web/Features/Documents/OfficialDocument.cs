namespace PhoiHop.Features.Documents;

/// <summary>
/// An administrative document in the layout of Nghị định 30/2020/NĐ-CP (Điều 8, Phụ lục I), ready to render as DOCX or PDF.
/// Pure data: the caller allocates the number and stores the files.
/// </summary>
public sealed record OfficialDocument
{
    public required Issuer Issuer { get; init; }

    public required DocumentType Type { get; init; }

    /// <summary>The registered number; null renders a blank for the clerk (a draft).</summary>
    public int? Number { get; init; }

    /// <summary>
    /// The drafting unit's abbreviation ("TCD" for the citizen reception office): part of a công văn's symbol, and named in
    /// the filing line "Lưu: VT, TCD." of every document.
    /// </summary>
    public string? UnitCode { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>
    /// Trích yếu. For a công văn, the subject under the number ("V/v" is added when missing); for a document with a type
    /// name, the line under the type name ("Về việc thụ lý giải quyết khiếu nại"). Optional for slips.
    /// </summary>
    public string? Summary { get; init; }

    /// <summary>"Kính gửi": one addressee on the same line, several as a dashed list.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>The paragraphs of the content; the last one gets the end mark "./." when it has none.</summary>
    public required IReadOnlyList<string> Body { get; init; }

    public required Signer Signer { get; init; }

    /// <summary>
    /// "Nơi nhận" entries without dashes or end punctuation. "Như trên" comes first when there are addressees, and the filing
    /// line "Lưu: VT" (with the unit) comes last, unless the list already has them.
    /// </summary>
    public IReadOnlyList<string> CopiesTo { get; init; } = [];

    public DocumentNumber NumberAndSymbol => DocumentNumber.Compose(Number, Type, Issuer.Code, UnitCode);
}
