using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Features.Audit;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;
using static PhoiHop.Features.Petitions.PetitionsApi;

namespace PhoiHop.Features.Petitions;

/// <summary>What a reader sees of a letter: everything but a sealed identity, and the steps they may take now.</summary>
public sealed class PetitionReader(
    AppDbContext db, TimeProvider clock, AuditActor actor, PetitionSenders senders, PetitionDeadlines deadlines, SenderUnits units)
{
    /// <summary>The steps the law allows now that this person may take (the buttons of the page).</summary>
    public IReadOnlyList<PetitionAction> StepsFor(Petition petition, ClaimsPrincipal user) =>
        !PetitionQueries.IsOwnBody(user, petition) ? []
        : [.. petition.AllowedActions(clock.GetUtcNow()).Where(a => PetitionsPermissions.Has(user, PetitionsPermissions.For(a, petition.Track)))];

    /// <summary>
    /// Records the reason, then decrypts the senders; null when this person may not see them. The reason row is audited.
    /// </summary>
    public async Task<List<SenderView>?> RevealAsync(Petition petition, ClaimsPrincipal user, string reason, CancellationToken ct)
    {
        if (!PetitionQueries.MaySeeIdentity(user, petition, revealedWithReason: true) || user.UserId() is not { } userId)
            return null;
        if (PetitionQueries.IsIdentitySealed(petition))
        {
            db.Add(new IdentityReveal(petition.Id, userId, reason, clock.GetUtcNow()));
            actor.Reason = $"Xem danh tính người tố cáo: {reason}";
            await db.SaveChangesAsync(ct);
        }
        return await senders.RevealAsync(petition.Id, ct);
    }

    /// <summary>
    /// Whether this person may open a file or document of the letter. The files and documents of a letter whose identity
    /// is sealed can reveal the denouncer (handwriting, name): only those who may reveal the identity open them, and each
    /// opening is recorded as a reveal with what was opened.
    /// </summary>
    public async Task<bool> MayOpenAsync(Petition petition, ClaimsPrincipal user, string what, CancellationToken ct)
    {
        if (!PetitionQueries.IsIdentitySealed(petition))
            return true;
        if (!PetitionQueries.MaySeeIdentity(user, petition, revealedWithReason: true) || user.UserId() is not { } userId)
            return false;
        db.Add(new IdentityReveal(petition.Id, userId, what, clock.GetUtcNow()));
        actor.Reason = $"Mở tài liệu của đơn tố cáo: {what}";
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<PetitionDto> ToDtoAsync(Petition p, ClaimsPrincipal user, bool revealed, CancellationToken ct)
    {
        var codes = await db.Bodies.AsNoTracking().Where(b => b.Id == p.ReceivingBodyId || b.Id == p.ForwardedToBodyId)
            .ToDictionaryAsync(b => b.Id, b => b.Code, ct);
        var sealedIdentity = !PetitionQueries.MaySeeIdentity(user, p, revealed);
        var senderViews = sealedIdentity ? null : await senders.RevealAsync(p.Id, ct);
        var content = sealedIdentity && PetitionQueries.IsIdentitySealed(p)
            ? PetitionSenders.Redact(p.Content, await senders.RevealAsync(p.Id, ct))
            : p.Content;
        var tracked = await deadlines.ListAsync(p, ct);
        return new PetitionDto(p.Id, p.TrackingCode, p.CaseId, codes[p.ReceivingBodyId], p.Channel, p.ReceivedOn, p.Subject, content,
            p.Kind, p.DeclaredKind, p.FieldCode, p.Competence,
            [.. Enum.GetValues<PetitionFlags>().Where(f => f != PetitionFlags.None && p.Flags.HasFlag(f))],
            p.Status, p.Track, p.SenderCount, p.AssigneeId, p.DueOn, p.ForwardedFromId,
            p.ForwardedToBodyId is { } to && codes.TryGetValue(to, out var toCode) ? toCode : null,
            p.AnswerDueOn, p.AnswerSummary, p.Version, sealedIdentity,
            senderViews is null ? null : await ToDtosAsync(senderViews, units, ct),
            StepsFor(p, user),
            [.. p.Transitions.OrderBy(t => t.Sequence).Select(t => new TransitionDto(t.Action, t.From, t.To, t.At, t.ActorName, t.Reason))],
            [.. tracked.Select(d => new DeadlineDto(d.RuleCode, d.StartDate, d.DueDate, d.Status.ToString(), d.ExplanationLines()))])
        {
            SplitFromId = p.SplitFromId,
            SplitInto = await SplitIntoAsync(p.Id, ct),
        };
    }

    /// <summary>The letters split from this one, oldest first.</summary>
    public Task<List<LinkDto>> SplitIntoAsync(Guid petitionId, CancellationToken ct) =>
        db.Petitions.AsNoTracking().Where(x => x.SplitFromId == petitionId).OrderBy(x => x.RegisteredAt).ThenBy(x => x.Id)
            .Select(x => new LinkDto(x.Id, x.TrackingCode, x.Subject, x.Kind ?? x.DeclaredKind)).ToListAsync(ct);

    /// <summary>The letter this one was split from.</summary>
    public Task<LinkDto?> SplitFromAsync(Petition petition, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(petition);
        var parentId = petition.SplitFromId;
        return db.Petitions.AsNoTracking().Where(x => x.Id == parentId)
            .Select(x => new LinkDto(x.Id, x.TrackingCode, x.Subject, x.Kind ?? x.DeclaredKind)).SingleOrDefaultAsync(ct);
    }

    /// <summary>The senders as the API shows them, with the name of their commune or ward.</summary>
    public static async Task<List<SenderDto>> ToDtosAsync(List<SenderView> senders, SenderUnits units, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(senders);
        ArgumentNullException.ThrowIfNull(units);
        var names = await units.NamesAsync(senders.Select(s => s.AdministrativeUnitCode), ct);
        return [.. senders.Select(s => new SenderDto(s.FullName, s.IdNumber, s.Phone, s.Address, s.IsRepresentative, s.AdministrativeUnitCode,
            s.AdministrativeUnitCode is { } code ? names.GetValueOrDefault(code) : null))];
    }
}
