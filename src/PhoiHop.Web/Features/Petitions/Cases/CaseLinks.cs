using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Notifications;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Petitions.Cases;

public enum LinkStatus
{
    Done,
    NotFound,
    Forbidden,
    Refused,
}

public sealed record LinkOutcome(LinkStatus Status, CaseLink? Link = null, DomainError? Error = null);

public static class CaseLinkErrors
{
    public static readonly DomainError SameLetter = new("case_link.same_letter", "Errors.CaseLink.SameLetter");
    public static readonly DomainError AlreadyOneMatter = new("case_link.already_one_matter", "Errors.CaseLink.AlreadyOneMatter");
    public static readonly DomainError NotACandidate = new("case_link.not_a_candidate", "Errors.CaseLink.NotACandidate");
    public static readonly DomainError AlreadyUndone = new("case_link.already_undone", "Errors.CaseLink.AlreadyUndone");
    public static readonly DomainError MatterChanged = new("case_link.matter_changed", "Errors.CaseLink.MatterChanged");
}

/// <summary>
/// A handler's "same matter" / "different" on a duplicate candidate (issue #5). Same matter: the letter's whole matter
/// joins the other letter's, the matter led by the body competent to resolve (or else the older) being kept; the letter
/// is linked to the one it repeats with the flag the law counts; the other bodies of the matter are told. Every judgement
/// is audited and can be undone by the body that made it.
/// </summary>
public sealed class CaseLinks(AppDbContext db, TimeProvider clock, AuditActor actor, PetitionQueries queries, Notifier notifier)
{
    public async Task<LinkOutcome> DecideAsync(ClaimsPrincipal user, Guid petitionId, Guid otherId, CaseLinkDecision decision,
        DuplicateEvidence evidence, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var petition = await queries.FindReadableAsync(user, petitionId, ct);
        if (petition is null)
            return new(LinkStatus.NotFound);
        if (!MayDecide(user, petition))
            return new(LinkStatus.Forbidden);
        if (petitionId == otherId)
            return new(LinkStatus.Refused, Error: CaseLinkErrors.SameLetter);
        // The other letter may be at any body: the handler saw it as a candidate, which is all they learn of it here.
        var other = await db.Petitions.SingleOrDefaultAsync(p => p.Id == otherId, ct);
        if (other is null || !evidence.IsCandidate)
            return new(LinkStatus.Refused, Error: CaseLinkErrors.NotACandidate);

        var now = clock.GetUtcNow();
        var by = user.UserId() ?? Guid.Empty;
        CaseLink link;
        if (decision == CaseLinkDecision.Different)
        {
            link = CaseLink.Different(petition, other, evidence.Score, evidence.Reasons, by, now);
            actor.Reason = $"Khác vụ việc với đơn {other.TrackingCode}";
        }
        else
        {
            if (petition.CaseId == other.CaseId)
                return new(LinkStatus.Refused, Error: CaseLinkErrors.AlreadyOneMatter);
            var cases = await db.PetitionCases.Where(c => c.Id == petition.CaseId || c.Id == other.CaseId).ToListAsync(ct);
            var mine = cases.Single(c => c.Id == petition.CaseId);
            var theirs = cases.Single(c => c.Id == other.CaseId);
            // Kept: the matter a competent body leads; else the older one.
            var keep = theirs.LeadBodyId is not null || (mine.LeadBodyId is null && theirs.OpenedAt <= mine.OpenedAt) ? theirs : mine;
            var leave = keep == theirs ? mine : theirs;
            var moving = await db.Petitions.Where(p => p.CaseId == leave.Id).ToListAsync(ct);
            foreach (var letter in moving)
                letter.JoinCase(keep.Id);
            if (leave.LeadBodyId is { } lead)
                keep.LedBy(lead);
            link = CaseLink.SameMatter(petition, other, leave.Id, keep.Id, moving.Select(p => p.Id), evidence.Score, evidence.Reasons, by, now);
            petition.MarkRepeatOf(other);
            actor.Reason = $"Cùng vụ việc với đơn {other.TrackingCode}";
            await TellOtherBodiesAsync(petition, other, [mine.Id, theirs.Id], keep.Id, ct);
        }
        db.Add(link);
        await db.SaveChangesAsync(ct);
        return new(LinkStatus.Done, link);
    }

