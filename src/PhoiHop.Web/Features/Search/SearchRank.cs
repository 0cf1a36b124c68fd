namespace PhoiHop.Features.Search;

/// <summary>
/// The relevance of a letter to the query words, from its folded search text (<see cref="SearchText.Fold"/>): the
/// term-frequency part of BM25 (k1 = 1.2, b = 0.75, lengths against the candidates' average), summed over the words,
/// with no inverse document frequency. SQLite's candidates are ranked with it in the app: FTS5's bm25() reads, on every
/// query, the whole list of letters of each word to weigh it (60–90 ms for a common word at a million letters, whatever
/// the LIMIT), while this reads only the few hundred candidates' texts. PostgreSQL's ts_rank has no such weight either.
/// </summary>
public static class SearchRank
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>How many times each word occurs as a whole word (the last also as a prefix, if asked), and the number of words.</summary>
    public static (int[] Counts, int Length) Count(string folded, IReadOnlyList<string> words, bool prefixLast)
    {
        ArgumentNullException.ThrowIfNull(folded);
        ArgumentNullException.ThrowIfNull(words);
        var counts = new int[words.Count];
        var length = 0;
        var text = folded.AsSpan();
        foreach (var range in text.Split(' '))
        {
            var token = text[range];
            if (token.IsEmpty)
                continue;
            length++;
            for (var i = 0; i < words.Count; i++)
            {
                if (token.SequenceEqual(words[i]) || (prefixLast && i == words.Count - 1 && token.StartsWith(words[i], StringComparison.Ordinal)))
                    counts[i]++;
            }
        }
        return (counts, length);
    }

    /// <summary>The score of one text's counts, its length measured against <paramref name="averageLength"/>.</summary>
    public static double Score(int[] counts, int length, double averageLength)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var norm = K1 * (1 - B + (B * length / Math.Max(1.0, averageLength)));
        return counts.Sum(tf => tf * (K1 + 1) / (tf + norm));
    }

    /// <summary>The scores of several texts, in order, each length against their average.</summary>
    public static double[] Scores(IReadOnlyList<string> folded, IReadOnlyList<string> words, bool prefixLast)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var counted = folded.Select(t => Count(t, words, prefixLast)).ToList();
        var average = counted.Count == 0 ? 1.0 : counted.Average(c => c.Length);
        return [.. counted.Select(c => Score(c.Counts, c.Length, average))];
    }
}
