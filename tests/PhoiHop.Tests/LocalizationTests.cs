using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PhoiHop.Tests;

/// <summary>Vietnamese first, English second: both languages hold every string the pages ask for.</summary>
public sealed partial class LocalizationTests
{
    private static Dictionary<string, string> Load(string culture) =>
        XDocument.Load(Path.Combine(RepositoryFiles.WebProject, "Resources", $"SharedResource.{culture}.resx"))
            .Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    [GeneratedRegex("""L\["([A-Za-z0-9_.]+)"|(?:ErrorMessage|Name) = "([A-Z][A-Za-z]+\.[A-Za-z0-9.]+)"|"(Errors\.[A-Za-z.]+)"|L\[\$"([A-Za-z]+)\.\{""")]
    private static partial Regex KeyReference();

    [Fact]
    public void Resources_VietnameseAndEnglish_HaveTheSameKeys()
    {
        var vi = Load("vi");
        var en = Load("en");

        Assert.Empty(vi.Keys.Except(en.Keys));
        Assert.Empty(en.Keys.Except(vi.Keys));
        Assert.All(vi, kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), $"{kv.Key} is empty in Vietnamese"));
        Assert.All(en, kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), $"{kv.Key} is empty in English"));
    }

    [Fact]
    public void Pages_UseOnlyKeysThatExist()
    {
        var vi = Load("vi");
        var prefixes = vi.Keys.Select(k => k.Split('.')[0]).ToHashSet();
        var missing = new List<string>();

        foreach (var file in Directory.EnumerateFiles(RepositoryFiles.WebProject, "*.*", SearchOption.AllDirectories)
                     .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                         && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (Match m in KeyReference().Matches(File.ReadAllText(file)))
            {
                var key = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value;
                if (m.Groups[4].Success)
                {
                    if (!prefixes.Contains(m.Groups[4].Value))
                        missing.Add($"{Path.GetFileName(file)}: {m.Groups[4].Value}.*");
                }
                else if (!vi.ContainsKey(key))
                {
                    missing.Add($"{Path.GetFileName(file)}: {key}");
                }
            }
        }

        Assert.True(missing.Count == 0, "Missing UI strings:\n" + string.Join('\n', missing.Distinct()));
    }

    [Theory]
    [InlineData("RegulationStatus", typeof(PhoiHop.Features.Regulations.RegulationStatus))]
    [InlineData("Recurrence", typeof(PhoiHop.Features.Regulations.Recurrence))]
    [InlineData("CoordinationArea", typeof(PhoiHop.Features.Regulations.CoordinationArea))]
    [InlineData("BodyKind", typeof(PhoiHop.Features.Organizations.BodyKind))]
    [InlineData("AdministrativeLevel", typeof(PhoiHop.Features.Organizations.AdministrativeLevel))]
    [InlineData("DeputyKind", typeof(PhoiHop.Features.Organizations.DeputyKind))]
    [InlineData("AuditAction", typeof(PhoiHop.Features.Audit.AuditAction))]
    [InlineData("NotificationDelivery", typeof(PhoiHop.Features.Organizations.NotificationDelivery))]
    [InlineData("OutboxMailStatus", typeof(PhoiHop.Features.Notifications.OutboxMailStatus))]
    [InlineData("PetitionKind", typeof(PhoiHop.Features.Petitions.PetitionKind))]
    [InlineData("Channel", typeof(PhoiHop.Features.Petitions.Channel))]
    [InlineData("PetitionStatus", typeof(PhoiHop.Features.Petitions.PetitionStatus))]
    [InlineData("PetitionAction", typeof(PhoiHop.Features.Petitions.PetitionAction))]
    [InlineData("Competence", typeof(PhoiHop.Features.Petitions.Competence))]
    [InlineData("PetitionFlags", typeof(PhoiHop.Features.Petitions.PetitionFlags))]
    [InlineData("FilingReason", typeof(PhoiHop.Features.Petitions.FilingReason))]
    [InlineData("InadmissibilityReason", typeof(PhoiHop.Features.Petitions.InadmissibilityReason))]
    [InlineData("ComplaintObject", typeof(PhoiHop.Features.Petitions.ComplaintObject))]
    [InlineData("ComplaintInstance", typeof(PhoiHop.Features.Petitions.ComplaintInstance))]
    [InlineData("DenunciationSubtype", typeof(PhoiHop.Features.Petitions.DenunciationSubtype))]
    [InlineData("FirstInstanceOutcome", typeof(PhoiHop.Features.Petitions.FirstInstanceOutcome))]
    [InlineData("SecondInstanceOutcome", typeof(PhoiHop.Features.Petitions.SecondInstanceOutcome))]
    [InlineData("DenunciationFinding", typeof(PhoiHop.Features.Petitions.DenunciationFinding))]
    [InlineData("RecommendationOutcome", typeof(PhoiHop.Features.Petitions.RecommendationOutcome))]
    [InlineData("PetitionTrack", typeof(PhoiHop.Features.Petitions.PetitionTrack))]
    [InlineData("PetitionWorklist", typeof(PhoiHop.Features.Petitions.PetitionWorklist))]
    [InlineData("PetitionSort", typeof(PhoiHop.Features.Petitions.PetitionSort))]
    [InlineData("DeadlineStatus", typeof(PhoiHop.Features.Calendar.DeadlineStatus))]
    [InlineData("CitizenIdError", typeof(PhoiHop.Common.CitizenIdError))]
    [InlineData("PhoneNumberError", typeof(PhoiHop.Common.PhoneNumberError))]
    public void Enums_EveryMemberHasALabel(string prefix, Type enumType)
    {
        var vi = Load("vi");

        var missing = Enum.GetNames(enumType).Where(n => !vi.ContainsKey($"{prefix}.{n}")).ToList();

        Assert.Empty(missing);
    }

    // Reasons a value was refused: every reason but None has a message.
    [Theory]
    [InlineData("CitizenIdError", typeof(PhoiHop.Common.CitizenIdError))]
    [InlineData("PhoneNumberError", typeof(PhoiHop.Common.PhoneNumberError))]
    public void RefusalReasons_EveryReasonHasAMessage(string prefix, Type enumType)
    {
        var vi = Load("vi");

        var missing = Enum.GetNames(enumType).Where(n => n != "None" && !vi.ContainsKey($"{prefix}.{n}")).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Roles_EveryRoleHasALabel()
    {
        var vi = Load("vi");

        Assert.All(PhoiHop.Features.Organizations.Roles.All, r => Assert.True(vi.ContainsKey($"Role.{r}"), r));
    }
}
