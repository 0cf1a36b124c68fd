using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PhoiHop.Features.Petitions.Duplicates;

namespace PhoiHop.Tests.Features.Petitions.Duplicates;

/// <summary>
/// The labelled letters of eval-set.json (written by <c>bench … duplicates-evalset</c>). Senders are keyed as the
/// database keys them, by a keyed hash of the ID number and phone, not by the digits.
/// </summary>
internal static class EvalSetFile
{
    public static IReadOnlyList<EvalLetter> Letters { get; } = Load();

    public static DuplicateLetter ToLetter(EvalLetter letter) => new(letter.Subject, letter.Content,
        [.. letter.Senders.Select(s => new DuplicateSender(s.FullName, BlindIndex("id", s.IdNumber), BlindIndex("phone", s.Phone), s.Address))]);

    /// <summary>Stands in for the HMAC blind index of PetitionSender: an opaque string, equal for equal inputs.</summary>
    public static string BlindIndex(string purpose, string value) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes("eval-set-index-key"), Encoding.UTF8.GetBytes(purpose + ":" + value)));

    private static List<EvalLetter> Load()
    {
        var path = Path.Combine(RepositoryFiles.Root, "tests", "PhoiHop.Tests", "Features", "Petitions", "Duplicates", "eval-set.json");
        var file = JsonSerializer.Deserialize<EvalFile>(File.ReadAllText(path), JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("Empty evaluation set.");
        return [.. file.Letters];
    }

    internal sealed record EvalFile(int Seed, IReadOnlyList<EvalLetter> Letters);

    internal sealed record EvalLetter(int Id, string Matter, string Style, int? RelatedTo, string Body, DateOnly ReceivedOn, string Subject,
        string Content, IReadOnlyList<EvalSender> Senders);

    internal sealed record EvalSender(string FullName, string IdNumber, string Phone, string Address);
}
