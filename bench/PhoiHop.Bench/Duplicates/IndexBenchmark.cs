using System.Diagnostics;
using System.Globalization;
using PhoiHop.Bench.Load;
using PhoiHop.Features.Petitions.Duplicates;
using PhoiHop.Features.Petitions.Generation;

namespace PhoiHop.Bench.Duplicates;

/// <summary>
/// Issue #5's index figures: N generated letters (fixed seed, one in ten a duplicate or hard negative of an earlier
/// one, as intake sees them) are fingerprinted and added; then new letters, half of them duplicates of indexed ones,
/// are looked up. Generation is not timed; fingerprinting, adding and looking up are, separately. The index is then
/// rebuilt from the serialised fingerprints, as a node would at start from a fingerprint column.
/// </summary>
internal static class IndexBenchmark
{
    private const int Batch = 8192;
    private const int Reservoir = 20_000;

    public static int Run(LoadOptions options, TextWriter output)
    {
        var count = options.Int("letters", 100_000);
        var queries = options.Int("queries", 2000);
        var seed = options.Int("seed", 20261127);
        var generator = new PetitionGenerator(seed);
        var random = new Random(seed);
        var bodies = Enumerable.Range(0, 32).Select(_ => Guid.NewGuid()).ToArray();
        var styles = Enum.GetValues<DuplicateStyle>();
        var reservoir = new List<(GeneratedPetition Letter, Guid Id)>(Reservoir);
        var storePath = Path.Combine(Path.GetTempPath(), $"phoihop-fingerprints-{Environment.ProcessId}.bin");

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"duplicates-index: {count:N0} letters, {queries:N0} look-ups, seed {seed}, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}"));
        var baseline = GC.GetTotalMemory(forceFullCollection: true);

        var index = new DuplicateIndex(count);
        var adds = new Latencies();
        var fingerprintTime = TimeSpan.Zero;
        var addTime = TimeSpan.Zero;
        var generated = 0;
        var letters = new GeneratedPetition[Batch];
        var ids = new Guid[Batch];
        var prints = new DuplicateFingerprint[Batch];
        using (var store = new BinaryWriter(File.Create(storePath)))
        {
            while (generated < count)
            {
                var n = Math.Min(Batch, count - generated);
                for (var i = 0; i < n; i++)
                {
                    letters[i] = reservoir.Count > 100 && random.Next(10) == 0
                        ? generator.NextDuplicateOf(reservoir[random.Next(reservoir.Count)].Letter, styles[random.Next(styles.Length)])
                        : generator.Next();
                    ids[i] = Guid.NewGuid();
                }

                var started = Stopwatch.GetTimestamp();
                Parallel.For(0, n, i => prints[i] = DuplicateFingerprint.Of(ToLetter(letters[i])));
                fingerprintTime += Stopwatch.GetElapsedTime(started);

                started = Stopwatch.GetTimestamp();
                for (var i = 0; i < n; i++)
                {
                    var before = Stopwatch.GetTimestamp();
                    index.Add(new IndexedLetter(ids[i], ids[i], bodies[i % bodies.Length], letters[i].ReceivedOn), prints[i]);
                    adds.Add(before, Stopwatch.GetTimestamp());
                }
                addTime += Stopwatch.GetElapsedTime(started);

                for (var i = 0; i < n; i++)
                {
                    var bytes = prints[i].ToBytes();
                    store.Write(ids[i].ToByteArray());
                    store.Write(letters[i].ReceivedOn.DayNumber);
                    store.Write(bytes.Length);
                    store.Write(bytes);
                    var seen = generated + i;
                    if (reservoir.Count < Reservoir)
                        reservoir.Add((letters[i], ids[i]));
                    else if (random.Next(seen + 1) < Reservoir)
                        reservoir[random.Next(Reservoir)] = (letters[i], ids[i]);
                }
                generated += n;
                if (generated % (Batch * 16) < Batch || generated == count)
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {generated:N0} indexed"));
            }
        }
        Array.Clear(letters);
        Array.Clear(prints);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"build from texts: fingerprints {fingerprintTime.TotalSeconds:F1} s ({fingerprintTime.TotalMilliseconds * 1000 / count:F0} µs a letter on {Environment.ProcessorCount} threads), adds {addTime.TotalSeconds:F1} s, total {(fingerprintTime + addTime).TotalSeconds:F1} s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"add: mean {adds.Mean * 1000:F1} µs, p95 {adds.Percentile(95) * 1000:F1} µs, p99 {adds.Percentile(99) * 1000:F1} µs, max {adds.Max:F2} ms"));

        Lookups(index, generator, random, reservoir, styles, queries, options, output);

        // The reservoir of letters kept for the look-ups holds texts; the index alone is measured without it.
        reservoir.Clear();
        var managed = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        var workingSet = Environment.WorkingSet;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory: index managed {managed / 1048576.0:F0} MB (arrays {index.ArrayBytes / 1048576.0:F0} MB), process working set {workingSet / 1048576.0:F0} MB, {(double)managed / count:F0} bytes a letter"));
        index.Dispose();
        GC.KeepAlive(index);
        Rebuild(storePath, count, bodies, output);
        File.Delete(storePath);
        return 0;
    }

    private static void Lookups(DuplicateIndex index, PetitionGenerator generator, Random random, List<(GeneratedPetition Letter, Guid Id)> reservoir,
        DuplicateStyle[] styles, int queries, LoadOptions options, TextWriter output)
    {
        var fingerprints = new Latencies();
        var finds = new Latencies();
        var findsDuplicates = new Latencies();
        var findsNew = new Latencies();
        var total = new Latencies();
        int duplicates = 0, foundAt10 = 0, foundLikely = 0, hardNegatives = 0, hardNegativeLikely = 0, fresh = 0, freshLikely = 0;

        for (var q = 0; q < queries + 200; q++)
        {
            var warmUp = q < 200;
            var kind = random.Next(2);
            var (original, originalId) = reservoir[random.Next(reservoir.Count)];
            var style = styles[random.Next(styles.Length)];
            var letter = kind == 0 ? generator.NextDuplicateOf(original, style) : generator.Next();

            var started = Stopwatch.GetTimestamp();
            var fingerprint = DuplicateFingerprint.Of(ToLetter(letter));
            var afterPrint = Stopwatch.GetTimestamp();
            var candidates = index.FindCandidates(fingerprint, 10);
            var ended = Stopwatch.GetTimestamp();
            if (warmUp)
                continue;

            fingerprints.Add(started, afterPrint);
            finds.Add(afterPrint, ended);
            total.Add(started, ended);
            (kind == 0 ? findsDuplicates : findsNew).Add(afterPrint, ended);
            var likely = candidates.Count(c => c.LikelySameMatter);
            if (kind == 1)
            {
                fresh++;
                freshLikely += likely > 0 ? 1 : 0;
                if (likely > 0 && freshLikely <= options.Int("show", 0))
                    output.WriteLine($"  new letter #{letter.Number} {letter.Matter.Scenario}: {string.Join(" | ", candidates.Where(c => c.LikelySameMatter).Select(c => string.Join(' ', c.Reasons)))}");
            }
            else if (letter.IsDuplicate)
            {
                duplicates++;
                foundAt10 += candidates.Any(c => c.PetitionId == originalId) ? 1 : 0;
                foundLikely += candidates.Any(c => c.PetitionId == originalId && c.LikelySameMatter) ? 1 : 0;
            }
            else
            {
                hardNegatives++;
                hardNegativeLikely += candidates.Any(c => c.PetitionId == originalId && c.LikelySameMatter) ? 1 : 0;
            }
        }

        output.WriteLine($"look-ups ({queries} after 200 warm-up, half duplicates or hard negatives of indexed letters, half new):");
        output.WriteLine($"  fingerprint of the new letter: {fingerprints.Summary()}");
        output.WriteLine($"  FindCandidates:                {finds.Summary()}");
        output.WriteLine($"    for duplicates:              {findsDuplicates.Summary()}");
        output.WriteLine($"    for new letters:             {findsNew.Summary()}");
        output.WriteLine($"  fingerprint + find:            {total.Summary()}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  at this size: duplicates whose original is a candidate {(double)foundAt10 / duplicates:P1}, and likely {(double)foundLikely / duplicates:P1} (n={duplicates}); hard negatives marked likely {(double)hardNegativeLikely / hardNegatives:P1} (n={hardNegatives}); new letters with any likely candidate {(double)freshLikely / fresh:P1} (n={fresh})"));
    }

    private static void Rebuild(string storePath, int count, Guid[] bodies, TextWriter output)
    {
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var started = Stopwatch.GetTimestamp();
        using var index = new DuplicateIndex(count);
        using (var store = new BinaryReader(File.OpenRead(storePath)))
        {
            for (var i = 0; i < count; i++)
            {
                var id = new Guid(store.ReadBytes(16));
                var day = store.ReadInt32();
                var fingerprint = DuplicateFingerprint.FromBytes(store.ReadBytes(store.ReadInt32()));
                index.Add(new IndexedLetter(id, id, bodies[i % bodies.Length], DateOnly.FromDayNumber(day)), fingerprint);
            }
        }
        var elapsed = Stopwatch.GetElapsedTime(started);
        var size = new FileInfo(storePath).Length;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rebuild from {count:N0} stored fingerprints ({size / 1048576.0:F0} MB, {(double)size / count:F0} bytes a letter): {elapsed.TotalSeconds:F1} s; index managed {(GC.GetTotalMemory(true) - baseline) / 1048576.0:F0} MB"));
    }

    private static DuplicateLetter ToLetter(GeneratedPetition p) => new(p.Subject, p.Content,
        [.. p.Senders.Select(s => new DuplicateSender(s.FullName, "id:" + s.CitizenId, "tel:" + s.Phone, s.Address))]);
}
