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
