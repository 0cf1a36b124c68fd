using System.Globalization;
using PhoiHop.Features.Petitions.Duplicates;

namespace PhoiHop.Tests.Features.Petitions.Duplicates;

/// <summary>
/// Issue #5's quality bar on the committed evaluation set: letters arrive in order of receipt, each is looked up
/// before it is added, and every earlier letter of the same matter is a pair to find.
/// </summary>
public sealed class DuplicateQualityTests(ITestOutputHelper output)
{
    private const int Max = 10;

    [Fact]
    public void EvalSet_HasEveryStyle_AndAtLeast300Letters()
    {
        var letters = EvalSetFile.Letters;

        Assert.True(letters.Count >= 300);
        foreach (var style in new[] { "Original", "ExactCopyToAnotherBody", "RetypedWithoutDiacritics", "RetypedWithTypos", "Reworded", "Reminder",
                     "NeighbourDifferentPlot", "SamePersonDifferentMatter" })
        {
            Assert.True(letters.Count(l => l.Style == style) >= 30, style);
        }
    }

    [Fact]
    public void FindCandidates_EvalSet_RecallAndPrecisionAtLeast95Percent()
    {
        var run = Evaluate();

        output.WriteLine(run.Report);
        Assert.True(run.Precision >= 0.95, $"precision {run.Precision:P1}\n{run.Report}");
        Assert.True(run.Recall >= 0.95, $"recall {run.Recall:P1}\n{run.Report}");
    }

    internal static Run Evaluate()
    {
        var letters = EvalSetFile.Letters.OrderBy(l => l.ReceivedOn).ThenBy(l => l.Id).ToList();
        var ids = letters.ToDictionary(l => l.Id, _ => Guid.NewGuid());
        var byGuid = letters.ToDictionary(l => ids[l.Id]);
        var bodies = new Dictionary<string, Guid>();
        using var index = new DuplicateIndex(1024);
        var seen = new List<EvalSetFile.EvalLetter>();

        int truePositives = 0, falsePositives = 0, pairs = 0, queries = 0, hitAt1 = 0, hitAt3 = 0;
        var missedByStyle = new Dictionary<string, int>();
        var pairsByStyle = new Dictionary<string, int>();
        var falseByStyle = new Dictionary<string, int>();
        var details = new List<string>();

        foreach (var letter in letters)
        {
            var fingerprint = DuplicateFingerprint.Of(EvalSetFile.ToLetter(letter));
            var candidates = index.FindCandidates(fingerprint, Max);
            var same = seen.Where(s => s.Matter == letter.Matter).Select(s => ids[s.Id]).ToHashSet();

            foreach (var c in candidates.Where(c => c.LikelySameMatter))
            {
                if (same.Contains(c.PetitionId))
                {
                    truePositives++;
                }
                else
                {
                    falsePositives++;
                    var other = byGuid[c.PetitionId];
                    var key = $"{letter.Style} ~ {other.Style}";
                    falseByStyle[key] = falseByStyle.GetValueOrDefault(key) + 1;
                    details.Add($"FP #{letter.Id} {letter.Style} {letter.Matter} ~ #{other.Id} {other.Style} {other.Matter}: {c.Score} {string.Join(' ', c.Reasons)}");
                }
            }

            if (same.Count > 0)
            {
                queries++;
                pairs += same.Count;
                pairsByStyle[letter.Style] = pairsByStyle.GetValueOrDefault(letter.Style) + same.Count;
                var found = candidates.Where(c => c.LikelySameMatter && same.Contains(c.PetitionId)).Count();
                if (found < same.Count)
                {
                    missedByStyle[letter.Style] = missedByStyle.GetValueOrDefault(letter.Style) + same.Count - found;
                    var best = candidates.FirstOrDefault(c => same.Contains(c.PetitionId));
                    details.Add($"FN #{letter.Id} {letter.Style} {letter.Matter}: found {found}/{same.Count}; "
                        + (best is null ? "not a candidate" : $"{best.Score} {string.Join(' ', best.Reasons)}"));
                }
                if (candidates.Take(1).Any(c => same.Contains(c.PetitionId)))
                    hitAt1++;
                if (candidates.Take(3).Any(c => same.Contains(c.PetitionId)))
                    hitAt3++;
            }

            if (!bodies.TryGetValue(letter.Body, out var body))
                bodies[letter.Body] = body = Guid.NewGuid();
            index.Add(new IndexedLetter(ids[letter.Id], Guid.NewGuid(), body, letter.ReceivedOn), fingerprint);
            seen.Add(letter);
        }

        var precision = truePositives + falsePositives == 0 ? 0 : (double)truePositives / (truePositives + falsePositives);
        var recall = pairs == 0 ? 0 : (double)truePositives / pairs;
        var report = new System.Text.StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"letters {letters.Count}, same-matter pairs {pairs}, likely pairs {truePositives + falsePositives}");
        report.AppendLine(CultureInfo.InvariantCulture, $"precision {precision:P1}, recall {recall:P1}");
        report.AppendLine(CultureInfo.InvariantCulture, $"queries with an earlier letter of the matter {queries}: recall@1 {(double)hitAt1 / queries:P1}, recall@3 {(double)hitAt3 / queries:P1}");
        foreach (var (style, count) in pairsByStyle.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            report.AppendLine(CultureInfo.InvariantCulture, $"  {style,-28} pairs {count,4} missed {missedByStyle.GetValueOrDefault(style),3}");
        foreach (var (kinds, count) in falseByStyle.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            report.AppendLine(CultureInfo.InvariantCulture, $"  false: {kinds,-50} {count,3}");
        var prints = letters.ToDictionary(l => l.Id, l => DuplicateFingerprint.Of(EvalSetFile.ToLetter(l)));
        foreach (var group in letters.Where(l => l.RelatedTo is not null).GroupBy(l => l.Style).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var texts = group.Select(l => prints[l.Id].TextSimilarity(prints[l.RelatedTo!.Value])).Order().ToList();
            report.AppendLine(CultureInfo.InvariantCulture,
                $"  text vs original, {group.Key,-28} min {texts[0]:F2} p10 {texts[texts.Count / 10]:F2} median {texts[texts.Count / 2]:F2} p90 {texts[texts.Count * 9 / 10]:F2} max {texts[^1]:F2}");
        }
        foreach (var line in details.Take(40))
            report.AppendLine(line);
        return new Run(precision, recall, (double)hitAt1 / queries, (double)hitAt3 / queries, report.ToString());
    }

    internal sealed record Run(double Precision, double Recall, double RecallAt1, double RecallAt3, string Report);
}
