using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PhoiHop.Features.Petitions;
using PhoiHop.Features.Petitions.Generation;
using static PhoiHop.Tests.Features.Petitions.Generation.GeneratedLetters;

namespace PhoiHop.Tests.Features.Petitions.Generation;

public sealed partial class PetitionDuplicateTests
{
    // Enough originals to meet anonymous, multi-person and sent-to-many letters.
    private const int Originals = 400;

    [GeneratedRegex(@"\d+")]
    private static partial Regex Numbers();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();

    private static List<(GeneratedPetition Original, GeneratedPetition Copy)> Pairs(DuplicateStyle style)
    {
        var generator = new PetitionGenerator(Seed + (int)style);
        var pairs = new List<(GeneratedPetition, GeneratedPetition)>(Originals);
        for (var i = 0; i < Originals; i++)
        {
            var original = generator.Next();
            pairs.Add((original, generator.NextDuplicateOf(original, style)));
        }
        return pairs;
    }

    [Theory]
    [InlineData(DuplicateStyle.ExactCopyToAnotherBody, true)]
    [InlineData(DuplicateStyle.RetypedWithoutDiacritics, true)]
    [InlineData(DuplicateStyle.RetypedWithTypos, true)]
    [InlineData(DuplicateStyle.Reworded, true)]
    [InlineData(DuplicateStyle.Reminder, true)]
    [InlineData(DuplicateStyle.NeighbourDifferentPlot, false)]
    [InlineData(DuplicateStyle.SamePersonDifferentMatter, false)]
    public void NextDuplicateOf_AnyStyle_LinksToTheOriginal(DuplicateStyle style, bool isDuplicate)
    {
        foreach (var (original, copy) in Pairs(style))
        {
            Assert.Equal(original.Number, copy.RelatedTo);
            Assert.Equal(style, copy.Relation);
            Assert.Equal(isDuplicate, copy.IsDuplicate);
            Assert.True(copy.Number > original.Number);
            Assert.False(copy.Flags.HasFlag(PetitionFlags.Duplicate));
            Assert.True(PetitionFields.Default.IsLeaf(copy.FieldCode));
            foreach (var text in AllText(copy))
                Assert.True(text.IsNormalized(NormalizationForm.FormC), text);
        }
    }

    [Fact]
    public void ExactCopyToAnotherBody_SameText_AnotherBody()
    {
        foreach (var (original, copy) in Pairs(DuplicateStyle.ExactCopyToAnotherBody))
        {
            Assert.Equal(original.Content, copy.Content);
            Assert.Equal(original.Subject, copy.Subject);
            Assert.Same(original.Senders, copy.Senders);
            Assert.NotEqual(original.BodyCode, copy.BodyCode);
            if (original.AddressedTo.Count > 1)
                Assert.Contains(copy.BodyCode, original.AddressedTo);
            Assert.True(copy.Flags.HasFlag(PetitionFlags.SentToMany));
            Assert.True(copy.ReceivedOn >= original.ReceivedOn);
        }
    }

    [Fact]
    public void RetypedWithoutDiacritics_ChangedWords_AreBareAscii()
    {
        var fullyStripped = 0;
        foreach (var (original, copy) in Pairs(DuplicateStyle.RetypedWithoutDiacritics))
        {
            Assert.Equal(original.Content.Length, copy.Content.Length);
            Assert.NotEqual(original.Content, copy.Content);
            Assert.DoesNotContain(copy.Content, c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);

            // Same length, so the words line up; a word is a run of letters, as the generator strips them.
            foreach (Match word in Words().Matches(copy.Content))
            {
                if (word.Value != original.Content.Substring(word.Index, word.Length))
                    Assert.True(word.Value.All(IsBare), word.Value);
            }

            if (copy.Content.All(IsBare))
            {
                fullyStripped++;
                Assert.All(copy.Senders, s => Assert.True(s.FullName.All(IsBare), s.FullName));
            }
            Assert.Equal(original.Senders.Select(s => s.CitizenId), copy.Senders.Select(s => s.CitizenId));
        }

        // Most are typed entirely without marks, some only in part.
        Assert.InRange(fullyStripped, Originals / 2, Originals - (Originals / 10));
    }

