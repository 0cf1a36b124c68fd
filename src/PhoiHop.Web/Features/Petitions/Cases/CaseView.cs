using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Petitions.Cases;

public sealed record CaseLetter(
    Guid Id, string TrackingCode, Guid BodyId, string BodyCode, string BodyName, Channel Channel, DateOnly ReceivedOn, PetitionKind? Kind,
    PetitionStatus Status, DateOnly? DueOn, Guid? DuplicateOfId, Guid? ForwardedFromId, PetitionFlags Flags, bool IsMine);

public sealed record CaseEvent(DateTimeOffset At, string TrackingCode, string BodyName, PetitionAction Action, PetitionStatus From, PetitionStatus To,
    string ActorName, string? Reason);

/// <summary>The figures of a matter that the statistics count (issue #5 item 4; RULES.md 2.5).</summary>
public sealed record CaseCounts(int Letters, int Bodies, int Duplicates, int SentToMany, int Repeated, int Forwarded);

/// <summary>One matter across bodies and time: its letters, who leads, each body's status and due date, the joint timeline.</summary>
public sealed record CaseDetails(Guid Id, DateTimeOffset OpenedAt, Guid? LeadBodyId, string? LeadBodyName, IReadOnlyList<CaseLetter> Letters,
    IReadOnlyList<CaseEvent> Timeline, CaseCounts Counts);

public sealed class CaseView(AppDbContext db, PetitionQueries queries)
{
    /// <summary>The matter, for a reader who holds one of its letters; null otherwise (no hint that it exists).</summary>
    public async Task<CaseDetails?> GetAsync(ClaimsPrincipal user, Guid caseId, CancellationToken ct)
    {
        var letters = await queries.Readable(user).AsNoTracking().Include(p => p.Transitions)
            .Where(p => p.CaseId == caseId).AsSplitQuery().ToListAsync(ct);
        if (letters.Count == 0)
            return null;
        var matter = await db.PetitionCases.AsNoTracking().SingleAsync(c => c.Id == caseId, ct);
        var bodyIds = letters.Select(p => p.ReceivingBodyId).Append(matter.LeadBodyId ?? Guid.Empty).Distinct().ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        var body = user.BodyId();

        var rows = letters.OrderBy(p => p.RegisteredAt).Select(p => new CaseLetter(p.Id, p.TrackingCode, p.ReceivingBodyId,
            bodies[p.ReceivingBodyId].Code, bodies[p.ReceivingBodyId].Name, p.Channel, p.ReceivedOn, p.Kind ?? p.DeclaredKind, p.Status, p.DueOn,
            p.DuplicateOfId, p.ForwardedFromId, p.Flags, p.ReceivingBodyId == body)).ToList();
        var timeline = letters.SelectMany(p => p.Transitions.Select(t => new CaseEvent(t.At, p.TrackingCode, bodies[p.ReceivingBodyId].Name,
                t.Action, t.From, t.To, t.ActorName, t.Reason)))
            .OrderBy(e => e.At).ThenBy(e => e.TrackingCode, StringComparer.Ordinal).ToList();
        var counts = new CaseCounts(
            Letters: letters.Count,
            Bodies: letters.Select(p => p.ReceivingBodyId).Distinct().Count(),
            Duplicates: letters.Count(p => p.DuplicateOfId is not null),
            SentToMany: letters.Count(p => p.Flags.HasFlag(PetitionFlags.SentToMany)),
            Repeated: letters.Count(p => p.Flags.HasFlag(PetitionFlags.Duplicate)),
            Forwarded: letters.Count(p => p.ForwardedFromId is not null));
        return new CaseDetails(matter.Id, matter.OpenedAt, matter.LeadBodyId,
            matter.LeadBodyId is { } lead && bodies.TryGetValue(lead, out var leader) ? leader.Name : null, rows, timeline, counts);
    }
}
