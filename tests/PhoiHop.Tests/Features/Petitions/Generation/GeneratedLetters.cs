using System.Globalization;
using System.Text;
using PhoiHop.Features.Petitions.Generation;

namespace PhoiHop.Tests.Features.Petitions.Generation;

/// <summary>Shared samples and a flat description of a letter, so that two letters compare field by field.</summary>
internal static class GeneratedLetters
{
    public const int Seed = 20260701;

    /// <summary>5,000 letters of one seed, made once for the format tests.</summary>
    public static IReadOnlyList<GeneratedPetition> Sample { get; } = Take(new PetitionGenerator(Seed), 5000);

    public static List<GeneratedPetition> Take(PetitionGenerator generator, int count)
    {
        var letters = new List<GeneratedPetition>(count);
        for (var i = 0; i < count; i++)
            letters.Add(generator.Next());
        return letters;
    }

    public static string Describe(GeneratedPetition p)
    {
        var sb = new StringBuilder();
        sb.AppendJoin('|', p.Number.ToString(CultureInfo.InvariantCulture), p.BodyCode, p.Channel, Day(p.ReceivedOn), Day(p.WrittenOn), p.Kind,
            p.FieldCode, p.ComplaintObject, p.DenunciationSubtype, p.Subject, p.Content, p.SenderCount.ToString(CultureInfo.InvariantCulture), p.Flags,
            string.Join(',', p.AddressedTo), p.Matter, p.RelatedTo?.ToString(CultureInfo.InvariantCulture), p.Relation);
        foreach (var s in p.Senders)
            sb.Append('|').Append(s);
        return sb.ToString();
    }

    public static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static IEnumerable<string> AllText(GeneratedPetition p)
    {
        yield return p.Subject;
        yield return p.Content;
        foreach (var s in p.Senders)
        {
            yield return s.FullName;
            yield return s.Address;
        }
        foreach (var value in new[] { p.Matter.Commune, p.Matter.Locality, p.Matter.OtherParty, p.Matter.Project, p.Matter.Company })
        {
            if (value is not null)
                yield return value;
        }
    }
}
