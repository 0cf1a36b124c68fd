using System.Text;
using PhoiHop.Common;

namespace PhoiHop.Features.Petitions.Generation;

/// <summary>
/// The ways a Vietnamese letter changes when someone types it again: marks dropped (no Vietnamese keyboard), tone marks
/// placed in the other style (hòa/hoà, thủy/thuỷ: both are in use), hỏi and ngã confused, letters swapped or lost.
/// Input and output are NFC; every table is built once from Unicode decompositions, so the hot path is array lookups.
/// </summary>
internal static class VietnameseText
{
    private const char Grave = '\u0300';
    private const char Acute = '\u0301';
    private const char Tilde = '\u0303';
    private const char Hook = '\u0309';
    private const char DotBelow = '\u0323';

    private const int TableEnd = 0x1F00;

    // Precomposed letter with hỏi ↔ the same letter with ngã; 0 where the letter carries neither.
    private static readonly char[] HookTilde = BuildHookTilde();

    // For a, e, o, u, y and their capitals: the five toned forms, and back from a toned form to (base, tone).
    private static readonly Dictionary<char, (char Base, int Tone)> Toned = [];
    private static readonly Dictionary<(char Base, int Tone), char> Tone = [];

    static VietnameseText()
    {
        ReadOnlySpan<char> tones = [Grave, Acute, Hook, Tilde, DotBelow];
        foreach (var letter in "aeouyAEOUY")
        {
            for (var t = 0; t < tones.Length; t++)
            {
                var composed = string.Concat(letter.ToString(), tones[t].ToString()).Normalize(NormalizationForm.FormC)[0];
                Toned[composed] = (letter, t);
                Tone[(letter, t)] = composed;
            }
        }
    }

    public static bool IsMarked(char c) => VietnameseFolding.IsMarked(c);

    public static char StripMarks(char c) => VietnameseFolding.Base(c);

