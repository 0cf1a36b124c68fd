using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Petitions;

/// <summary>The work queues of RULES.md 13 and issue #4: mine, my body's, due soon, overdue, waiting for another body.</summary>
public enum PetitionWorklist
{
    Body = 0,
    Mine = 1,
    Unassigned = 2,
    DueSoon = 3,
    Overdue = 4,
    Waiting = 5,
    Closed = 6,
    Followed = 7,
}

public enum PetitionSort
{
    ReceivedDesc = 0,
    ReceivedAsc = 1,
    DueAsc = 2,
}

public sealed record PetitionFilter
{
    public PetitionWorklist Queue { get; init; }
    public PetitionStatus? Status { get; init; }
    public PetitionKind? Kind { get; init; }
    public Channel? Channel { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Code { get; init; }
    public PetitionSort Sort { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}

public sealed record PetitionRow(
    Guid Id, string TrackingCode, DateOnly ReceivedOn, string Subject, PetitionKind? Kind, PetitionKind? DeclaredKind, PetitionStatus Status,
    Channel Channel, Guid ReceivingBodyId, string ReceivingBodyName, string ReceivingBodyCode, Guid? AssigneeId, string? AssigneeName,
    DateOnly? DueOn, Guid CaseId);

public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>True when <see cref="Total"/> counts only a bounded set of candidates and there are more (search).</summary>
    public bool TotalIsCapped { get; init; }
}

/// <summary>
/// Every read of letters goes through here, scoped to the reader: a body's staff see the letters their body received,
/// and the other bodies' letters of the same matter (the forwarding body follows the copy it sent, and the reverse).
/// </summary>
public sealed class PetitionQueries(AppDbContext db, TimeProvider clock)
{
    public const int DueSoonWorkingDays = 3;
    public const int MaxPageSize = 200;

    public static readonly PetitionStatus[] WaitingStatuses =
        [PetitionStatus.ForwardedWithRecommendation, PetitionStatus.AwaitingAnswer, PetitionStatus.EscalatedToSupervision];

    /// <summary>The letters a person may read; none without the read permission or a body.</summary>
    public IQueryable<Petition> Readable(ClaimsPrincipal user)
    {
        if (user.BodyId() is not { } body || !PetitionsPermissions.Has(user, PetitionsPermissions.Read))
            return db.Petitions.Where(_ => false);
        return db.Petitions.Where(p => p.ReceivingBodyId == body || db.Petitions.Any(o => o.CaseId == p.CaseId && o.ReceivingBodyId == body));
    }

