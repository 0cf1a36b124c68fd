using Microsoft.EntityFrameworkCore;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Search;

/// <summary>
/// FTS5 external-content table "PetitionSearch" over PetitionSearchDocuments (columns text and names, tokenizer
/// unicode61 remove_diacritics 2), kept by triggers (migration Search). bm25 is negative, better first: the rank is its
/// opposite.
/// </summary>
public sealed class SqliteSearchIndex : ISearchIndex
{
    public IQueryable<SearchHit> Words(AppDbContext db, IReadOnlyList<string> words) => Match(db, Expression("text", words, prefixLast: true));

    public IQueryable<SearchHit> Names(AppDbContext db, IReadOnlyList<string> hashes) => Match(db, Expression("names", hashes, prefixLast: false));

    public IQueryable<SearchHit>? Similar(AppDbContext db, IReadOnlyList<string> words) => null;

    private static IQueryable<SearchHit> Match(AppDbContext db, string expression) =>
        db.Database.SqlQuery<SearchHit>($"""
            SELECT d."PetitionId" AS "PetitionId", -bm25("PetitionSearch", 1.0, 1.0) AS "Rank"
            FROM "PetitionSearch" JOIN "PetitionSearchDocuments" AS d ON d."Id" = "PetitionSearch".rowid
            WHERE "PetitionSearch" MATCH {expression}
            """);

    // Folded words are letters and digits only; quoted all the same, so no word is read as an FTS5 operator.
    internal static string Expression(string column, IReadOnlyList<string> words, bool prefixLast) =>
        string.Join(" AND ", words.Select((w, i) => $"{column} : \"{w.Replace("\"", "", StringComparison.Ordinal)}\"{(prefixLast && i == words.Count - 1 ? "*" : "")}"));
}
