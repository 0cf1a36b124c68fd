using Microsoft.EntityFrameworkCore;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Search;

/// <summary>
/// FTS5 external-content table "PetitionSearch" over PetitionSearchDocuments (columns text and names, tokenizer
/// unicode61 remove_diacritics 2), kept by triggers (migration Search). The candidates come back with their folded text
/// and are ranked in the app (<see cref="SearchRank"/>): FTS5's bm25() weighs each word by reading all its letters.
/// </summary>
public sealed class SqliteSearchIndex : ISearchIndex
{
    // The MATCH runs once in the LIMITed subquery, newest first: FTS5 walks its doclist by rowid and stops at the limit
    // (ORDER BY rank would score every match: 250 ms for one common word at 100k letters, against 23 ms). Relevance then
    // orders these candidates (as on PostgreSQL). The documents are joined to its few rows by key. Joining the FTS table
    // straight to the letters let SQLite run the MATCH once per letter.
    public IQueryable<SearchHit> Words(AppDbContext db, IReadOnlyList<string> words, int limit, Guid? readableBy = null, bool prefixLast = false)
    {
        var expression = Expression("text", words, prefixLast);
        if (readableBy is not { } body)
            return Match(db, expression, limit);
        // Guids are stored as upper-case text.
        var bodyKey = body.ToString().ToUpperInvariant();
        return db.Database.SqlQuery<SearchHit>($"""
            SELECT d."PetitionId" AS "PetitionId", 0.0 AS "Rank", COUNT(*) OVER () AS "Hits", d."Text" AS "Text"
            FROM (SELECT "PetitionSearch".rowid AS "DocumentId"
                  FROM "PetitionSearch"
                  WHERE "PetitionSearch" MATCH {expression}
                    AND "PetitionSearch".rowid IN (
                        SELECT r."Id" FROM "PetitionSearchDocuments" AS r JOIN "Petitions" AS p ON p."Id" = r."PetitionId"
                        WHERE p."ReceivingBodyId" = {bodyKey}
                           OR p."CaseId" IN (SELECT o."CaseId" FROM "Petitions" AS o WHERE o."ReceivingBodyId" = {bodyKey}))
                  ORDER BY "PetitionSearch".rowid DESC LIMIT {limit}) AS h
            JOIN "PetitionSearchDocuments" AS d ON d."Id" = h."DocumentId"
            """);
    }

    // Newest first, the body's letters only, up to the limit: FTS5 walks the doclist backwards and stops there.
    public IQueryable<SearchHit> Names(AppDbContext db, IReadOnlyList<string> hashes, Guid body, int limit)
    {
        var expression = Expression("names", hashes, prefixLast: false);
        var bodyKey = body.ToString().ToUpperInvariant();
        return db.Database.SqlQuery<SearchHit>($"""
            SELECT d."PetitionId" AS "PetitionId", 1.0 AS "Rank", 0 AS "Hits", NULL AS "Text"
            FROM (SELECT "PetitionSearch".rowid AS "DocumentId" FROM "PetitionSearch" WHERE "PetitionSearch" MATCH {expression}
                  ORDER BY "PetitionSearch".rowid DESC) AS h
            JOIN "PetitionSearchDocuments" AS d ON d."Id" = h."DocumentId"
            JOIN "Petitions" AS p ON p."Id" = d."PetitionId"
            WHERE p."ReceivingBodyId" = {bodyKey}
            LIMIT {limit}
            """);
    }

    public IQueryable<SearchHit>? Similar(AppDbContext db, IReadOnlyList<string> words, int limit) => null;

    private static IQueryable<SearchHit> Match(AppDbContext db, string expression, int limit) =>
        db.Database.SqlQuery<SearchHit>($"""
            SELECT d."PetitionId" AS "PetitionId", 0.0 AS "Rank", COUNT(*) OVER () AS "Hits", d."Text" AS "Text"
            FROM (SELECT "PetitionSearch".rowid AS "DocumentId"
                  FROM "PetitionSearch" WHERE "PetitionSearch" MATCH {expression} ORDER BY "PetitionSearch".rowid DESC LIMIT {limit}) AS h
            JOIN "PetitionSearchDocuments" AS d ON d."Id" = h."DocumentId"
            """);

    // Folded words are letters and digits only; quoted all the same, so no word is read as an FTS5 operator.
    internal static string Expression(string column, IReadOnlyList<string> words, bool prefixLast) =>
        string.Join(" AND ", words.Select((w, i) => $"{column} : \"{w.Replace("\"", "", StringComparison.Ordinal)}\"{(prefixLast && i == words.Count - 1 ? "*" : "")}"));
}
