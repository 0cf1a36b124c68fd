using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Notifications;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Petitions;

/// <summary>
/// The citizen's side (RULES.md 13.9 "optional portal access"): send a letter without an account, keep the receipt
/// (tracking code and secret), follow the steps and read the answers, add information. Nothing personal is shown,
/// even with the receipt: what the citizen sees is the letter's progress.
/// </summary>
public sealed class CitizenPortal(AppDbContext db, TimeProvider clock, AuditActor actor, Notifier notifier, IDataProtectionProvider protection)
{
    /// <summary>A form must be on screen at least this long before it is sent (a robot posts at once).</summary>
    public static readonly TimeSpan MinimumFillTime = TimeSpan.FromSeconds(3);
    public static readonly TimeSpan FormLifetime = TimeSpan.FromHours(3);

    // Steps a citizen sees on the timeline; the rest is internal work.
    private static readonly HashSet<PetitionAction> PublicSteps =
    [
        PetitionAction.Receive, PetitionAction.Accept, PetitionAction.Decline, PetitionAction.Guide, PetitionAction.Forward,
        PetitionAction.File, PetitionAction.RecordAnswer, PetitionAction.NotifyCitizen, PetitionAction.ScheduleDialogue,
        PetitionAction.Suspend, PetitionAction.Resume, PetitionAction.Extend, PetitionAction.Decide, PetitionAction.TakeEffect,
        PetitionAction.Conclude, PetitionAction.Answer, PetitionAction.Publish, PetitionAction.Withdraw, PetitionAction.Stop, PetitionAction.Close,
        PetitionAction.Split,
    ];

    /// <summary>A public step; <see cref="Matter"/> is the tracking code of the matter split from the letter it happened to.</summary>
    public sealed record TimelineEntry(DateTimeOffset At, PetitionAction Action, PetitionStatus To, string BodyName, string? Matter = null);

    /// <summary>A matter the letter was split into (a letter with several kinds of content), as its sender may see it.</summary>
    public sealed record SplitPart(string TrackingCode, string Subject, PetitionStatus Status, string? AnswerSummary);

    /// <summary>Bodies that accept letters online: those with someone to register them.</summary>
    public async Task<List<Body>> BodiesAsync(CancellationToken ct)
    {
        var roles = PetitionsPermissions.Grants.Single(g => g.Permission == PetitionsPermissions.Register).Roles.ToList();
        var staffed = await db.ActiveWithRoles(roles).Select(u => u.BodyId).Distinct().ToListAsync(ct);
        var bodies = await db.Bodies.AsNoTracking().Where(b => staffed.Contains(b.Id) && b.ValidTo == null && b.Kind != BodyKind.PlatformOperator).ToListAsync(ct);
        return [.. bodies.OrderBy(b => b.Kind).ThenBy(b => b.Name, Common.Display.VietnameseOrder)];
    }

    /// <summary>A token stamped with the time the form was shown, checked when it comes back.</summary>
    public string IssueFormToken() =>
        Protector.Protect(clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>False for a form sent too fast (a robot), too late, or not issued here.</summary>
    public bool IsHumanPaced(string? token)
    {
        if (string.IsNullOrEmpty(token))
            return false;
        try
        {
            var shown = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(Protector.Unprotect(token), System.Globalization.CultureInfo.InvariantCulture));
            var elapsed = clock.GetUtcNow() - shown;
            return elapsed >= MinimumFillTime && elapsed <= FormLifetime;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException or OverflowException)
        {
            return false;
        }
    }

    /// <summary>The letter whose receipt this is; null for any mismatch (the same answer whatever was wrong).</summary>
    public async Task<Petition?> FindAsync(string? trackingCode, string? secret, CancellationToken ct)
    {
        if (TrackingCodes.Normalize(trackingCode) is not { } code)
            return null;
        var petition = await db.Petitions.Include(p => p.Transitions).SingleOrDefaultAsync(p => p.TrackingCode == code, ct);
        return petition is not null && CitizenSecrets.Matches(secret, petition.CitizenSecretHash) ? petition : null;
    }

    /// <summary>The steps of the letter, of the copies it was forwarded as and of the matters it was split into, oldest first.</summary>
    public async Task<List<TimelineEntry>> TimelineAsync(Petition petition, CancellationToken ct)
    {
        var letters = new List<Petition> { petition };
        var frontier = new List<Guid> { petition.Id };
        while (frontier.Count > 0 && letters.Count < 20)
        {
            var next = await db.Petitions.AsNoTracking().Include(p => p.Transitions)
                .Where(p => (p.ForwardedFromId != null && frontier.Contains(p.ForwardedFromId.Value))
                    || (p.SplitFromId != null && frontier.Contains(p.SplitFromId.Value))).ToListAsync(ct);
            letters.AddRange(next);
            frontier = [.. next.Select(p => p.Id)];
        }
        var ids = letters.Select(l => l.ReceivingBodyId).Distinct().ToList();
        var names = await db.Bodies.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        return [.. letters.SelectMany(l => l.Transitions.Where(t => PublicSteps.Contains(t.Action))
                .Select(t => new TimelineEntry(t.At, t.Action, t.To, names[l.ReceivingBodyId], l.SplitFromId is null ? null : l.TrackingCode)))
            .OrderBy(e => e.At)];
    }

    /// <summary>The matters the letter was split into, in the order they were made.</summary>
    public Task<List<SplitPart>> PartsAsync(Petition petition, CancellationToken ct) =>
        db.Petitions.AsNoTracking().Where(p => p.SplitFromId == petition.Id).OrderBy(p => p.RegisteredAt).ThenBy(p => p.Id)
            .Select(p => new SplitPart(p.TrackingCode, p.Subject, p.Status, p.AnswerSummary)).ToListAsync(ct);

    public Task<List<CitizenMessage>> MessagesAsync(Guid petitionId, CancellationToken ct) =>
        db.Set<CitizenMessage>().AsNoTracking().Where(m => m.PetitionId == petitionId).OrderBy(m => m.At).ToListAsync(ct);

    /// <summary>Bổ sung thông tin: kept with the letter, and the body's handlers are told.</summary>
    public async Task AddMessageAsync(Petition petition, string text, CancellationToken ct)
    {
        db.Add(new CitizenMessage(petition.Id, text.Trim(), clock.GetUtcNow()));
        var roles = new[] { Roles.LetterHandler, Roles.ReceptionOfficer, Roles.Leader };
        var recipients = petition.AssigneeId is { } a ? [a] : await db.StaffOfAsync(petition.ReceivingBodyId, roles, ct);
        await notifier.NotifyAsync(recipients, $"Công dân bổ sung thông tin đơn {petition.TrackingCode}",
            $"Người gửi đơn {petition.TrackingCode} đã bổ sung thông tin trên cổng trực tuyến.", PetitionDeadlines.Link(petition), ct);
        actor.ActAs(null, PetitionIntake.PortalActorName);
        actor.Reason = "Công dân bổ sung thông tin";
        await db.SaveChangesAsync(ct);
    }

    private IDataProtector Protector => protection.CreateProtector("PhoiHop.Portal.FormToken");
}
