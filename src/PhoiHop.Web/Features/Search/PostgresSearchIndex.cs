using Microsoft.EntityFrameworkCore;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Search;

/// <summary>
/// Generated tsvector columns "TextVector" and "NamesVector" ('simple' configuration over unaccented folded text) with
/// GIN indexes, and a pg_trgm GIN index on "Text" for typos (migration Search). Ranked by ts_rank.
/// </summary>
public sealed class PostgresSearchIndex : ISearchIndex
{
    // The GIN index finds the matches; only the newest `limit` of them are ranked (ts_rank reads each one's vector, which
    // for a common word was most of the time of a search).
    public IQueryable<SearchHit> Words(AppDbContext db, IReadOnlyList<string> words, int limit, Guid? readableBy = null, bool prefixLast = false)
    {
        var query = Query(words, prefixLast);
        if (readableBy is not { } body)
        {
            return db.Database.SqlQuery<SearchHit>($"""
                SELECT c."PetitionId" AS "PetitionId", ts_rank(c."TextVector", to_tsquery('simple', {query}))::float8 AS "Rank", (COUNT(*) OVER ())::int AS "Hits", NULL::text AS "Text"
                FROM (SELECT d."PetitionId", d."TextVector" FROM "PetitionSearchDocuments" AS d
                      WHERE d."TextVector" @@ to_tsquery('simple', {query}) ORDER BY d."Id" DESC LIMIT {limit}) AS c
                """);
        }
        return db.Database.SqlQuery<SearchHit>($"""
            SELECT c."PetitionId" AS "PetitionId", ts_rank(c."TextVector", to_tsquery('simple', {query}))::float8 AS "Rank", (COUNT(*) OVER ())::int AS "Hits", NULL::text AS "Text"
            FROM (SELECT d."PetitionId", d."TextVector" FROM "PetitionSearchDocuments" AS d
                  JOIN "Petitions" AS p ON p."Id" = d."PetitionId"
                  WHERE d."TextVector" @@ to_tsquery('simple', {query})
                    AND (p."ReceivingBodyId" = {body}
                         OR p."CaseId" IN (SELECT o."CaseId" FROM "Petitions" AS o WHERE o."ReceivingBodyId" = {body}))
                  ORDER BY d."Id" DESC LIMIT {limit}) AS c
            """);
    }

    public IQueryable<SearchHit> Names(AppDbContext db, IReadOnlyList<string> hashes, Guid body, int limit)
    {
        var query = Query(hashes, prefixLast: false);
        return db.Database.SqlQuery<SearchHit>($"""
            SELECT d."PetitionId" AS "PetitionId", 1.0::float8 AS "Rank", 0 AS "Hits", NULL::text AS "Text"
            FROM "PetitionSearchDocuments" AS d
            JOIN "Petitions" AS p ON p."Id" = d."PetitionId"
            WHERE d."NamesVector" @@ to_tsquery('simple', {query}) AND p."ReceivingBodyId" = {body}
            ORDER BY d."Id" DESC LIMIT {limit}
            """);
    }

    public IQueryable<SearchHit>? Similar(AppDbContext db, IReadOnlyList<string> words, int limit)
    {
        var phrase = string.Join(' ', words);
        return db.Database.SqlQuery<SearchHit>($"""
            SELECT d."PetitionId" AS "PetitionId", word_similarity({phrase}, d."Text")::float8 AS "Rank", (COUNT(*) OVER ())::int AS "Hits", NULL::text AS "Text"
            FROM "PetitionSearchDocuments" AS d
            WHERE {phrase} <% d."Text"
            ORDER BY d."Id" DESC LIMIT {limit}
            """);
    }

    // Folded words are letters and digits only; quoted all the same, so no word is read as a tsquery operator.
    private static string Query(IReadOnlyList<string> words, bool prefixLast) =>
        string.Join(" & ", words.Select((w, i) => $"'{w.Replace("'", "", StringComparison.Ordinal)}'{(prefixLast && i == words.Count - 1 ? ":*" : "")}"));
}
