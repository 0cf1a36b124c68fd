using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
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
    TimeProvider clock)
{
    private static readonly PetitionFlags[] AllFlagSets = [.. Enumerable.Range(0, 1 << 10).Select(i => (PetitionFlags)i)];

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
        var (found, total) = await FindAsync(user, request, filtered, words, index.Words(db, words), ct);
        if (total == 0 && words.Count > 0 && index.Similar(db, words) is { } similar)
            (found, total) = await FindAsync(user, request, filtered, words, similar, ct);

        var ordered = request.Sort switch
        {
            SearchSort.ReceivedAsc => found.OrderBy(x => x.P.ReceivedOn).ThenBy(x => x.P.Id),
            SearchSort.ReceivedDesc => found.OrderByDescending(x => x.P.ReceivedOn).ThenByDescending(x => x.P.Id),
            SearchSort.DueAsc => found.OrderBy(x => x.P.DueOn == null).ThenBy(x => x.P.DueOn).ThenBy(x => x.P.Id),
            _ => found.OrderByDescending(x => x.Rank).ThenByDescending(x => x.P.ReceivedOn).ThenByDescending(x => x.P.Id),
        };
        var rows = await ordered.Skip((page - 1) * size).Take(size).Select(x => new
        {
            x.P.Id,
            x.P.TrackingCode,
            x.P.ReceivedOn,
            x.P.Subject,
            x.P.Content,
            x.P.Kind,
            x.P.DeclaredKind,
            x.P.Status,
            x.P.Channel,
            x.P.FieldCode,
            BodyCode = db.Bodies.Where(b => b.Id == x.P.ReceivingBodyId).Select(b => b.Code).First(),
            BodyName = db.Bodies.Where(b => b.Id == x.P.ReceivingBodyId).Select(b => b.Name).First(),
            x.P.DueOn,
            x.Rank,
        }).ToListAsync(ct);

        var items = new List<SearchResultRow>(rows.Count);
        foreach (var r in rows)
        {
            var content = r.Content;
            // The excerpt of a denunciation comes from the redacted copy, as on its page for anyone who has not revealed it.
            if (r.Kind == PetitionKind.Denunciation || (r.Kind is null && r.DeclaredKind == PetitionKind.Denunciation))
                content = PetitionSenders.Redact(content, await senders.RevealAsync(r.Id, ct));
            items.Add(new SearchResultRow(r.Id, r.TrackingCode, r.ReceivedOn, r.Subject, SearchSnippet.Html(r.Subject, words, int.MaxValue / 4),
                SearchSnippet.Html(content, words), r.Kind ?? r.DeclaredKind, r.Status, r.Channel, r.FieldCode, r.BodyCode, r.BodyName, r.DueOn,
                r.DueOn is { } due && due < today, r.Rank));
        }
        return new Page<SearchResultRow>(items, total, page, size);
    }

    // Member initialisation rather than a constructor, so that EF can order by Rank.
    private sealed class Found
    {
        public required Petition P { get; init; }
        public double Rank { get; init; }
    }

    private async Task<(IQueryable<Found> Found, int Total)> FindAsync(ClaimsPrincipal user, PetitionSearchRequest request, IQueryable<Petition> filtered,
        IReadOnlyList<string> words, IQueryable<SearchHit> textHits, CancellationToken ct)
    {
        IQueryable<Found> found;
        if (words.Count == 0)
        {
            found = filtered.Select(p => new Found { P = p, Rank = 0.0 });
        }
        else
        {
            var code = TrackingCodes.Normalize(request.Q);
            var body = user.BodyId();
            var mayReveal = PetitionQueries.MayReveal(user);
            var identity = IdentityHits(request.Q!, words);
            // Nullable on the outer side of the left join: a letter found by its code or its senders has no text hit.
            var ranked = textHits.Select(h => new { Id = (Guid?)h.PetitionId, Rank = (double?)h.Rank });
            found = from p in filtered
                    join h in ranked on (Guid?)p.Id equals h.Id into hits
                    from h in hits.DefaultIfEmpty()
                    where h.Id != null || p.TrackingCode == code
                        || (p.ReceivingBodyId == body
                            && (mayReveal || !(p.Kind == PetitionKind.Denunciation || (p.Kind == null && p.DeclaredKind == PetitionKind.Denunciation)))
                            && identity.Contains(p.Id))
                    select new Found { P = p, Rank = (p.TrackingCode == code ? 1000.0 : 0.0) + (h.Rank ?? 0.0) };
        }
        return (found, await found.CountAsync(ct));
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
