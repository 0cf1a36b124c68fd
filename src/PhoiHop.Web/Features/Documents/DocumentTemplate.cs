using System.Text;
using System.Text.RegularExpressions;
using PhoiHop.Common;

namespace PhoiHop.Features.Documents;

/// <summary>
/// A versioned outgoing-document template kept as code. A published version never changes: a new wording is a new
/// version beside the old one, so that a stored document (code, version, fields) renders again word for word.
/// </summary>
/// <param name="Code">Stable name, e.g. "acceptance-notice".</param>
/// <param name="Version">1, 2, …: a published version never changes.</param>
/// <param name="Type">The document type, which gives the type name and the symbol.</param>
/// <param name="Summary">Trích yếu, with placeholders; null for slips that have none.</param>
/// <param name="Recipients">"Kính gửi" entries, with placeholders.</param>
/// <param name="Body">The paragraphs; a value with line breaks becomes several paragraphs.</param>
/// <param name="CopiesTo">"Nơi nhận" entries besides "Như trên" and the filing line, which are added on rendering.</param>
public sealed partial record DocumentTemplate(
    string Code,
    int Version,
    DocumentType Type,
    string? Summary,
    IReadOnlyList<TemplateText> Recipients,
    IReadOnlyList<TemplateText> Body,
    IReadOnlyList<TemplateText> CopiesTo)
{
    /// <summary>The fields a fill must give (those of the issue excepted).</summary>
    public IReadOnlyList<string> RequiredFields =>
    [
        .. new[] { Summary ?? "" }
            .Concat(Recipients.Concat(Body).Concat(CopiesTo).Where(t => !t.IsOptional).Select(t => t.Text))
            .SelectMany(Placeholders)
            .Except([TemplateFields.IssuerName, TemplateFields.Place])
            .Distinct(StringComparer.Ordinal),
    ];

    /// <summary>Every field the template can use, optional ones included.</summary>
    public IReadOnlyList<string> Fields =>
    [
        .. new[] { Summary ?? "" }
            .Concat(Recipients.Concat(Body).Concat(CopiesTo).Select(t => t.Text))
            .SelectMany(Placeholders)
            .Distinct(StringComparer.Ordinal),
    ];

    /// <summary>The fields of <see cref="RequiredFields"/> that <paramref name="fields"/> leaves missing or empty.</summary>
    public IReadOnlyList<string> MissingFields(IReadOnlyDictionary<string, string> fields) =>
        [.. RequiredFields.Where(f => !fields.TryGetValue(f, out var value) || string.IsNullOrWhiteSpace(value))];

    /// <summary>Fills the placeholders and returns the document to render.</summary>
    /// <exception cref="ArgumentException">A required field is missing or empty.</exception>
    public OfficialDocument Fill(DocumentIssue issue, IReadOnlyDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(fields);
        var values = new Dictionary<string, string>(fields, StringComparer.Ordinal);
        values.TryAdd(TemplateFields.IssuerName, issue.Issuer.Name);
        values.TryAdd(TemplateFields.Place, issue.Issuer.Place);

        var missing = MissingFields(values);
        if (missing.Count > 0)
            throw new ArgumentException($"Template {Code} v{Version} needs the fields {string.Join(", ", missing)}.", nameof(fields));

        return new OfficialDocument
        {
            Issuer = issue.Issuer,
            Type = Type,
            Number = issue.Number,
            UnitCode = issue.UnitCode,
            Date = issue.Date,
            Summary = Summary is null ? null : Substitute(Summary, values),
            Recipients = Expand(Recipients, values),
            Body = Expand(Body, values),
            Signer = issue.Signer,
            CopiesTo = Expand(CopiesTo, values),
        };
    }

    private static List<string> Expand(IEnumerable<TemplateText> texts, Dictionary<string, string> values) =>
        [.. texts.Where(t => !t.IsOptional || Placeholders(t.Text).All(f => values.TryGetValue(f, out var v) && !string.IsNullOrWhiteSpace(v)))
            .Select(t => Substitute(t.Text, values))];

    private static string Substitute(string text, Dictionary<string, string> values)
    {
        var result = new StringBuilder();
        var position = 0;
        foreach (Match m in Placeholder().Matches(text))
        {
            result.Append(text, position, m.Index - position);
            var value = Common.TextInput.Repair(values[m.Groups["name"].Value].Trim()).Normalize(NormalizationForm.FormC);
            if (m.Groups["cap"].Success && value.Length > 0)
                value = char.ToUpper(value[0], Display.Vietnamese) + value[1..];
            // "…{Reason}." with a reason that ends in a full stop must not print two.
            var next = m.Index + m.Length;
            if (next < text.Length && text[next] == '.' && value.EndsWith('.') && !value.EndsWith("..", StringComparison.Ordinal))
                value = value[..^1];
            result.Append(value);
            position = next;
        }
        result.Append(text, position, text.Length - position);
        return result.ToString().Normalize(NormalizationForm.FormC);
    }

    private static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Groups["name"].Value);

    [GeneratedRegex(@"\{(?<cap>\^)?(?<name>[A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
