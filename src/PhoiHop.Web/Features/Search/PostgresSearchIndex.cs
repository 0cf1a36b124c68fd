using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Search;

/// <summary>
/// Generated tsvector columns "TextVector" and "NamesVector" ('simple' configuration over unaccented folded text) with
/// GIN indexes, and a pg_trgm GIN index on "Text" for typos (migration Search). Ranked by ts_rank.
/// <para>
/// The words, the body and the bound are written into the statement as literals, not sent as parameters: how to find
/// the newest matches depends on how common the word is (walk the newest documents and test each for a common word, read
/// the index's list for a rare one), and the planner knows that only from the word itself. With parameters, PostgreSQL
/// switches a statement run often to one generic plan for every word (the default 0.5 % guess): at 100k letters that was
/// the index's list for "khiếu" (15,008 documents read, 105 ms a query), and at a million the walk, which for a rare word
/// reads every document. The literals are safe: folded words are letters and digits only, quoted, with any quote doubled.
/// </para>
/// </summary>
public sealed class PostgresSearchIndex : ISearchIndex
{
    // The GIN index finds the matches; only the newest `limit` of them are ranked (ts_rank reads each one's vector, which
    // for a common word was most of the time of a search).
    public IQueryable<SearchHit> Words(AppDbContext db, IReadOnlyList<string> words, int limit, Guid? readableBy = null, bool prefixLast = false)
    {
        var query = Literal(Query(words, prefixLast));
        var bound = limit.ToString(CultureInfo.InvariantCulture);
        string sql;
        if (readableBy is not { } body)
        {
            sql = $"""
                SELECT c."PetitionId" AS "PetitionId", ts_rank(c."TextVector", to_tsquery('simple', {query}))::float8 AS "Rank", (COUNT(*) OVER ())::int AS "Hits", NULL::text AS "Text"
                FROM (SELECT d."PetitionId", d."TextVector" FROM "PetitionSearchDocuments" AS d
                      WHERE d."TextVector" @@ to_tsquery('simple', {query}) ORDER BY d."Id" DESC LIMIT {bound}) AS c
                """;
            return db.Database.SqlQueryRaw<SearchHit>(sql);
        }
        var bodyKey = Literal(body);
        sql = $"""
            SELECT c."PetitionId" AS "PetitionId", ts_rank(c."TextVector", to_tsquery('simple', {query}))::float8 AS "Rank", (COUNT(*) OVER ())::int AS "Hits", NULL::text AS "Text"
            FROM (SELECT d."PetitionId", d."TextVector" FROM "PetitionSearchDocuments" AS d
                  JOIN "Petitions" AS p ON p."Id" = d."PetitionId"
                  WHERE d."TextVector" @@ to_tsquery('simple', {query})
                    AND (p."ReceivingBodyId" = {bodyKey}
                         OR p."CaseId" IN (SELECT o."CaseId" FROM "Petitions" AS o WHERE o."ReceivingBodyId" = {bodyKey}))
                  ORDER BY d."Id" DESC LIMIT {bound}) AS c
            """;
        return db.Database.SqlQueryRaw<SearchHit>(sql);
    }

    // One name word (a surname typed alone is the common case, and the costly one: "lương", "hộ" are in thousands of
    // letters): the newest of the body's letters with it are one range of the name tokens' B-tree (migration NameTokens).
    // Several words: the GIN index intersects their lists, which are then short.
    public IQueryable<SearchHit> Names(AppDbContext db, IReadOnlyList<string> hashes, Guid body, int limit)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        string sql;
        if (hashes.Count == 1)
        {
            sql = $"""
                SELECT t."PetitionId" AS "PetitionId", 1.0::float8 AS "Rank", 0 AS "Hits", NULL::text AS "Text"
                FROM "PetitionNameTokens" AS t
                WHERE t."BodyId" = {Literal(body)} AND t."Token" = {Literal(hashes[0])}
                ORDER BY t."DocumentId" DESC LIMIT {limit.ToString(CultureInfo.InvariantCulture)}
                """;
            return db.Database.SqlQueryRaw<SearchHit>(sql);
        }
        var query = Literal(Query(hashes, prefixLast: false));
        sql = $"""
            SELECT d."PetitionId" AS "PetitionId", 1.0::float8 AS "Rank", 0 AS "Hits", NULL::text AS "Text"
            FROM "PetitionSearchDocuments" AS d
            JOIN "Petitions" AS p ON p."Id" = d."PetitionId"
            WHERE d."NamesVector" @@ to_tsquery('simple', {query}) AND p."ReceivingBodyId" = {Literal(body)}
            ORDER BY d."Id" DESC LIMIT {limit.ToString(CultureInfo.InvariantCulture)}
            """;
        return db.Database.SqlQueryRaw<SearchHit>(sql);
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

    // A SQL string literal: any quote doubled (standard_conforming_strings is on by default, so backslashes are plain).
    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Literal(Guid value) => "'" + value.ToString("D", CultureInfo.InvariantCulture) + "'::uuid";
}
