using PhoiHop.Features.Petitions.Duplicates;
using PhoiHop.Features.Petitions.Generation;

namespace PhoiHop.Tests.Features.Petitions.Duplicates;

/// <summary>Each duplicate style is found and each hard negative is held back, on letters the evaluation set does not hold.</summary>
public sealed class DuplicateStyleTests
{
    private const int Pairs = 60;

    private static DuplicateFingerprint Print(GeneratedPetition p) => DuplicateFingerprint.Of(new DuplicateLetter(p.Subject, p.Content,
        [.. p.Senders.Select(s => new DuplicateSender(s.FullName, EvalSetFile.BlindIndex("id", s.CitizenId), EvalSetFile.BlindIndex("phone", s.Phone), s.Address))]));

    private static double LikelyShare(DuplicateStyle style)
    {
        var generator = new PetitionGenerator(7 + (int)style);
        var likely = 0;
        for (var i = 0; i < Pairs; i++)
        {
            var original = generator.Next();
            var other = generator.NextDuplicateOf(original, style);
            using var index = new DuplicateIndex(1024);
            var id = Guid.NewGuid();
            index.Add(new IndexedLetter(id, id, Guid.Empty, original.ReceivedOn), Print(original));
            likely += index.FindCandidates(Print(other)).Any(c => c.PetitionId == id && c.LikelySameMatter) ? 1 : 0;
        }
        return (double)likely / Pairs;
    }

    [Theory]
    [InlineData(DuplicateStyle.ExactCopyToAnotherBody)]
    [InlineData(DuplicateStyle.RetypedWithoutDiacritics)]
    [InlineData(DuplicateStyle.RetypedWithTypos)]
    [InlineData(DuplicateStyle.Reworded)]
    [InlineData(DuplicateStyle.Reminder)]
    public void FindCandidates_DuplicateStyle_IsLikelySameMatter(DuplicateStyle style)
    {
        Assert.True(LikelyShare(style) >= 0.95, $"{style}: {LikelyShare(style):P0}");
    }

    [Theory]
    [InlineData(DuplicateStyle.NeighbourDifferentPlot)]
    [InlineData(DuplicateStyle.SamePersonDifferentMatter)]
    public void FindCandidates_HardNegative_IsNotLikelySameMatter(DuplicateStyle style)
    {
        Assert.True(LikelyShare(style) <= 0.02, $"{style}: {LikelyShare(style):P0}");
    }

    [Fact]
    public void FindCandidates_SamePerson_GivesReadableReasons_WithoutTheirIdentity()
    {
        var generator = new PetitionGenerator(11);
        var original = generator.Next();
        while (original.IsAnonymous || original.Matter.ParcelNumber is null)
            original = generator.Next();
        var copy = generator.NextDuplicateOf(original, DuplicateStyle.RetypedWithoutDiacritics);
        using var index = new DuplicateIndex(1024);
        var id = Guid.NewGuid();
        index.Add(new IndexedLetter(id, id, Guid.Empty, original.ReceivedOn), Print(original));

        var candidate = Assert.Single(index.FindCandidates(Print(copy)));

        Assert.True(candidate.LikelySameMatter);
        Assert.InRange(candidate.Score, 0.5, 1);
        Assert.Contains(candidate.Reasons, r => r.Code == MatchReasonCode.SameIdNumber && r.Arguments.Count == 0);
        Assert.Contains(candidate.Reasons, r => r.Code == MatchReasonCode.SameParcel && r.Arguments[0] == original.Matter.ParcelNumber.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(candidate.Reasons, r => r.Code == MatchReasonCode.TextSimilarity);
        Assert.DoesNotContain(candidate.Reasons.SelectMany(r => r.Arguments), a => a.Contains(original.Senders[0].CitizenId, StringComparison.Ordinal));
    }

    [Fact]
    public void Remove_AndAddAgain_ReplacesTheLetter()
    {
        var generator = new PetitionGenerator(12);
        var letter = generator.Next();
        using var index = new DuplicateIndex(1024);
        var id = Guid.NewGuid();
        index.Add(new IndexedLetter(id, id, Guid.Empty, letter.ReceivedOn), Print(letter));
        index.Add(new IndexedLetter(id, id, Guid.Empty, letter.ReceivedOn), Print(generator.Next()));

        Assert.Equal(1, index.Count);
        Assert.DoesNotContain(index.FindCandidates(Print(letter)), c => c.PetitionId == id && c.LikelySameMatter);
        Assert.True(index.Remove(id));
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void ToBytes_FromBytes_RoundTrips()
    {
        var print = Print(new PetitionGenerator(13).Next());

        var back = DuplicateFingerprint.FromBytes(print.ToBytes());

        Assert.Equal(print.Facts, back.Facts);
        Assert.Equal(1.0, print.TextSimilarity(back));
    }
}
