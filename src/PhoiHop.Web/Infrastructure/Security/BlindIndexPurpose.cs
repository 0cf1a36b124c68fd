namespace PhoiHop.Infrastructure.Security;

/// <summary>
/// The purposes of blind indexes. Each purpose gives unrelated index values for the same input, so that an ID number
/// index cannot be joined with a phone index. Never rename one: stored indexes would stop matching.
/// </summary>
public static class BlindIndexPurpose
{
    public const string CitizenId = "citizen-id";
    public const string Phone = "phone";

    /// <summary>One folded word of a sender's name, for search (Features/Search/PetitionSearchDocument).</summary>
    public const string SearchName = "search-name";
}
