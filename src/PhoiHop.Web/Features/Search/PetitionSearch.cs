using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PhoiHop.Common;
using PhoiHop.Features.Petitions;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;
using PhoiHop.Infrastructure.Security;

namespace PhoiHop.Features.Search;

public sealed record SearchResultRow(
    Guid Id, string TrackingCode, DateOnly ReceivedOn, string Subject, string SubjectHtml, string SnippetHtml, PetitionKind? Kind,
    PetitionStatus Status, Channel Channel, string? FieldCode, string ReceivingBodyCode, string ReceivingBodyName, DateOnly? DueOn, bool IsOverdue,
    double Rank);

/// <summary>
/// The search box: words (with or without diacritics, either tone-mark placement), a tracking code, an ID number, a
/// phone or a sender's name, within the letters the reader may read (<see cref="PetitionQueries.Readable"/>), filtered,
/// ranked and paged.
/// <para>
/// Identity rule: a letter is found by its senders' name, ID number or phone only for the staff of the body that
/// received it, and a denunciation only for those of them who may reveal a denouncer (<see cref="PetitionQueries.MayReveal"/>):
/// anyone else could otherwise learn who denounced by trying names (Luật Tố cáo 2018, Điều 8(3), 47(1)(b)). Other
/// bodies following the matter find it by its words, tracking code, place or parcel, and a denunciation's words are
/// indexed redacted (<see cref="SearchDocuments"/>).
/// </para>
/// </summary>
public sealed class PetitionSearch(
    AppDbContext db, PetitionQueries queries, PetitionSenders senders, SearchDocuments documents, ISearchIndex index, PersonalDataCipher cipher,
    IOptions<SearchOptions> options, TimeProvider clock, OwnConnections connections)
{
    private static readonly PetitionFlags[] AllFlagSets = [.. Enumerable.Range(0, 1 << 10).Select(i => (PetitionFlags)i)];

    private readonly int maxCandidates = Math.Max(1, options.Value.MaxCandidates);

    public async Task<Page<SearchResultRow>> SearchAsync(ClaimsPrincipal user, PetitionSearchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var words = SearchText.Tokens(request.Q);
        var size = Math.Clamp(request.PageSize, 1, PetitionSearchRequest.MaxPageSize);
        var page = Math.Max(1, request.Page);
        if (words.Count == 0 && !request.HasCriteria)
            return new Page<SearchResultRow>([], 0, page, size);

        var today = Display.VietnamToday(clock);
        var filtered = Filter(queries.Readable(user), request, today);
        List<Guid> pageIds;
        Dictionary<Guid, double> ranks;
        int total;
        var capped = false;
        if (words.Count == 0)
        {
            total = await filtered.CountAsync(ct);
            var ordered = request.Sort switch
            {
                SearchSort.ReceivedAsc => filtered.OrderBy(p => p.ReceivedOn).ThenBy(p => p.Id),
                SearchSort.DueAsc => filtered.OrderBy(p => p.DueOn == null).ThenBy(p => p.DueOn).ThenBy(p => p.Id),
                _ => filtered.OrderByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Id),
            };
            pageIds = await ordered.Skip((page - 1) * size).Take(size).Select(p => p.Id).ToListAsync(ct);
            ranks = [];
        }
        else
        {
            // The words as typed first; only when they find nothing, the last one as a prefix too (an unfinished word:
            // "tranh cha" for "tranh chấp"). A syllable typed whole is the common case, and its prefix costs much more
            // (SQLite merges the lists of every word it begins, 2 → 58 ms for "khieu" at a million letters) and finds
            // other syllables ("thu" → "thuế", "thuỷ").
            // The code and identity hits are read beside the words, on a connection of their own: the two index reads
            // took one after the other most of a one-word search at a million letters (PostgreSQL: 26 + 16 ms).
            using var failed = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var othersTask = connections.RunAsync(
                (services, token) => services.GetRequiredService<PetitionSearch>().OtherHitsAsync(user, request, words, token), failed);
            var wordsTask = WordsFirstAsync();
            await Task.WhenAll(othersTask, wordsTask);
            var extra = await othersTask;
            var (found, hits) = await wordsTask;
            if (found.Count == 0 && extra.Count == 0 && index.Similar(db, words, maxCandidates) is { } similar)
                (found, hits) = await TextAsync(filtered, similar, words, prefix: false, ct);

            var more = hits >= maxCandidates;
            found = Merge(found, extra);
            total = found.Count;
            capped = more;
            IEnumerable<Found> ordered = request.Sort switch
            {
                SearchSort.ReceivedAsc => found.OrderBy(x => x.ReceivedOn).ThenBy(x => x.Id),
                SearchSort.ReceivedDesc => found.OrderByDescending(x => x.ReceivedOn).ThenByDescending(x => x.Id),
                SearchSort.DueAsc => found.OrderBy(x => x.DueOn == null).ThenBy(x => x.DueOn).ThenBy(x => x.Id),
                _ => found.OrderByDescending(x => x.Rank).ThenByDescending(x => x.ReceivedOn).ThenByDescending(x => x.Id),
            };
            pageIds = [.. ordered.Skip((page - 1) * size).Take(size).Select(x => x.Id)];
            ranks = found.ToDictionary(x => x.Id, x => x.Rank);

            // The words as typed, then as a prefix; a failure cancels the identity read beside it.
            async Task<(List<Found>, int?)> WordsFirstAsync()
            {
                try
                {
                    var first = await WordsAsync(user, filtered, words, prefix: false, page * size, failed.Token);
                    return first.Found.Count > 0 ? first : await WordsAsync(user, filtered, words, prefix: true, page * size, failed.Token);
                }
                catch
                {
                    await failed.CancelAsync();
                    throw;
                }
            }
        }

        var loaded = await db.Petitions.Where(p => pageIds.Contains(p.Id)).Select(p => new
        {
            p.Id,
            p.TrackingCode,
            p.ReceivedOn,
            p.Subject,
            p.Content,
            p.Kind,
            p.DeclaredKind,
            p.Status,
            p.Channel,
            p.FieldCode,
            BodyCode = db.Bodies.Where(b => b.Id == p.ReceivingBodyId).Select(b => b.Code).First(),
            BodyName = db.Bodies.Where(b => b.Id == p.ReceivingBodyId).Select(b => b.Name).First(),
            p.DueOn,
        }).ToDictionaryAsync(r => r.Id, ct);

        // The excerpt of a letter whose identity is sealed comes from the redacted copy, as on its page for anyone who has
        // not revealed it.
        var sealedIds = await db.Petitions.Where(p => pageIds.Contains(p.Id)).Where(PetitionQueries.IdentitySealed).Select(p => p.Id).ToListAsync(ct);
        var items = new List<SearchResultRow>(pageIds.Count);
        foreach (var r in pageIds.Where(loaded.ContainsKey).Select(id => loaded[id]))
        {
            var content = r.Content;
            if (sealedIds.Contains(r.Id))
                content = PetitionSenders.Redact(content, await senders.RevealAsync(r.Id, ct));
            items.Add(new SearchResultRow(r.Id, r.TrackingCode, r.ReceivedOn, r.Subject, SearchSnippet.Html(r.Subject, words, int.MaxValue / 4),
                SearchSnippet.Html(content, words), r.Kind ?? r.DeclaredKind, r.Status, r.Channel, r.FieldCode, r.BodyCode, r.BodyName, r.DueOn,
                r.DueOn is { } due && due < today, ranks.GetValueOrDefault(r.Id)));
        }
        return new Page<SearchResultRow>(items, total, page, size) { TotalIsCapped = capped };
    }

    private sealed record Found(Guid Id, DateOnly ReceivedOn, DateOnly? DueOn, double Rank);

    /// <summary>
    /// The readable, filtered letters found by their words, and how many candidates the index returned before access and
    /// filters (null when none of them was kept, so that number is unknown). A common word: the index's first candidates
    /// may be mostly other bodies' letters, too few of them readable to fill the page asked for; they are then chosen
    /// again among the letters this reader's body may read (slower: the scope is joined to every match), so a body's own
    /// letters are not hidden by the others'.
    /// </summary>
    private async Task<(List<Found> Found, int? Hits)> WordsAsync(
        ClaimsPrincipal user, IQueryable<Petition> filtered, IReadOnlyList<string> words, bool prefix, int wanted, CancellationToken ct)
    {
        var (found, hits) = await TextAsync(filtered, index.Words(db, words, maxCandidates, null, prefix), words, prefix, ct);
        if ((hits is null || hits >= maxCandidates) && found.Count < wanted && user.BodyId() is { } body)
            (found, hits) = await TextAsync(filtered, index.Words(db, words, maxCandidates, body, prefix), words, prefix, ct);
        return (found, hits);
    }

    /// <summary>
    /// The index's candidates joined to the readable, filtered letters in one query, with their rank (the database's, or
    /// computed here from the texts it sent back).
    /// </summary>
    private static async Task<(List<Found> Found, int? Hits)> TextAsync(
        IQueryable<Petition> filtered, IQueryable<SearchHit> textHits, IReadOnlyList<string> words, bool prefix, CancellationToken ct)
    {
        var rows = (await (from h in textHits
                           join p in filtered on h.PetitionId equals p.Id
                           select new { p.Id, p.ReceivedOn, p.DueOn, h.Rank, h.Hits, h.Text }).ToListAsync(ct))
            .DistinctBy(r => r.Id).ToList();
        int? hits = rows.Count == 0 ? null : rows[0].Hits;
        var ranks = rows.Count > 0 && rows[0].Text is not null
            ? SearchRank.Scores([.. rows.Select(r => r.Text ?? "")], words, prefix)
            : [.. rows.Select(r => r.Rank)];
        return ([.. rows.Select((r, i) => new Found(r.Id, r.ReceivedOn, r.DueOn, ranks[i]))], hits);
    }

    /// <summary>
    /// The readable, filtered letters found by their tracking code (ranked first) or, for those who may see it, their
    /// senders' identity.
    /// </summary>
    private async Task<List<Found>> OtherHitsAsync(ClaimsPrincipal user, PetitionSearchRequest request, IReadOnlyList<string> words, CancellationToken ct)
    {
        var filtered = Filter(queries.Readable(user), request, Display.VietnamToday(clock));
        var found = new List<Found>();
        if (TrackingCodes.Normalize(request.Q) is { } code)
            found.AddRange(await filtered.Where(p => p.TrackingCode == code).Select(p => new Found(p.Id, p.ReceivedOn, p.DueOn, CodeRank)).ToListAsync(ct));

        if (user.BodyId() is not { } body)
            return found;
        // The identity's hits drive the join (as the words' do): tested as "Id IN (hits)", SQLite walked every letter of
        // the body to test each against them (150–300 ms at a million letters), though they are few or none.
        var byIdentity = from id in IdentityHits(request.Q!, words, body)
                         join p in filtered on id equals p.Id
                         where p.ReceivingBodyId == body
                         select p;
        if (!PetitionQueries.MayReveal(user))
            byIdentity = byIdentity.Where(PetitionQueries.IdentityOpen);
        found.AddRange(await byIdentity.Select(p => new Found(p.Id, p.ReceivedOn, p.DueOn, 0.0)).ToListAsync(ct));
        return found;
    }

    private const double CodeRank = 1000.0;

    /// <summary>The letters found by words and the others, once each; a letter found by its code is ranked above the rest.</summary>
    private static List<Found> Merge(List<Found> byWords, List<Found> others)
    {
        var rank = byWords.ToDictionary(f => f.Id, f => f.Rank);
        var merged = new Dictionary<Guid, Found>(byWords.Count + others.Count);
        foreach (var f in byWords)
            merged[f.Id] = f;
        foreach (var f in others)
        {
            var r = f.Rank + rank.GetValueOrDefault(f.Id);
            if (!merged.TryGetValue(f.Id, out var m) || m.Rank < r)
                merged[f.Id] = f with { Rank = r };
        }
        return [.. merged.Values];
    }

    /// <summary>The letters whose senders match the query as a name (every word), an ID number or a phone, by their keyed hashes only.</summary>
    private IQueryable<Guid> IdentityHits(string query, IReadOnlyList<string> words, Guid body)
    {
        var hits = index.Names(db, [.. words.Select(documents.NameHash)], body, maxCandidates).Select(h => h.PetitionId);
        var today = Display.VietnamToday(clock);
        if (CitizenIdNumber.TryParse(query, today, out var id, out _))
        {
            var idIndex = cipher.BlindIndex(id);
            hits = hits.Concat(db.Set<PetitionSender>().Where(s => s.IdNumberIndex == idIndex).Select(s => s.PetitionId));
        }
        if (PhoneNumber.TryParse(query, out var phone, out _))
        {
            var phoneIndex = cipher.BlindIndex(phone);
            hits = hits.Concat(db.Set<PetitionSender>().Where(s => s.PhoneIndex == phoneIndex).Select(s => s.PetitionId));
        }
        return hits;
    }

    private IQueryable<Petition> Filter(IQueryable<Petition> q, PetitionSearchRequest r, DateOnly today)
    {
        if (r.Kind is { } kind)
            q = q.Where(p => p.Kind == kind || (p.Kind == null && p.DeclaredKind == kind));
        if (r.FieldCode is { } field)
            q = q.Where(p => p.FieldCode != null && (p.FieldCode == field || p.FieldCode.StartsWith(field + ".")));
        if (r.BodyCode is { } bodyCode)
            q = q.Where(p => db.Bodies.Any(b => b.Id == p.ReceivingBodyId && b.Code == bodyCode));
        if (r.Status is { } status)
            q = q.Where(p => p.Status == status);
        if (r.Channel is { } channel)
            q = q.Where(p => p.Channel == channel);
        if (r.From is { } from)
            q = q.Where(p => p.ReceivedOn >= from);
        if (r.To is { } to)
            q = q.Where(p => p.ReceivedOn <= to);
        if (r.Overdue)
            q = q.Where(p => p.DueOn != null && p.DueOn < today);
        if (r.Flag is { } flag)
        {
            // Flags are stored by name ("MultiPerson, Anonymous"): the sets that include the flag, as values.
            var sets = AllFlagSets.Where(f => f.HasFlag(flag)).ToArray();
            q = q.Where(p => sets.Contains(p.Flags));
        }
        return q;
    }
}
