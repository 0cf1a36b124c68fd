using System.Globalization;
using System.Text;

namespace PhoiHop.Common;

/// <summary>
/// Every text that enters PhoiHop is Unicode NFC (so "hoà" typed on two keyboards is one string) and free of
/// characters that no letter contains: lone surrogates, control characters, the replacement character left by
/// broken UTF-8, and non-characters.
/// </summary>
public static class TextInput
{
    /// <summary>The NFC form of <paramref name="value"/>, or null when it holds a character no text may hold.</summary>
    public static string? Clean(string value)
    {
        if (!IsWellFormed(value))
            return null;
        return value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="maxLength"/> UTF-16 units, <paramref name="ellipsis"/>
    /// included, between text elements: a surrogate pair (an emoji) or a letter with its combining marks is never split,
    /// so a cut text is as well formed as the text it came from.
    /// </summary>
    public static string Cut(string text, int maxLength, string ellipsis = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(ellipsis);
        if (text.Length <= maxLength)
            return text;
        var room = Math.Max(0, maxLength - ellipsis.Length);
        var length = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var next = elements.GetTextElement().Length;
            if (length + next > room)
                break;
            length += next;
        }
        return text[..length] + ellipsis;
    }

    /// <summary>
    /// <paramref name="value"/> with every lone surrogate replaced by U+FFFD, for text that must be printed or indexed
    /// even if it was stored before it was checked (normalising a string with a lone surrogate throws).
    /// </summary>
    public static string Repair(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
            return value;
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
                i++;
            else if (char.IsSurrogate(chars[i]))
                chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    public static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                    return false;
                i++;
                continue;
            }
            if (char.IsLowSurrogate(c))
                return false;
            if (c is '\t' or '\n' or '\r')
                continue;
            if (c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF' || c == '\0')
                return false;
            if (char.GetUnicodeCategory(c) == UnicodeCategory.Control)
                return false;
        }
        return true;
    }
}