    public Task<Petition?> FindReadableAsync(ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        Readable(user).Include(p => p.Transitions).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>Only the receiving body's staff act on its letter; the others of the matter follow it.</summary>
    public static bool IsOwnBody(ClaimsPrincipal user, Petition petition) => user.BodyId() == petition.ReceivingBodyId;

    /// <summary>
    /// Whether the senders may be shown. A denouncer's identity is sealed (<see cref="IsIdentitySealed"/>): only the
    /// receiving body's intake officers, resolvers and leaders, after stating a reason (each reveal audited); verifiers
    /// never (RULES.md 4.7, 13.9). Other letters: the receiving body's staff with the read permission.
    /// </summary>
    public static bool MaySeeIdentity(ClaimsPrincipal user, Petition petition, bool revealedWithReason) =>
        IsOwnBody(user, petition) && (!IsIdentitySealed(petition) || (revealedWithReason && MayReveal(user)));

    public static bool MayReveal(ClaimsPrincipal user) =>
        new[] { Organizations.Roles.ReceptionOfficer, Organizations.Roles.Resolver, Organizations.Roles.Leader }.Any(user.IsInRole);

    /// <summary>
    /// The letters whose senders are protected as denouncers (Luật Tố cáo 2018, Điều 8(3), 47, 56): a denunciation (as
    /// classified, or as declared until then), and a letter that holds one without being one
    /// (<see cref="Petition.DenouncerProtected"/>: split with a denunciation part, or of the family, by splits and
    /// forwarding, of a letter that holds one).
    /// Their identity is hidden unless revealed with a reason, their text redacted, their files sealed, and they are not
    /// found by their senders except by those who may reveal. The one rule, for queries and for a loaded letter alike.
    /// </summary>
    public static readonly Expression<Func<Petition, bool>> IdentitySealed = p =>
        p.Kind == PetitionKind.Denunciation || (p.Kind == null && p.DeclaredKind == PetitionKind.Denunciation) || p.DenouncerProtected;

    /// <summary>The letters whose identity is not sealed: the negation of <see cref="IdentitySealed"/>, for queries.</summary>
    public static readonly Expression<Func<Petition, bool>> IdentityOpen =
        Expression.Lambda<Func<Petition, bool>>(Expression.Not(IdentitySealed.Body), IdentitySealed.Parameters);

    private static readonly Func<Petition, bool> Sealed = IdentitySealed.Compile();

    /// <summary><see cref="IdentitySealed"/> for a loaded letter.</summary>
    public static bool IsIdentitySealed(Petition petition) => Sealed(petition);

    public async Task<Page<PetitionRow>> ListAsync(ClaimsPrincipal user, PetitionFilter filter, WorkingCalendarView? calendar, CancellationToken ct)
    {
        var today = Display.VietnamToday(clock);
        var me = user.UserId();
        var q = Queue(user, filter.Queue);
        q = filter.Queue switch
        {
            PetitionWorklist.Mine => q.Where(p => p.AssigneeId == me),
            PetitionWorklist.Unassigned => q.Where(p => p.AssigneeId == null && p.DueOn != null),
            PetitionWorklist.DueSoon => q.Where(p => p.DueOn != null && p.DueOn >= today
                && p.DueOn <= (calendar == null ? today.AddDays(DueSoonWorkingDays) : calendar.DueSoonLimit)),
            PetitionWorklist.Overdue => q.Where(p => p.DueOn != null && p.DueOn < today),
            PetitionWorklist.Waiting => q.Where(p => WaitingStatuses.Contains(p.Status)),
            PetitionWorklist.Closed => q.Where(p => p.DueOn == null),
            _ => q,
        };
        if (filter.Status is { } status)
            q = q.Where(p => p.Status == status);
        if (filter.Kind is { } kind)
            q = q.Where(p => p.Kind == kind || (p.Kind == null && p.DeclaredKind == kind));
        if (filter.Channel is { } channel)
            q = q.Where(p => p.Channel == channel);
        if (filter.From is { } from)
            q = q.Where(p => p.ReceivedOn >= from);
        if (filter.To is { } to)
            q = q.Where(p => p.ReceivedOn <= to);
        if (TrackingCodes.Normalize(filter.Code) is { } code)
            q = q.Where(p => p.TrackingCode == code);

        var total = await q.CountAsync(ct);
        var size = Math.Clamp(filter.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, filter.Page);
        var skip = (page - 1) * size;
        List<PetitionRow> rows;
        if (filter.Sort == PetitionSort.DueAsc)
        {
            // Letters with a due date first, nearest first, then the others. Two ordered reads rather than one
            // "ORDER BY DueOn IS NULL, DueOn": the expression would keep the databases off the (body, DueOn, Id) index,
            // and the two engines place NULLs differently.
            var dated = q.Where(p => p.DueOn != null);
            var datedCount = skip < total ? await dated.CountAsync(ct) : 0;
            rows = skip < datedCount
                ? await PageAsync(dated.OrderBy(p => p.DueOn).ThenBy(p => p.Id).Skip(skip).Take(size), ct)
                : [];
            if (rows.Count < size && skip + rows.Count < total)
            {
                rows.AddRange(await PageAsync(q.Where(p => p.DueOn == null).OrderBy(p => p.Id)
                    .Skip(Math.Max(0, skip - datedCount)).Take(size - rows.Count), ct));
            }
        }
        else
        {
            var ordered = filter.Sort == PetitionSort.ReceivedAsc
                ? q.OrderBy(p => p.ReceivedOn).ThenBy(p => p.Id)
                : q.OrderByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Id);
            rows = await PageAsync(ordered.Skip(skip).Take(size), ct);
        }
        return new Page<PetitionRow>(rows, total, page, size);
    }

