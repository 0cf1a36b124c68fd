using System.Text;
using PhoiHop.Features.Petitions;
using PhoiHop.Features.Petitions.Generation;
using static PhoiHop.Tests.Features.Petitions.Generation.GeneratedLetters;

namespace PhoiHop.Tests.Features.Petitions.Generation;

public sealed class PetitionGeneratorTests
{
    [Fact]
    public void Next_SameSeed_GivesTheSameThousandLetters()
    {
        var first = new PetitionGenerator(7);
        var second = new PetitionGenerator(7);

        for (var i = 0; i < 1000; i++)
            Assert.Equal(Describe(first.Next()), Describe(second.Next()));
    }

    [Fact]
    public void NextDuplicateOf_SameSeed_GivesTheSameDuplicates()
    {
        var first = new PetitionGenerator(11);
        var second = new PetitionGenerator(11);

        for (var i = 0; i < 300; i++)
        {
            var style = (DuplicateStyle)(i % 7);
            Assert.Equal(Describe(first.NextDuplicateOf(first.Next(), style)), Describe(second.NextDuplicateOf(second.Next(), style)));
        }
    }

    [Fact]
    public void Next_DifferentSeeds_GiveDifferentLetters()
    {
        var first = Take(new PetitionGenerator(1), 1000);
        var second = Take(new PetitionGenerator(2), 1000);

        var same = first.Zip(second).Count(pair => pair.First.Content == pair.Second.Content);

        Assert.Equal(0, same);
    }

    [Fact]
    public void Next_KnownSeed_GivesTheRecordedLetters()
    {
        // Pins the sequence across runs and machines. Update these values only when the generator changes on purpose,
        // and say so in the commit: benchmarks and evaluation sets name their seed.
        var letters = Take(new PetitionGenerator(2026), 3);

        Assert.Equal(Recorded, letters.Select(p => $"{p.BodyCode} {p.Kind} {p.FieldCode} {Day(p.ReceivedOn)} {(p.Senders.Count > 0 ? p.Senders[0].CitizenId : "-")}"));
    }

    private static readonly string[] Recorded =
    [
        "MTTQ-X-DAIPHUC Complaint CHINH_SACH_XA_HOI 28/07/2025 019061515709",
        "MTTQ-X-DAIPHUC Feedback MOI_TRUONG 01/05/2026 019066782716",
        "DBQH-TN Recommendation DAT_DAI_THU_HOI 11/09/2025 006167834603",
    ];

    [Fact]
    public void Next_TwentyThousandLetters_FollowTheChosenProportions()
    {
        var letters = Take(new PetitionGenerator(99), 20_000);

        double Share(Func<GeneratedPetition, bool> test, IReadOnlyCollection<GeneratedPetition>? of = null)
        {
            var set = of ?? letters;
            return (double)set.Count(test) / set.Count;
        }

        // PetitionGenerator's remarks give the sources: complaints 55 %, denunciations 12 %, recommendations 15 %, feedback 18 %.
        Assert.InRange(Share(p => p.Kind == PetitionKind.Complaint), 0.53, 0.57);
        Assert.InRange(Share(p => p.Kind == PetitionKind.Denunciation), 0.11, 0.13);
        Assert.InRange(Share(p => p.Kind == PetitionKind.Recommendation), 0.14, 0.16);
        Assert.InRange(Share(p => p.Kind == PetitionKind.Feedback), 0.17, 0.19);

        // Land is 60–70 % of complaints and denunciations (Government Inspectorate figures).
        var complaintsAndDenunciations = letters.Where(p => p.Kind is PetitionKind.Complaint or PetitionKind.Denunciation).ToList();
        Assert.InRange(Share(p => PetitionFields.IsLand(p.FieldCode), complaintsAndDenunciations), 0.60, 0.70);

        Assert.InRange(Share(p => p.IsAnonymous), 0.015, 0.025);
        Assert.InRange(Share(p => p.Flags.HasFlag(PetitionFlags.MultiPerson)), 0.03, 0.05);
        Assert.InRange(Share(p => p.Channel is Channel.Post or Channel.InPerson), 0.60, 0.75);
        Assert.InRange(Share(p => p.Flags.HasFlag(PetitionFlags.SentToMany)), 0.05, 0.15);

        var familyNames = letters.SelectMany(p => p.Senders).Select(s => s.FullName.Split(' ')[0]).ToList();
        Assert.InRange((double)familyNames.Count(n => n == "Nguyễn") / familyNames.Count, 0.34, 0.42);
    }

