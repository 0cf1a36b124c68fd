using Microsoft.EntityFrameworkCore;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Search;

/// <summary>
/// FTS5 external-content table "PetitionSearch" over PetitionSearchDocuments (columns text and names, tokenizer
/// unicode61 remove_diacritics 2), kept by triggers (migration Search). FTS5's rank is bm25 with equal weights, negative,
/// better first: the rank returned is its opposite.
/// </summary>
public sealed class SqliteSearchIndex : ISearchIndex
{
    // The MATCH runs once in the LIMITed subquery (FTS5 sorts by its rank, bm25, itself); the documents are joined to
    // its few rows by key. Joining the FTS table straight to the letters let SQLite run the MATCH once per letter.
    public IQueryable<SearchHit> Words(AppDbContext db, IReadOnlyList<string> words, int limit) => Match(db, Expression("text", words, prefixLast: true), limit);

    // Name hashes are rare words: every match is kept.
    public IQueryable<SearchHit> Names(AppDbContext db, IReadOnlyList<string> hashes) => Match(db, Expression("names", hashes, prefixLast: false), int.MaxValue);

    public IQueryable<SearchHit>? Similar(AppDbContext db, IReadOnlyList<string> words, int limit) => null;

    private static IQueryable<SearchHit> Match(AppDbContext db, string expression, int limit) =>
        db.Database.SqlQuery<SearchHit>($"""
            SELECT d."PetitionId" AS "PetitionId", h."Rank" AS "Rank"
            FROM (SELECT "PetitionSearch".rowid AS "DocumentId", -"PetitionSearch".rank AS "Rank"
                  FROM "PetitionSearch" WHERE "PetitionSearch" MATCH {expression} ORDER BY "PetitionSearch".rank LIMIT {limit}) AS h
            JOIN "PetitionSearchDocuments" AS d ON d."Id" = h."DocumentId"
            """);

    // Folded words are letters and digits only; quoted all the same, so no word is read as an FTS5 operator.
    internal static string Expression(string column, IReadOnlyList<string> words, bool prefixLast) =>
        string.Join(" AND ", words.Select((w, i) => $"{column} : \"{w.Replace("\"", "", StringComparison.Ordinal)}\"{(prefixLast && i == words.Count - 1 ? "*" : "")}"));
}