    [Fact]
    public void RetypedWithTypos_FewWordsChange_NumbersStay()
    {
        foreach (var (original, copy) in Pairs(DuplicateStyle.RetypedWithTypos))
        {
            Assert.NotEqual(original.Content, copy.Content);
            Assert.Equal(Numbers().Matches(original.Content).Select(m => m.Value), Numbers().Matches(copy.Content).Select(m => m.Value));

            var before = original.Content.Split(' ', '\n');
            var swapped = VietnameseText.SwapTonePlacement(original.Content).Split(' ', '\n');
            var after = copy.Content.Split(' ', '\n');
            Assert.Equal(before.Length, after.Length);
            var kept = Enumerable.Range(0, before.Length).Count(i => after[i] == before[i] || after[i] == swapped[i]);
            Assert.True(kept >= before.Length * 0.85, $"{kept} of {before.Length} words kept");
        }
    }

    [Fact]
    public void RetypedWithTypos_TonePlacement_UsesTheOtherStyleInSomeLetters()
    {
        var pairs = Pairs(DuplicateStyle.RetypedWithTypos);

        var otherStyle = pairs.Count(pair => pair.Original.Content.Contains("hòa", StringComparison.Ordinal)
            && pair.Copy.Content.Contains("hoà", StringComparison.Ordinal));

        Assert.True(otherStyle > 0);
    }

    [Fact]
    public void Reworded_SamePersonAndParcel_OtherSentences()
    {
        foreach (var (original, copy) in Pairs(DuplicateStyle.Reworded))
        {
            Assert.Same(original.Senders, copy.Senders);
            Assert.Same(original.Matter, copy.Matter);
            Assert.Equal(original.Kind, copy.Kind);

            // Every sentence of the story has two phrasings and rewording takes the other one; the sender's details
            // and the closing formulas may stay. The claim moves before or after the facts.
            var sentences = Sentences(original.Content).Where(s => !original.Senders.Any(p => s.Contains(p.FullName, StringComparison.Ordinal))).ToHashSet();
            var kept = Sentences(copy.Content).Count(sentences.Contains);
            Assert.True(kept <= 3, $"{kept} of {sentences.Count} sentences kept:\n{copy.Content}");
            Assert.NotEqual(original.Plan.FactsFirst, copy.Plan.FactsFirst);
            if (original.Matter.ParcelNumber is { } parcel)
                Assert.Contains($"thửa đất số {parcel}", copy.Content, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Reminder_MonthsLater_RecallsTheFirstLetter()
    {
        foreach (var (original, copy) in Pairs(DuplicateStyle.Reminder))
        {
            Assert.True(copy.ReceivedOn >= original.ReceivedOn.AddDays(60));
            Assert.Same(original.Senders, copy.Senders);
            Assert.Same(original.Matter, copy.Matter);
            Assert.Contains($"đã gửi đơn ", copy.Content, StringComparison.Ordinal);
            Assert.Contains(Day(original.WrittenOn), copy.Content, StringComparison.Ordinal);
            Assert.Contains("nhưng đến nay", copy.Content, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NeighbourDifferentPlot_SamePlace_AnotherPersonAndParcel()
    {
        foreach (var (original, copy) in Pairs(DuplicateStyle.NeighbourDifferentPlot))
        {
            var sender = Assert.Single(copy.Senders);
            Assert.DoesNotContain(sender.CitizenId, original.Senders.Select(s => s.CitizenId));
            Assert.NotNull(copy.Matter.ParcelNumber);
            Assert.NotEqual(original.Matter.ParcelNumber, copy.Matter.ParcelNumber);
            Assert.Equal(original.Matter.Commune, copy.Matter.Commune);
            Assert.Equal(original.Matter.Locality, copy.Matter.Locality);
            Assert.Equal(original.Kind, copy.Kind);
        }
    }

    [Fact]
    public void SamePersonDifferentMatter_SameSender_AnotherMatter()
    {
        foreach (var (original, copy) in Pairs(DuplicateStyle.SamePersonDifferentMatter))
        {
            Assert.Same(original.Senders, copy.Senders);
            Assert.Equal(original.SenderCount, copy.SenderCount);
            Assert.Equal(original.IsAnonymous, copy.IsAnonymous);
            Assert.NotEqual(original.Matter.Scenario, copy.Matter.Scenario);
            if (original.Matter.ParcelNumber is not null && copy.Matter.ParcelNumber is not null)
                Assert.NotEqual(original.Matter.ParcelNumber, copy.Matter.ParcelNumber);
        }
    }

    // No Vietnamese letter with a mark, precomposed or combining; m² and dashes are not letters.
    private static bool IsBare(char c) => char.IsAscii(c) || !char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark;

    private static HashSet<string> Sentences(string content) =>
        [.. content.Split(['.', '\n', ':', ';'], StringSplitOptions.TrimEntries).Where(s => s.Length > 60)];
}
