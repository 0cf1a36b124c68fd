namespace PhoiHop.Common;

/// <summary>Breaking a word too wide for its line, for the PDF writers.</summary>
public static class TextFit
{
    /// <summary>
    /// <paramref name="word"/> in pieces that each fit <paramref name="width"/> by <paramref name="measure"/> (a piece of
    /// one character may not), cut between characters, never inside a surrogate pair. Each piece's length is found by
    /// probing 1, 2, 4, … characters and then halving the gap, so a piece of k characters costs O(k log k) whatever the
    /// length of the word: a word of two million characters is cut in seconds, not hours.
    /// </summary>
    public static IEnumerable<string> Pieces(string word, double width, Func<string, double> measure)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(measure);
        // Most words fit: one measure, as before.
        if (word.Length <= 1 || measure(word) <= width)
        {
            yield return word;
            yield break;
        }
        var start = 0;
        while (word.Length - start > 1)
        {
            var length = LongestFittingStart(word, start, width, measure);
            if (length >= word.Length - start)
                break;
            yield return word.Substring(start, length);
            start += length;
        }
        yield return word[start..];
    }

    private static int LongestFittingStart(string word, int start, double width, Func<string, double> measure)
    {
        var left = word.Length - start;
        int fits = 1, fails = 2;
        while (fails <= left && measure(word.Substring(start, fails)) <= width)
        {
            fits = fails;
            fails = Math.Min(fails * 2, left + 1);
        }
        // The start of length `fits` fits; that of length `fails` does not, or is longer than what is left.
        while (fails - fits > 1)
        {
            var middle = fits + (fails - fits) / 2;
            if (middle <= left && measure(word.Substring(start, middle)) <= width)
                fits = middle;
            else
                fails = middle;
        }
        if (char.IsHighSurrogate(word[start + fits - 1]) && fits < left && char.IsLowSurrogate(word[start + fits]))
            fits += fits == 1 ? 1 : -1; // a pair wider than the line stays whole; otherwise it goes to the next piece
        return fits;
    }
}