    /// <summary>Undoes a judgement: the letters that moved go back to their matter, the letter's link and flags as before.</summary>
    public async Task<LinkOutcome> UndoAsync(ClaimsPrincipal user, Guid petitionId, Guid linkId, CancellationToken ct)
    {
        var petition = await queries.FindReadableAsync(user, petitionId, ct);
        if (petition is null)
            return new(LinkStatus.NotFound);
        var link = await db.Set<CaseLink>().SingleOrDefaultAsync(l => l.Id == linkId && l.PetitionId == petitionId, ct);
        if (link is null)
            return new(LinkStatus.NotFound);
        if (!MayDecide(user, petition))
            return new(LinkStatus.Forbidden);
        if (!link.IsActive)
            return new(LinkStatus.Refused, link, CaseLinkErrors.AlreadyUndone);

        if (link.Decision == CaseLinkDecision.SameMatter)
        {
            var moved = link.Moved;
            var letters = await db.Petitions.Where(p => moved.Contains(p.Id)).ToListAsync(ct);
            // A later judgement moved them on: undo that one first.
            if (letters.Any(p => p.CaseId != link.ToCaseId))
                return new(LinkStatus.Refused, link, CaseLinkErrors.MatterChanged);
            foreach (var letter in letters)
                letter.JoinCase(link.FromCaseId!.Value);
            petition.RestoreLink(link.PreviousDuplicateOfId, link.PreviousFlags);
        }
        link.Undo(user.UserId() ?? Guid.Empty, clock.GetUtcNow());
        actor.Reason = "Hủy xác định vụ việc";
        await db.SaveChangesAsync(ct);
        return new(LinkStatus.Done, link);
    }

    /// <summary>The judgements on a letter, newest first, with the other letter's code and body.</summary>
    public async Task<List<CaseLinkRow>> ForPetitionAsync(Guid petitionId, CancellationToken ct) =>
        (await (from l in db.Set<CaseLink>().AsNoTracking()
                join o in db.Petitions on l.OtherPetitionId equals o.Id
                join b in db.Bodies on o.ReceivingBodyId equals b.Id
                join u in db.Users on l.DecidedById equals u.Id
                where l.PetitionId == petitionId
                select new CaseLinkRow(l.Id, l.OtherPetitionId, o.TrackingCode, b.Code, b.Name, l.Decision, l.Score, l.Reasons, u.FullName, l.DecidedAt, l.UndoneAt))
            .ToListAsync(ct))
        .OrderByDescending(r => r.DecidedAt).ToList();

    /// <summary>The letters a handler already judged for this letter (and not undone): not proposed again.</summary>
    public async Task<HashSet<Guid>> JudgedAsync(Guid petitionId, CancellationToken ct) =>
        [.. await db.Set<CaseLink>().Where(l => l.PetitionId == petitionId && l.UndoneAt == null).Select(l => l.OtherPetitionId).ToListAsync(ct)];

    public static bool MayDecide(ClaimsPrincipal user, Petition petition) =>
        PetitionQueries.IsOwnBody(user, petition) && PetitionsPermissions.Has(user, PetitionsPermissions.Handle);

    private async Task TellOtherBodiesAsync(Petition petition, Petition other, Guid[] joined, Guid caseId, CancellationToken ct)
    {
        // The database still holds the matters as they were before the join.
        var bodies = await db.Petitions.Where(p => joined.Contains(p.CaseId) && p.ReceivingBodyId != petition.ReceivingBodyId)
            .Select(p => p.ReceivingBodyId).Distinct().ToListAsync(ct);
        if (bodies.Count == 0)
            return;
        var bodyName = await db.Bodies.Where(b => b.Id == petition.ReceivingBodyId).Select(b => b.Name).SingleAsync(ct);
        var staff = await db.ActiveWithRoles([Roles.LetterHandler, Roles.Leader]).Where(u => bodies.Contains(u.BodyId)).Select(u => u.Id).ToListAsync(ct);
        await notifier.NotifyAsync(staff, $"Đơn {other.TrackingCode}: cùng vụ việc với đơn tại {bodyName}",
            $"{bodyName} xác định đơn {petition.TrackingCode} cùng vụ việc với đơn {other.TrackingCode}. Các đơn được theo dõi chung một vụ việc.",
            $"/Petitions/Cases/{caseId}", ct);
    }
}

/// <summary>What the matcher said about the pair when the handler judged it.</summary>
public sealed record DuplicateEvidence(bool IsCandidate, double Score, string Reasons);

public sealed record CaseLinkRow(Guid Id, Guid OtherPetitionId, string OtherTrackingCode, string OtherBodyCode, string OtherBodyName,
    CaseLinkDecision Decision, double Score, string Reasons, string DecidedBy, DateTimeOffset DecidedAt, DateTimeOffset? UndoneAt);