    public static string StripMarks(string text)
    {
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = StripMarks(source[i]);
        });
    }

    /// <summary>
    /// Strips the marks of each word with the given probability in percent; 100 strips everything. The length and the
    /// spacing do not change, so the result lines up with the source character by character.
    /// </summary>
    public static string StripMarks(string text, int percent, Random random)
    {
        if (percent >= 100)
            return StripMarks(text);

        var chars = text.ToCharArray();
        var i = 0;
        while (i < chars.Length)
        {
            if (!char.IsLetter(chars[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < chars.Length && char.IsLetter(chars[end]))
                end++;
            if (random.Next(100) < percent)
            {
                for (var k = i; k < end; k++)
                    chars[k] = StripMarks(chars[k]);
            }
            i = end;
        }
        return new string(chars);
    }

    /// <summary>Moves the tone mark of word-final oa, oe and uy to the other vowel: hòa ↔ hoà, khỏe ↔ khoẻ, Ủy ↔ Uỷ.</summary>
    public static string SwapTonePlacement(string text)
    {
        var chars = text.ToCharArray();
        var changed = false;
        for (var end = 1; end < chars.Length; end++)
        {
            if (!char.IsLetter(chars[end]) || (end + 1 < chars.Length && char.IsLetter(chars[end + 1])))
                continue;
            changed |= SwapAt(chars, end - 1, end);
        }
        return changed ? new string(chars) : text;
    }

    private static bool SwapAt(char[] chars, int first, int second)
    {
        var a = chars[first];
        var b = chars[second];

        // A vowel pair after q is not oa/uy but the consonant qu plus one vowel: quý, quả keep their mark.
        if (first > 0 && chars[first - 1] is 'q' or 'Q')
            return false;
        if (first > 0 && char.IsLetter(chars[first - 1]) && IsVowel(chars[first - 1]))
            return false;

        if (Toned.TryGetValue(a, out var ta) && !Toned.ContainsKey(b) && Fits(ta.Base, b))
        {
            chars[first] = ta.Base;
            chars[second] = Tone[(b, ta.Tone)];
            return true;
        }
        if (Toned.TryGetValue(b, out var tb) && !Toned.ContainsKey(a) && Fits(a, tb.Base))
        {
            chars[first] = Tone[(a, tb.Tone)];
            chars[second] = tb.Base;
            return true;
        }
        return false;
    }

    private static bool Fits(char first, char second) =>
        (char.ToLowerInvariant(first), char.ToLowerInvariant(second)) is ('o', 'a') or ('o', 'e') or ('u', 'y');

    private static bool IsVowel(char c) => StripMarks(char.ToLowerInvariant(c)) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>
    /// Mistypes about <paramref name="perMille"/> words in a thousand, and at least <paramref name="minimum"/>: two
    /// letters swapped, one lost or doubled, hỏi and ngã confused, or the marks of the word forgotten. Words of fewer
    /// than three letters and everything that is not a letter (numbers, ID and phone numbers) stay as they are.
    /// </summary>
    public static string Mistype(string text, int perMille, int minimum, Random random)
    {
        var words = new List<(int Start, int Length)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var end = i;
            while (end < text.Length && char.IsLetter(text[end]))
                end++;
            if (end - i >= 3)
                words.Add((i, end - i));
            i = end;
        }
        if (words.Count == 0)
            return text;

        var target = Math.Min(words.Count, Math.Max(minimum, words.Count * perMille / 1000));
        var chosen = new bool[words.Count];
        for (var picked = 0; picked < target;)
        {
            var w = random.Next(words.Count);
            if (!chosen[w])
            {
                chosen[w] = true;
                picked++;
            }
        }

        var sb = new StringBuilder(text.Length + target);
        var copied = 0;
        for (var w = 0; w < words.Count; w++)
        {
            if (!chosen[w])
                continue;
            var (start, length) = words[w];
            sb.Append(text, copied, start - copied);
            AppendMistyped(sb, text.AsSpan(start, length), random);
            copied = start + length;
        }
        sb.Append(text, copied, text.Length - copied);
        return sb.ToString();
    }

    private static void AppendMistyped(StringBuilder sb, ReadOnlySpan<char> word, Random random)
    {
        Span<char> chars = stackalloc char[word.Length];
        word.CopyTo(chars);
        var op = random.Next(5);

        if (op == 3)
        {
            for (var k = 0; k < chars.Length; k++)
            {
                if (TrySwapHookTilde(chars[k], out var swapped))
                {
                    chars[k] = swapped;
                    sb.Append(chars);
                    return;
                }
            }
            op = 0;
        }
        if (op == 4)
        {
            var marked = false;
            for (var k = 0; k < chars.Length; k++)
            {
                marked |= IsMarked(chars[k]);
                chars[k] = StripMarks(chars[k]);
            }
            if (marked)
            {
                sb.Append(chars);
                return;
            }
            op = 1;
        }
        if (op == 0)
        {
            var at = random.Next(chars.Length - 1);
            if (chars[at] != chars[at + 1])
            {
                (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                sb.Append(chars);
                return;
            }
            op = 1;
        }
        var pos = random.Next(chars.Length);
        if (op == 2)
        {
            sb.Append(chars[..(pos + 1)]).Append(chars[pos..]);
            return;
        }
        sb.Append(chars[..pos]).Append(chars[(pos + 1)..]);
    }

    /// <summary>hỏi ↔ ngã on one letter (sửa/sữa, giải/giãi): the commonest spelling slip in Vietnamese.</summary>
    public static bool TrySwapHookTilde(char c, out char swapped)
    {
        swapped = c < TableEnd ? HookTilde[c] : '\0';
        return swapped != 0;
    }

    private static char[] BuildHookTilde()
    {
        var table = new char[TableEnd];
        for (var c = (char)0xC0; c < TableEnd; c++)
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var swapped = decomposed.Contains(Hook, StringComparison.Ordinal) ? decomposed.Replace(Hook, Tilde)
                : decomposed.Contains(Tilde, StringComparison.Ordinal) ? decomposed.Replace(Tilde, Hook)
                : null;
            if (swapped is null)
                continue;
            var composed = swapped.Normalize(NormalizationForm.FormC);
            if (composed.Length == 1)
                table[c] = composed[0];
        }
        return table;
    }
}
