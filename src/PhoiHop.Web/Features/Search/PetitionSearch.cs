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
    IOptions<SearchOptions> options, TimeProvider clock)
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
            var (found, hits) = await FindAsync(user, request, filtered, words, index.Words(db, words, maxCandidates), ct);
            // A common word: the index's first candidates may be mostly other bodies' letters, too few of them readable to
            // fill the page asked for. Choose them again among the letters this reader's body may read (slower: the scope
            // is joined to every match), so a body's own letters are not hidden by the others'.
            if ((hits is null || hits >= maxCandidates) && found.Count < page * size && user.BodyId() is { } body)
                (found, hits) = await FindAsync(user, request, filtered, words, index.Words(db, words, maxCandidates, body), ct);
            if (found.Count == 0 && index.Similar(db, words, maxCandidates) is { } similar)
                (found, hits) = await FindAsync(user, request, filtered, words, similar, ct);
            var more = hits >= maxCandidates;
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

        var items = new List<SearchResultRow>(pageIds.Count);
        foreach (var r in pageIds.Where(loaded.ContainsKey).Select(id => loaded[id]))
        {
            var content = r.Content;
            // The excerpt of a denunciation comes from the redacted copy, as on its page for anyone who has not revealed it.
            if (r.Kind == PetitionKind.Denunciation || (r.Kind is null && r.DeclaredKind == PetitionKind.Denunciation))
                content = PetitionSenders.Redact(content, await senders.RevealAsync(r.Id, ct));
            items.Add(new SearchResultRow(r.Id, r.TrackingCode, r.ReceivedOn, r.Subject, SearchSnippet.Html(r.Subject, words, int.MaxValue / 4),
                SearchSnippet.Html(content, words), r.Kind ?? r.DeclaredKind, r.Status, r.Channel, r.FieldCode, r.BodyCode, r.BodyName, r.DueOn,
                r.DueOn is { } due && due < today, ranks.GetValueOrDefault(r.Id)));
        }
        return new Page<SearchResultRow>(items, total, page, size) { TotalIsCapped = capped };
    }

    private sealed record Found(Guid Id, DateOnly ReceivedOn, DateOnly? DueOn, double Rank);

    /// <summary>
    /// The readable, filtered letters found by their words (the index's candidates joined to the letters in one query),
    /// their tracking code or, for those who may see it, their senders' identity; and how many candidates the index
    /// returned before access and filters (null when none of them was kept, so that number is unknown).
    /// </summary>
    private async Task<(List<Found> Found, int? Hits)> FindAsync(ClaimsPrincipal user, PetitionSearchRequest request, IQueryable<Petition> filtered,
        IReadOnlyList<string> words, IQueryable<SearchHit> textHits, CancellationToken ct)
    {
        var rows = await (from h in textHits
                          join p in filtered on h.PetitionId equals p.Id
                          select new { p.Id, p.ReceivedOn, p.DueOn, h.Rank, h.Hits }).ToListAsync(ct);
        int? hits = rows.Count == 0 ? null : rows[0].Hits;
        var rank = new Dictionary<Guid, double>(rows.Count);
        var found = new List<Found>(rows.Count);
        foreach (var r in rows)
        {
            if (rank.TryAdd(r.Id, r.Rank))
                found.Add(new Found(r.Id, r.ReceivedOn, r.DueOn, 0.0));
        }

        if (TrackingCodes.Normalize(request.Q) is { } code)
        {
            var byCode = await filtered.Where(p => p.TrackingCode == code).Select(p => new Found(p.Id, p.ReceivedOn, p.DueOn, 0.0)).ToListAsync(ct);
            foreach (var f in byCode)
                rank[f.Id] = 1000.0 + rank.GetValueOrDefault(f.Id);
            found.AddRange(byCode);
        }

        var body = user.BodyId();
        var mayReveal = PetitionQueries.MayReveal(user);
        var identity = IdentityHits(request.Q!, words);
        found.AddRange(await filtered
            .Where(p => p.ReceivingBodyId == body
                && (mayReveal || !(p.Kind == PetitionKind.Denunciation || (p.Kind == null && p.DeclaredKind == PetitionKind.Denunciation)))
                && identity.Contains(p.Id))
            .Select(p => new Found(p.Id, p.ReceivedOn, p.DueOn, 0.0)).ToListAsync(ct));

        return ([.. found.DistinctBy(f => f.Id).Select(f => f with { Rank = rank.GetValueOrDefault(f.Id) })], hits);
    }

    /// <summary>The letters whose senders match the query as a name (every word), an ID number or a phone, by their keyed hashes only.</summary>
    private IQueryable<Guid> IdentityHits(string query, IReadOnlyList<string> words)
    {
        var hits = index.Names(db, [.. words.Select(documents.NameHash)]).Select(h => h.PetitionId);
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
