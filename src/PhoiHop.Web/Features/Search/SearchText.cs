using System.Globalization;
using System.Text;

namespace PhoiHop.Features.Search;

/// <summary>
/// The one folding of Vietnamese text that both the stored documents and the queries go through: lower case, every
/// diacritic removed (so both tone-mark placements, "hoà" and "hòa", become "hoa"), đ → d, and anything that is not a
/// letter or a digit a space. Both databases index the folded text, so they match exactly the same words.
/// </summary>
public static class SearchText
{
    public const int MaxQueryLength = 200;
    public const int MaxQueryTokens = 8;

    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var decomposed = Common.TextInput.Repair(text).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
                continue;
            var folded = FoldChar(c);
            if (folded == ' ')
            {
                if (!space)
                    sb.Append(' ');
                space = true;
                continue;
            }
            sb.Append(folded);
            space = false;
        }
        if (sb.Length > 0 && sb[^1] == ' ')
            sb.Length--;
        return sb.ToString();
    }

    /// <summary>The folded words of a query, each once, in order, at most <see cref="MaxQueryTokens"/>.</summary>
    public static IReadOnlyList<string> Tokens(string? query) =>
        [.. Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Take(MaxQueryTokens)];

    /// <summary>A single character folded the same way as <see cref="Fold"/> (for a precomposed letter: its base letter).</summary>
    internal static char FoldChar(char c)
    {
        if (c is 'đ' or 'Đ')
            return 'd';
        if (char.IsAsciiLetterOrDigit(c))
            return char.ToLowerInvariant(c);
        if (!char.IsLetterOrDigit(c))
            return ' ';
        var d = c.ToString().Normalize(NormalizationForm.FormD);
        return char.ToLowerInvariant(d[0]);
    }
}
