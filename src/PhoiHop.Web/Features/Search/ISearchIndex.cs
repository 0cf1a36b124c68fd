using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Search;

/// <summary>A letter found by the database's full-text index, with its relevance (higher is better).</summary>
public sealed class SearchHit
{
    public Guid PetitionId { get; set; }
    public double Rank { get; set; }

    /// <summary>How many letters the index query returned in all (the same on every row), to tell whether it hit its limit.</summary>
    public int Hits { get; set; }

    /// <summary>
    /// The letter's folded search text, when the index leaves the ranking to the app (<see cref="SearchRank"/>, SQLite);
    /// then <see cref="Rank"/> is 0. Null when the database ranked it.
    /// </summary>
    public string? Text { get; set; }
}

/// <summary>
/// The database's own full-text index over <see cref="PetitionSearchDocument"/>: FTS5 on SQLite, tsvector and trigram
/// GIN indexes on PostgreSQL. Both receive folded words (<see cref="SearchText"/>) and return a bounded set of candidates,
/// which <see cref="PetitionSearch"/> reads once and then scopes and filters by id.
/// </summary>
public interface ISearchIndex
{
    /// <summary>
    /// Letters whose text has every word (with <paramref name="prefixLast"/>, the last one also as a prefix): at most
    /// <paramref name="limit"/> of them, found and ranked by one query of the index (never once per letter). With
    /// <paramref name="readableBy"/>, only the letters that body may read (its own and those of the matters it has a
    /// letter in, as <see cref="Petitions.PetitionQueries.Readable"/>), chosen before the limit.
    /// </summary>
    IQueryable<SearchHit> Words(AppDbContext db, IReadOnlyList<string> words, int limit, Guid? readableBy = null, bool prefixLast = false);

    /// <summary>
    /// Letters received by <paramref name="body"/> whose senders' names have every one of these name hashes, the newest
    /// <paramref name="limit"/> (a common surname is in a tenth of the letters).
    /// </summary>
    IQueryable<SearchHit> Names(AppDbContext db, IReadOnlyList<string> hashes, Guid body, int limit);

    /// <summary>Letters whose text has words close to these (typos), when the exact words find nothing; null if the database has no such index.</summary>
    IQueryable<SearchHit>? Similar(AppDbContext db, IReadOnlyList<string> words, int limit);
}
