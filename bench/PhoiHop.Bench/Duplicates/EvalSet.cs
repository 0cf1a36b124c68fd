using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PhoiHop.Features.Petitions.Generation;

namespace PhoiHop.Bench.Duplicates;

/// <summary>
/// Writes the labelled evaluation set of the duplicate matcher (tests/…/Duplicates/eval-set.json): originals from the
/// generator with a fixed seed, and from each, by a fixed pattern, copies to other bodies, retyped copies, reworded
/// letters, reminders and the two kinds of hard negative. Letters of one matter share a label; each hard negative is a
/// matter of its own. The file is committed, so the quality test does not move when the generator changes.
/// </summary>
internal static class EvalSet
{
    public const int Seed = 20261127;
    public const int Originals = 120;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static int Write(string path, TextWriter output)
    {
        var letters = Build();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(new EvalFile(Seed, letters), Json) + "\n");
        foreach (var group in letters.GroupBy(l => l.Style).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine($"{group.Key,-28} {group.Count(),4}");
        output.WriteLine($"{"total",-28} {letters.Count,4} letters, {letters.Select(l => l.Matter).Distinct().Count()} matters → {path}");
        return 0;
    }

    public static List<EvalLetter> Build()
    {
        var generator = new PetitionGenerator(Seed);
        var letters = new List<EvalLetter>();
        for (var i = 0; i < Originals; i++)
        {
            var original = generator.Next();
            var matter = $"M{i + 1:000}";
            letters.Add(Letter(original, matter, "Original"));
            foreach (var style in StylesFor(i, original))
            {
                var letter = generator.NextDuplicateOf(original, style);
                var label = style switch
                {
                    DuplicateStyle.NeighbourDifferentPlot => matter + "-N",
                    DuplicateStyle.SamePersonDifferentMatter => matter + "-P",
                    _ => matter,
                };
                letters.Add(Letter(letter, label, style.ToString()));
            }
        }
        return letters;
    }

    // A fixed pattern, so that every style appears often and together: four-body copies, a retyped copy and a
    // reminder of one letter, a neighbour and the same person's other letter.
    private static IEnumerable<DuplicateStyle> StylesFor(int i, GeneratedPetition original)
    {
        if (i % 5 != 0)
            yield return DuplicateStyle.ExactCopyToAnotherBody;
        if (i % 7 == 0)
        {
            yield return DuplicateStyle.ExactCopyToAnotherBody;
            yield return DuplicateStyle.ExactCopyToAnotherBody;
        }
        if (i % 3 == 0)
            yield return DuplicateStyle.RetypedWithoutDiacritics;
        if (i % 3 == 1)
            yield return DuplicateStyle.RetypedWithTypos;
        if (i % 2 == 0)
            yield return DuplicateStyle.Reworded;
        if (i % 2 == 1 || i % 9 == 0)
            yield return DuplicateStyle.Reminder;
        if (i % 3 != 2)
            yield return DuplicateStyle.NeighbourDifferentPlot;
        if (i % 3 != 1 && !original.IsAnonymous)
            yield return DuplicateStyle.SamePersonDifferentMatter;
    }

    private static EvalLetter Letter(GeneratedPetition p, string matter, string style) => new(
        p.Number, matter, style, p.RelatedTo, p.BodyCode, p.ReceivedOn, p.Subject, p.Content,
        [.. p.Senders.Select(s => new EvalSender(s.FullName, s.CitizenId, s.Phone, s.Address))]);

    internal sealed record EvalFile(int Seed, IReadOnlyList<EvalLetter> Letters);

    internal sealed record EvalLetter(int Id, string Matter, string Style, int? RelatedTo, string Body, DateOnly ReceivedOn, string Subject,
        string Content, IReadOnlyList<EvalSender> Senders);

    internal sealed record EvalSender(string FullName, string IdNumber, string Phone, string Address);
}
