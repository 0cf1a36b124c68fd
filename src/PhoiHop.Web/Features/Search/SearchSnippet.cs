using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace PhoiHop.Features.Search;

/// <summary>
/// An excerpt of a letter around the first matching word, HTML-encoded, with each word that matches the query (after
/// folding, so "khieu" marks "khiếu") wrapped in &lt;mark&gt;. Built here rather than by the database so that both
/// databases highlight alike, on the original text with its diacritics.
/// </summary>
public static class SearchSnippet
{
    public const int DefaultLength = 240;

    // Vietnamese letters stay as they are; only what HTML needs (<, >, &, quotes) is encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Html(string? text, IReadOnlyList<string> tokens, int length = DefaultLength)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (string.IsNullOrEmpty(text))
            return "";
        text = text.Normalize(NormalizationForm.FormC);
        var words = Words(text).Where(w => Matches(SearchText.Fold(text.Substring(w.Start, w.Length)), tokens)).ToList();

        var start = 0;
        if (words.Count > 0 && words[0].Start > length / 3)
        {
            start = words[0].Start - (length / 3);
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
                start++;
        }
        var end = Math.Min(text.Length, start + length);
        while (end < text.Length && end > start && !char.IsWhiteSpace(text[end - 1]) && end - start < length + 20)
            end++;

        var sb = new StringBuilder();
        if (start > 0)
            sb.Append('…');
        var at = start;
        foreach (var (wordStart, wordLength) in words.Where(w => w.Start >= start && w.Start + w.Length <= end))
        {
            sb.Append(Encoder.Encode(text[at..wordStart]))
                .Append("<mark>").Append(Encoder.Encode(text.Substring(wordStart, wordLength))).Append("</mark>");
            at = wordStart + wordLength;
        }
        sb.Append(Encoder.Encode(text[at..end]));
        if (end < text.Length)
            sb.Append('…');
        return sb.ToString();
    }

    // The last word of a query also matches as a prefix (search as you type), as in the databases.
    private static bool Matches(string folded, IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (folded == tokens[i] || (i == tokens.Count - 1 && folded.StartsWith(tokens[i], StringComparison.Ordinal)))
                return true;
        }
        return false;
    }

    private static IEnumerable<(int Start, int Length)> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text[i]))
                i++;
            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
                i++;
            if (i > start)
                yield return (start, i - start);
        }
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