    /// <summary>
    /// A page in two reads: its keys, in order, from the queue's index alone (the letters skipped and sorted past are
    /// never read), then its rows by key. In one read SQLite carried every column of each letter it sorted or skipped:
    /// the overdue queue sorted by date received read all 16k overdue letters of a body of 580k (116 ms) for 20 rows.
    /// </summary>
    private async Task<List<PetitionRow>> PageAsync(IQueryable<Petition> page, CancellationToken ct)
    {
        var ids = await page.Select(p => p.Id).ToListAsync(ct);
        if (ids.Count == 0)
            return [];
        var rows = await Rows(db.Petitions.Where(p => ids.Contains(p.Id))).ToDictionaryAsync(r => r.Id, ct);
        return [.. ids.Where(rows.ContainsKey).Select(id => rows[id])];
    }

    /// <summary>
    /// The letters of one queue. Every queue but <see cref="PetitionWorklist.Followed"/> is the body's own letters, a
    /// plain predicate on the receiving body that the (body, …) indexes serve; only the followed queue looks across
    /// matters. (<see cref="Readable"/> joins both with OR, which no index serves: 0.8 s per page at a million letters.)
    /// </summary>
    private IQueryable<Petition> Queue(ClaimsPrincipal user, PetitionWorklist queue)
    {
        if (user.BodyId() is not { } body || !PetitionsPermissions.Has(user, PetitionsPermissions.Read))
            return db.Petitions.Where(_ => false);
        return queue == PetitionWorklist.Followed
            ? db.Petitions.Where(p => p.ReceivingBodyId != body && db.Petitions.Any(o => o.CaseId == p.CaseId && o.ReceivingBodyId == body))
            : db.Petitions.Where(p => p.ReceivingBodyId == body);
    }

    private IQueryable<PetitionRow> Rows(IQueryable<Petition> q) =>
        q.Select(p => new PetitionRow(p.Id, p.TrackingCode, p.ReceivedOn, p.Subject, p.Kind, p.DeclaredKind, p.Status, p.Channel,
            p.ReceivingBodyId,
            db.Bodies.Where(b => b.Id == p.ReceivingBodyId).Select(b => b.Name).First(),
            db.Bodies.Where(b => b.Id == p.ReceivingBodyId).Select(b => b.Code).First(),
            p.AssigneeId,
            db.Users.Where(u => u.Id == p.AssigneeId).Select(u => u.FullName).FirstOrDefault(),
            p.DueOn, p.CaseId));

    /// <summary>The other letters of the same matter, across bodies, for the petition page.</summary>
    public async Task<List<PetitionRow>> CaseAsync(ClaimsPrincipal user, Petition petition, CancellationToken ct) =>
        await Readable(user).Where(p => p.CaseId == petition.CaseId && p.Id != petition.Id)
            .OrderBy(p => p.RegisteredAt)
            .Select(p => new PetitionRow(p.Id, p.TrackingCode, p.ReceivedOn, p.Subject, p.Kind, p.DeclaredKind, p.Status, p.Channel,
                p.ReceivingBodyId,
                db.Bodies.Where(b => b.Id == p.ReceivingBodyId).Select(b => b.Name).First(),
                db.Bodies.Where(b => b.Id == p.ReceivingBodyId).Select(b => b.Code).First(),
                p.AssigneeId, null, p.DueOn, p.CaseId))
            .ToListAsync(ct);
}

/// <summary>The date up to which a deadline counts as due soon (a number of working days ahead).</summary>
public sealed record WorkingCalendarView(DateOnly DueSoonLimit);
