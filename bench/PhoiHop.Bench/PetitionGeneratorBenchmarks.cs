using BenchmarkDotNet.Attributes;

using PhoiHop.Features.Petitions.Generation;

namespace PhoiHop.Bench;

/// <summary>
/// The generator feeds duplicate-detection sets and benchmarks of a million letters, so it must not be the bottleneck.
/// Target: ≥ 100,000 letters per second on one core.
/// </summary>
[MemoryDiagnoser]
public class PetitionGeneratorBenchmarks
{
    private const int Letters = 10_000;

    private readonly GeneratedPetition[] _originals = Originals();

    /// <summary>New letters, one generator per run as a caller would use it.</summary>
    [Benchmark(OperationsPerInvoke = Letters)]
    public long Next()
    {
        var generator = new PetitionGenerator(42);
        long chars = 0;
        for (var i = 0; i < Letters; i++)
        {
            chars += generator.Next().Content.Length;
        }
        return chars;
    }

    /// <summary>Each duplicate style in turn, over the same originals.</summary>
    [Benchmark(OperationsPerInvoke = Letters)]
    public long NextDuplicateOf()
    {
        var generator = new PetitionGenerator(43);
        long chars = 0;
        for (var i = 0; i < Letters; i++)
        {
            chars += generator.NextDuplicateOf(_originals[i % _originals.Length], (DuplicateStyle)(i % 7)).Content.Length;
        }
        return chars;
    }

    private static GeneratedPetition[] Originals()
    {
        var generator = new PetitionGenerator(41);
        var letters = new GeneratedPetition[1000];
        for (var i = 0; i < letters.Length; i++)
        {
            letters[i] = generator.Next();
        }
        return letters;
    }
}