    [Fact]
    public void Next_Senders_HaveValidCitizenIdNumbers()
    {
        foreach (var sender in Sample.SelectMany(p => p.Senders))
        {
            var id = sender.CitizenId;
            Assert.Equal(12, id.Length);
            Assert.True(id.All(char.IsAsciiDigit), id);
            Assert.Contains(id[..3], CitizenIdNumbers.ProvinceCodes);

            // Digit 4: 0/1 male/female born in the 1900s, 2/3 in the 2000s; digits 5–6: the year of birth.
            var century = sender.BirthDate.Year >= 2000 ? 2 : 0;
            Assert.Equal((char)('0' + century + (sender.IsFemale ? 1 : 0)), id[3]);
            Assert.Equal((sender.BirthDate.Year % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture), id[4..6]);
            Assert.InRange(sender.CitizenIdIssuedOn, sender.BirthDate.AddYears(14), DateOnly.MaxValue);
        }
    }

    [Fact]
    public void Next_Senders_HaveTenDigitMobileNumbers()
    {
        foreach (var phone in Sample.SelectMany(p => p.Senders).Select(s => s.Phone))
        {
            Assert.Equal(10, phone.Length);
            Assert.True(phone.All(char.IsAsciiDigit), phone);
            Assert.Equal('0', phone[0]);
            Assert.Contains(phone[1], "35789");
            Assert.Contains(phone[..3], PhoneNumbers.Prefixes);
        }
    }

    [Fact]
    public void Next_Senders_HaveFullNamesAndProvinceAddresses()
    {
        foreach (var sender in Sample.SelectMany(p => p.Senders))
        {
            Assert.InRange(sender.FullName.Split(' ').Length, 3, 4);
            Assert.Equal("tỉnh Thái Nguyên", sender.Province);
            Assert.StartsWith(sender.Commune.StartsWith("phường", StringComparison.Ordinal) ? "phường " : "xã ", sender.Commune, StringComparison.Ordinal);
            Assert.EndsWith(", tỉnh Thái Nguyên", sender.Address, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Next_AllText_IsNfc()
    {
        foreach (var text in Sample.SelectMany(AllText))
            Assert.True(text.IsNormalized(NormalizationForm.FormC), text);
    }

    [Fact]
    public void Next_FieldCodes_AreLeavesOfTheDefaultTree()
    {
        foreach (var code in Sample.Select(p => p.FieldCode).Concat(LetterScenarios.All.Select(s => s.Field)).Distinct())
            Assert.True(PetitionFields.Default.IsLeaf(code), code);
    }

    [Fact]
    public void Next_Content_IsACompleteLetter()
    {
        foreach (var p in Sample)
        {
            Assert.Contains("Kính gửi", p.Content, StringComparison.Ordinal);
            Assert.Contains("xin chân thành cảm ơn", p.Content, StringComparison.Ordinal);
            Assert.DoesNotContain('{', p.Content);
            Assert.Contains(p.BodyCode, p.AddressedTo);
            Assert.True(p.WrittenOn <= p.ReceivedOn);
            Assert.InRange(p.ReceivedOn, PetitionGenerator.DefaultFirstDay, PetitionGenerator.DefaultLastDay);
            Assert.False(p.ReceivedOn.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
            if (p.Matter.ParcelNumber is { } parcel)
                Assert.Contains($"thửa đất số {parcel}, tờ bản đồ số {p.Matter.MapSheet}", p.Content, StringComparison.OrdinalIgnoreCase);
            foreach (var sender in p.Senders)
                Assert.Contains(sender.FullName, p.Content, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Next_SenderCounts_FollowTheRepresentativeRules()
    {
        foreach (var p in Sample)
        {
            if (p.IsAnonymous)
            {
                Assert.Empty(p.Senders);
                Assert.Equal(0, p.SenderCount);
                Assert.True(p.Kind is PetitionKind.Denunciation or PetitionKind.Feedback);
                continue;
            }

            Assert.Equal(p.SenderCount >= 5, p.Flags.HasFlag(PetitionFlags.MultiPerson));
            if (p.SenderCount < 5)
            {
                Assert.Equal(p.SenderCount, p.Senders.Count);
                continue;
            }

            // Luật Tiếp công dân 2013, Điều 30: 5–10 people, 1–2 representatives; more, at most 5.
            Assert.InRange(p.SenderCount, 5, 50);
            Assert.InRange(p.Senders.Count, 1, p.SenderCount <= 10 ? 2 : 5);
        }
    }

    [Fact]
    public void Next_KindDetails_MatchTheKind()
    {
        foreach (var p in Sample)
        {
            Assert.Equal(p.Kind == PetitionKind.Complaint, p.ComplaintObject is not null);
            Assert.Equal(p.Kind == PetitionKind.Denunciation, p.DenunciationSubtype is not null);
            Assert.False(p.Flags.HasFlag(PetitionFlags.Duplicate));
            Assert.Null(p.RelatedTo);
            Assert.False(p.IsDuplicate);
        }
    }

    [Fact]
    public void Next_CommuneBodies_GetLettersFromTheirCommune()
    {
        foreach (var p in Sample.Where(p => p.BodyCode == "UBND-X-BABE"))
        {
            Assert.Equal("xã Ba Bể", p.Matter.Commune);
            Assert.True(p.Flags.HasFlag(PetitionFlags.RemoteArea));
        }
    }
}
