using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Calendar;
using PhoiHop.Features.Notifications;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;
using static PhoiHop.Features.Petitions.PetitionAction;
using Problem = PhoiHop.Features.Petitions.PetitionSubmissionValidator.Problem;

namespace PhoiHop.Features.Petitions;

public enum StepStatus
{
    Done,
    NotFound,
    Forbidden,
    Invalid,
    Refused,
    Stale,
}

public sealed record StepOutcome(StepStatus Status, Petition? Petition = null, DomainError? Error = null, IReadOnlyList<Problem>? Problems = null, Petition? Created = null)
{
    /// <summary>The letters a split made, in the order of the parts.</summary>
    public IReadOnlyList<Petition> Children { get; init; } = [];
}

/// <summary>
/// Takes one legal step on a letter for a member of its receiving body: checks the person's right, reads the step's
/// arguments, lets the <see cref="Petition"/> judge it, then keeps the deadlines, the forwarded copy and the report back
/// to a forwarding body in step, and saves it all in one transaction with the audit entry that says who, when and why.
/// </summary>
public sealed class PetitionHandling(
    AppDbContext db, TimeProvider clock, AuditActor actor, PetitionQueries queries, PetitionDeadlines deadlines,
    PetitionSenders senders, PetitionIntake intake, DeadlineTracker tracker, Notifier notifier, PetitionAttachments attachments,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> L)
{
    // Steps after which a forwarded letter's result goes back to the body that forwarded it (Luật Tiếp công dân 2013, Điều 27(2)).
    private static readonly HashSet<PetitionAction> Outcomes =
        [Decide, Conclude, PetitionAction.Answer, Decline, Guide, PetitionAction.File, Forward, Stop, Withdraw, RecordLawsuit, TransferToInvestigation];

    // The same as an array, for the database to test a letter's history against.
    private static readonly PetitionAction[] OutcomeSteps = [.. Outcomes];

    // Steps that settle the matter, whose result every other body of the matter hears.
    private static readonly HashSet<PetitionAction> Resolutions =
        [Decide, Conclude, PetitionAction.Answer, Decline, Stop, Withdraw, RecordLawsuit, TransferToInvestigation];

    public async Task<StepOutcome> TakeAsync(Guid id, PetitionAction action, PetitionStep step, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(step);
        var petition = await queries.FindReadableAsync(user, id, ct);
        if (petition is null)
            return new(StepStatus.NotFound);
        if (!PetitionQueries.IsOwnBody(user, petition) || !PetitionsPermissions.Has(user, PetitionsPermissions.For(action, petition.Track)))
            return new(StepStatus.Forbidden, petition);
        if (step.Version is { } version && version != petition.Version)
            return new(StepStatus.Stale, petition, PetitionErrors.Stale);

        var now = clock.GetUtcNow();
        var today = Display.VietnamToday(clock);
        var by = new PetitionActor(user.UserId() ?? Guid.Empty, user.DisplayName());
        var note = string.IsNullOrWhiteSpace(step.Note) ? null : step.Note.Trim();
        if (note is { Length: > PetitionConfiguration.NoteLength })
            return Invalid(petition, new Problem(nameof(step.Note), "Validation.TooLong", PetitionConfiguration.NoteLength));

        Body? target = null;
        if (action == Forward)
        {
            var code = step.ToBodyCode?.Trim();
            target = string.IsNullOrEmpty(code) ? null : await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Code == code && b.ValidTo == null, ct);
            if (target is null)
                return Invalid(petition, new Problem(nameof(step.ToBodyCode), string.IsNullOrEmpty(code) ? "Validation.Required" : "Validation.UnknownChoice"));
        }
        if (action == PetitionAction.Monitor && step.AnswerDueOn is { } due && due < today)
            return Invalid(petition, new Problem(nameof(step.AnswerDueOn), "Petitions.DateInPast"));
        // The law's time limits run in days and months: a date years ahead is a typing mistake (31/12/9999), not a plan.
        var horizon = today.AddYears(DateHorizonYears);
        foreach (var (field, date) in new[] { (nameof(step.AnswerDueOn), step.AnswerDueOn), (nameof(step.DialogueOn), step.DialogueOn), (nameof(step.TakesEffectOn), step.TakesEffectOn) })
        {
            if (date > horizon)
                return Invalid(petition, new Problem(field, "Petitions.DateTooFar", Display.Date(horizon)));
        }

        List<(string Code, PetitionKind Kind)>? parts = null;
        if (action == Split)
        {
            var partProblems = CheckParts(step.Parts);
            if (partProblems.Count > 0)
                return new(StepStatus.Invalid, petition, Problems: partProblems);
            parts = [.. step.Parts!.Select(p => (TrackingCodes.New(), p.Kind!.Value))];
        }

        var (result, problem) = action == Split
            ? (petition.Split(parts!, by, now, note), null)
            : await ApplyAsync(petition, action, step, target, by, now, today, note, ct);
        if (problem is not null)
            return Invalid(petition, problem);
        if (result.Error is { } error)
            return new(StepStatus.Refused, petition, error);

        List<Petition> children = [];
        if (action == Split)
            children = await SplitAsync(petition, step.Parts!, [.. parts!.Select(p => p.Code)], by, now, ct);
        if (action is Split or Classify && PetitionQueries.IsIdentitySealed(petition))
            await ProtectFamilyAsync(petition, ct);

        Petition? created = null;
        if (action == Forward)
        {
            created = await ForwardAsync(petition, target!, by, ct);

            // A body that does not resolve follows the answer of the body it forwarded to (RULES.md 2.6).
            if (petition.Track == PetitionTrack.ExternalCase)
            {
                var answerDue = step.AnswerDueOn ?? await DefaultAnswerDueAsync(petition, today, ct);
                var monitored = petition.Monitor(answerDue, by, now, note);
                if (monitored.Error is { } monitorError)
                    return new(StepStatus.Refused, petition, monitorError);
                await deadlines.AfterAsync(petition, PetitionAction.Monitor, today, ct);
            }
        }
        if (action == Accept)
            (await db.PetitionCases.SingleAsync(c => c.Id == petition.CaseId, ct)).LedBy(petition.ReceivingBodyId);

        await deadlines.AfterAsync(petition, action, today, ct);
        if (Outcomes.Contains(action))
            await ReportBackAsync(petition, action, note ?? step.Summary, now, today, ct);

        actor.Reason = $"{action}{(note is null ? "" : ": " + note)}";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(StepStatus.Stale, petition, PetitionErrors.Stale);
        }
        return new(StepStatus.Done, petition, Created: created) { Children = children };
    }

    /// <summary>Giao xử lý: a leader of the receiving body names a handler of the same body (or none).</summary>
    public async Task<StepOutcome> AssignAsync(Guid id, Guid? assigneeId, ClaimsPrincipal user, CancellationToken ct)
    {
        var petition = await queries.FindReadableAsync(user, id, ct);
        if (petition is null)
            return new(StepStatus.NotFound);
        if (!PetitionQueries.IsOwnBody(user, petition) || !PetitionsPermissions.Has(user, PetitionsPermissions.Assign))
            return new(StepStatus.Forbidden, petition);
        if (assigneeId is { } a && !await db.Users.AnyAsync(u => u.Id == a && u.BodyId == petition.ReceivingBodyId && u.IsActive, ct))
            return Invalid(petition, new Problem("AssigneeId", "Validation.UnknownChoice"));
        petition.AssignTo(assigneeId);
        await deadlines.AssignAsync(petition, ct);
        if (assigneeId is { } assignee && assignee != user.UserId())
            await notifier.NotifyAsync([assignee], $"Đơn {petition.TrackingCode} được giao cho bạn",
                $"{user.DisplayName()} giao bạn xử lý đơn {petition.TrackingCode}.", PetitionDeadlines.Link(petition), ct);
        actor.Reason = "Giao xử lý đơn";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(StepStatus.Stale, petition, PetitionErrors.Stale);
        }
        return new(StepStatus.Done, petition);
    }

    private static StepOutcome Invalid(Petition petition, Problem problem) => new(StepStatus.Invalid, petition, Problems: [problem]);

    private async Task<(Result Result, Problem? Problem)> ApplyAsync(
        Petition p, PetitionAction action, PetitionStep s, Body? target, PetitionActor by, DateTimeOffset now, DateOnly today, string? note,
        CancellationToken ct)
    {
        static (Result, Problem?) Missing(string field) => (Result.Ok, new Problem(field, "Validation.Required"));
        switch (action)
        {
            case Classify:
                if (s.Kind is not { } kind)
                    return Missing(nameof(s.Kind));
                if (s.Competence is not { } competence)
                    return Missing(nameof(s.Competence));
                if (s.FieldCode is { Length: > 0 } field && PetitionFields.Default.Find(field) is null)
                    return (Result.Ok, new Problem(nameof(s.FieldCode), "Validation.UnknownChoice"));
                var flags = (s.Flags ?? []).Aggregate(p.Flags & (PetitionFlags.MultiPerson | PetitionFlags.Anonymous), (f, x) => f | x);
                return (p.Classify(new PetitionClassification(kind, competence, flags)
                {
                    FieldCode = string.IsNullOrWhiteSpace(s.FieldCode) ? null : s.FieldCode.Trim(),
                    ComplaintObject = kind == PetitionKind.Complaint ? s.ComplaintObject : null,
                    Instance = kind == PetitionKind.Complaint ? s.Instance ?? ComplaintInstance.First : ComplaintInstance.First,
                    DenunciationSubtype = kind == PetitionKind.Denunciation ? s.DenunciationSubtype : null,
                    Inadmissibility = s.Inadmissibility,
                    HasEarlierGuidance = p.HasEarlierGuidance,
                    HasEarlierForwarding = p.HasEarlierForwarding,
                }, by, now, note), null);
            case Accept: return (p.Accept(by, now, note), null);
            case Decline:
                return s.InadmissibilityReason is { } reason ? (p.Decline(reason, by, now, note), null) : Missing(nameof(s.InadmissibilityReason));
            case Guide: return (p.Guide(by, now, note), null);
            case Forward: return (p.Forward(target!.Id, s.Recommendation, by, now, note), null);
            case PetitionAction.File:
                return s.FilingReason is { } filing ? (p.File(filing, by, now, note), null) : Missing(nameof(s.FilingReason));
            case PetitionAction.Monitor: return (p.Monitor(s.AnswerDueOn ?? await DefaultAnswerDueAsync(p, today, ct), by, now, note), null);
            case Remind: return (p.Remind(by, now, note), null);
            case RecordAnswer: return (p.RecordAnswer(s.Summary, by, now, note), null);
            case PetitionAction.NotifyCitizen: return (p.NotifyCitizen(by, now, note), null);
            case EscalateToSupervision: return (p.EscalateToSupervision(by, now, note), null);
            case FindComplex: return (p.FindComplex(s.EspeciallyComplex, by, now, note), null);
            case StartVerification: return (p.StartVerification(by, now, note), null);
            case ScheduleDialogue:
                return s.DialogueOn is { } on ? (p.ScheduleDialogue(on, by, now, note), null) : Missing(nameof(s.DialogueOn));
            case HoldDialogue: return (p.HoldDialogue(by, now, note), null);
            case Suspend: return note is null ? Missing(nameof(s.Note)) : (p.Suspend(note, by, now), null);
            case Resume: return (p.Resume(by, now, note), null);
            case Extend: return (p.Extend(by, now, note), null);
            case Decide:
                switch (p.Track)
                {
                    case PetitionTrack.Complaint:
                        return s.FirstInstanceOutcome is { } first
                            ? (p.Decide(first, s.TakesEffectOn ?? await EffectiveOnAsync(p, today, ct), by, now, note), null)
                            : Missing(nameof(s.FirstInstanceOutcome));
                    case PetitionTrack.SecondInstanceComplaint:
                        return s.SecondInstanceOutcome is { } second
                            ? (p.Decide(second, s.TakesEffectOn ?? await EffectiveOnAsync(p, today, ct), by, now, note), null)
                            : Missing(nameof(s.SecondInstanceOutcome));
                    case PetitionTrack.Recommendation:
                        return s.RecommendationOutcome is { } outcome ? (p.Decide(outcome, by, now, note), null) : Missing(nameof(s.RecommendationOutcome));
                    default:
                        return (PetitionErrors.OutcomeNotForStage, null);
                }
            case Appeal: return (p.Appeal(by, now, note), null);
            case TakeEffect: return (p.TakeEffect(by, now, note), null);
            case RecordLawsuit: return (p.RecordLawsuit(by, now, note), null);
            case CheckAnonymousInfo: return (p.CheckAnonymousInfo(by, now, note), null);
            case Conclude: return s.Finding is { } finding ? (p.Conclude(finding, by, now, note), null) : Missing(nameof(s.Finding));
            case StartHandling: return (p.StartHandling(by, now, note), null);
            case TransferToInvestigation: return (p.TransferToInvestigation(by, now, note), null);
            case StartReview: return (p.StartReview(by, now, note), null);
            case PetitionAction.Answer: return (p.Answer(s.Summary, by, now, note), null);
            case Publish: return (p.Publish(by, now, note), null);
            case Withdraw: return (p.Withdraw(by, now, note, s.MustStillResolve), null);
            case Stop: return note is null ? Missing(nameof(s.Note)) : (p.Stop(note, by, now), null);
            case Close: return (p.Close(by, now, note), null);
            default: return (PetitionErrors.NotAllowedNow, null);
        }
    }

    /// <summary>
    /// Chuyển đơn: the letter enters the competent body's queue as its own petition of the same matter, with the same
    /// senders, and that body's handlers are told.
    /// </summary>
    private async Task<Petition> ForwardAsync(Petition from, Body to, PetitionActor by, CancellationToken ct)
    {
        var fromKind = from.ReceivingBodyKind;
        var channel = fromKind switch
        {
            _ when BodyKinds.IsFront(fromKind) => Channel.ForwardedByFront,
            BodyKind.NationalAssemblyDelegation => Channel.ForwardedByDeputy,
            BodyKind.PeoplesCouncil or BodyKind.CouncilStandingCommittee or BodyKind.CouncilCommittee or BodyKind.CommunePeoplesCouncil
                => Channel.ForwardedByCouncilDeputy,
            _ => Channel.ForwardedByOtherBody,
        };
        var copy = intake.Create(to, new PetitionSubmission
        {
            Channel = channel,
            ReceivedOn = Display.VietnamToday(clock),
            Kind = from.Kind ?? from.DeclaredKind,
            FieldCode = from.FieldCode,
            Subject = from.Subject,
            Content = from.Content,
            SenderCount = from.SenderCount,
            Anonymous = from.Flags.HasFlag(PetitionFlags.Anonymous),
        }, by, forwardedFrom: from, caseId: from.CaseId);
        // The copy holds the same senders: a denunciation, or a part of a letter with one, stays protected at the next body
        // even if that body classifies its copy otherwise.
        if (PetitionQueries.IsIdentitySealed(from))
            copy.ProtectDenouncer();
        await senders.CopyAsync(from, copy, ct);
        await attachments.CopyAsync(from, copy, ct);
        await deadlines.StartAsync(copy, ct);

        var handlers = await db.StaffOfAsync(to.Id, [Roles.LetterHandler, Roles.Leader, Roles.ReceptionOfficer, Roles.FocalPoint], ct);
        var fromName = await db.Bodies.Where(b => b.Id == from.ReceivingBodyId).Select(b => b.Name).SingleAsync(ct);
        await notifier.NotifyAsync(handlers, $"Đơn chuyển đến: {copy.TrackingCode}",
            $"{fromName} chuyển đơn {copy.TrackingCode} đến cơ quan, đơn vị. Đề nghị xem xét, giải quyết theo thẩm quyền.",
            PetitionDeadlines.Link(copy), ct);
        return copy;
    }

    /// <summary>The parts of a split: at least two, each with a subject, a content and a kind (RULES.md 2.2(1)).</summary>
    internal static List<Problem> CheckParts(List<SplitPart>? parts)
    {
        var problems = new List<Problem>();
        if (parts is null || parts.Count < SplitPart.MinParts)
        {
            problems.Add(new(nameof(PetitionStep.Parts), "Petitions.SplitTooFewParts", SplitPart.MinParts));
            return problems;
        }
        if (parts.Count > SplitPart.MaxParts)
        {
            problems.Add(new(nameof(PetitionStep.Parts), "Petitions.SplitTooManyParts", SplitPart.MaxParts));
            return problems;
        }
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i] ?? new SplitPart();
            var prefix = $"{nameof(PetitionStep.Parts)}[{i}].";
            Text(prefix + nameof(part.Subject), part.Subject, PetitionConfiguration.SubjectLength);
            Text(prefix + nameof(part.Content), part.Content, PetitionConfiguration.ContentLength);
            if (part.Kind is not { } kind)
                problems.Add(new(prefix + nameof(part.Kind), "Validation.Required"));
            else if (!Enum.IsDefined(kind))
                problems.Add(new(prefix + nameof(part.Kind), "Validation.UnknownChoice"));
            if (part.FieldCode is { Length: > 0 } field && PetitionFields.Default.Find(field.Trim()) is null)
                problems.Add(new(prefix + nameof(part.FieldCode), "Validation.UnknownChoice"));
        }
        return problems;

        void Text(string field, string? value, int max)
        {
            if (string.IsNullOrWhiteSpace(value))
                problems.Add(new(field, "Validation.Required"));
            else if (value.Trim().Length > max)
                problems.Add(new(field, "Validation.TooLong", max));
        }
    }

    /// <summary>
    /// Tách đơn: each part becomes a letter of the same body, received the same day by the same channel (so its
    /// letter-handling limit runs from the day the letter came, Luật Tiếp công dân 2013, Điều 28(1)), as a new matter,
    /// with the letter's senders, files, handler and citizen receipt, and SplitFromId naming the letter.
    /// <para>
    /// When the letter's identity is sealed (it is a denunciation, or one of its parts is), every part is protected,
    /// the complaints and petitions among them too. Their senders are the denouncer, named with the same address and
    /// files, and each part links to the others through the letter: a part open to every reader would tell who
    /// denounced. The law protects the denouncer's identity and any information that could reveal it, in whatever
    /// letter it is (RULES.md 4.7; Luật Tố cáo 2018, Điều 8(3), 47(1)(a), 56(1)–(2)).
    /// </para>
    /// </summary>
    private async Task<List<Petition>> SplitAsync(
        Petition parent, List<SplitPart> parts, List<string> codes, PetitionActor by, DateTimeOffset now, CancellationToken ct)
    {
        var children = new List<Petition>();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var matter = PetitionCase.Open(now);
            db.Add(matter);
            var child = Petition.Receive(parent.ReceivingBodyId, parent.ReceivingBodyKind, parent.Channel, parent.ReceivedOn,
                part.Subject!.Trim(), part.Content!.Trim(), parent.Flags & (PetitionFlags.Anonymous | PetitionFlags.RemoteArea), by, now,
                new PetitionOrigin(matter.Id, codes[i], parent.ForwardedFromId, parent.Id, parent.SenderCount)
                {
                    DeclaredKind = part.Kind,
                    FieldCode = string.IsNullOrWhiteSpace(part.FieldCode) ? parent.FieldCode : part.FieldCode.Trim(),
                    DenouncerProtected = PetitionQueries.IsIdentitySealed(parent),
                });
            if (parent.CitizenSecretHash is { } secret)
                child.IssueCitizenSecret(secret);
            child.Locate(parent.Latitude, parent.Longitude, parent.Place);
            if (parent.AssigneeId is { } assignee)
                child.AssignTo(assignee);
            db.Add(child);
            await senders.CopyAsync(parent, child, ct);
            await attachments.CopyAsync(parent, child, ct);
            await deadlines.StartAsync(child, ct);
            children.Add(child);
        }
        return children;
    }

    /// <summary>
    /// A letter became sealed (split with a denunciation part, or classified as a denunciation): every letter of its
    /// family holds the same senders and text and is protected too, for the reasons given at <see cref="SplitAsync"/>,
    /// at whatever body it is. The family is walked up to its first letter, by the letter each one was split from or else
    /// the one it was forwarded from (a part of a forwarded copy names both the copy and the forwarding body's letter:
    /// the copy is followed, so the walk passes every letter between), then down from there by splits and by forwarding.
    /// So a copy forwarded to another body, found there to hold a denunciation (classified as one, or split with one),
    /// seals the forwarding body's letter, the letter that was split into it, its other parts and their copies
    /// (Luật Tố cáo 2018, Điều 8(3), 47(1)(b)). A link leading back to a letter already passed ends the walk up.
    /// </summary>
    private async Task ProtectFamilyAsync(Petition petition, CancellationToken ct)
    {
        var root = petition.Id;
        var passed = new HashSet<Guid> { root };
        var up = petition.SplitFromId ?? petition.ForwardedFromId;
        while (up is { } parentId && passed.Add(parentId))
        {
            root = parentId;
            up = await db.Petitions.Where(p => p.Id == parentId).Select(p => p.SplitFromId ?? p.ForwardedFromId).SingleOrDefaultAsync(ct);
        }
        var family = new HashSet<Guid> { root };
        List<Guid> frontier = [root];
        while (frontier.Count > 0)
        {
            var below = await db.Petitions
                .Where(p => (p.SplitFromId != null && frontier.Contains(p.SplitFromId.Value)) || (p.ForwardedFromId != null && frontier.Contains(p.ForwardedFromId.Value)))
                .Select(p => p.Id).ToListAsync(ct);
            frontier = [.. below.Where(family.Add)];
        }
        family.Remove(petition.Id);
        if (family.Count == 0)
            return;
        // The letter itself stays protected too, as its relatives do, should it later be classified otherwise.
        if (!petition.DenouncerProtected)
            petition.ProtectDenouncer();
        foreach (var relative in await db.Petitions.Where(p => family.Contains(p.Id)).Where(PetitionQueries.IdentityOpen).ToListAsync(ct))
            relative.ProtectDenouncer();
    }

    /// <summary>
    /// Báo cáo kết quả: the resolving body's result goes back to the body that forwarded the letter (Luật Tiếp công dân
    /// 2013, Điều 27(2)), which then has 5 working days to tell the citizen (Điều 28(2)); and a resolution reaches the
    /// other bodies of the matter too (issue #5: letters sent to many bodies are followed, not handled, by the others).
    /// A letter waiting for the answer records it; a letter filed or handled otherwise gets its handlers told.
    /// <para>
    /// A forwarded letter split by the body it was sent to answers in parts: each part's result is told to the forwarding
    /// body's handlers as it comes, and the forwarding letter records the answer, with every part's result, when the last
    /// part has one. What the citizen is told within 5 working days is the result of the whole letter (Điều 28(2)), so
    /// that limit starts then; recording the first part's result would close the letter and drop the others'.
    /// </para>
    /// </summary>
    private async Task ReportBackAsync(Petition petition, PetitionAction action, string? summary, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var targets = new List<Petition>();
        if (petition.ForwardedFromId is { } sourceId && await db.Petitions.Include(p => p.Transitions).SingleOrDefaultAsync(p => p.Id == sourceId, ct) is { } source)
            targets.Add(source);
        if (Resolutions.Contains(action))
        {
            targets.AddRange(await db.Petitions.Include(p => p.Transitions)
                .Where(p => p.CaseId == petition.CaseId && p.Id != petition.Id && p.Id != petition.ForwardedFromId && p.ReceivingBodyId != petition.ReceivingBodyId)
                .ToListAsync(ct));
        }
        if (targets.Count == 0)
            return;

        var bodyName = await db.Bodies.Where(b => b.Id == petition.ReceivingBodyId).Select(b => b.Name).SingleAsync(ct);
        var text = TextInput.Cut(ResultText(bodyName, action, petition, summary), PetitionConfiguration.NoteLength);
        var system = new PetitionActor(Guid.Empty, bodyName);
        foreach (var target in targets)
        {
            var isSource = target.Id == petition.ForwardedFromId;
            var waiting = target.Status is PetitionStatus.AwaitingAnswer or PetitionStatus.EscalatedToSupervision;
            var answer = text;
            if (isSource && waiting && petition.SplitFromId is not null)
            {
                var awaited = await PartsAwaitedAsync(target.Id, petition.Id, ct);
                if (awaited > 0)
                {
                    target.HearPartResult();
                    await notifier.NotifyAsync(await FollowersAsync(target, ct), Vietnamese("Petitions.PartResult.Title", target.TrackingCode),
                        Vietnamese("Petitions.PartResult.Body", petition.TrackingCode, target.TrackingCode, text, awaited), PetitionDeadlines.Link(target), ct);
                    continue;
                }
                answer = await PartsAnswerAsync(target.Id, petition, text, ct);
            }
            if (waiting && target.RecordAnswer(answer, system, now, "Kết quả do cơ quan có thẩm quyền báo về").IsSuccess)
            {
                await deadlines.AfterAsync(target, RecordAnswer, today, ct);
                await notifier.NotifyAsync(await FollowersAsync(target, ct), $"Có kết quả đơn {target.TrackingCode}",
                    $"{bodyName} đã báo kết quả xử lý đơn {target.TrackingCode}. Thông báo cho công dân trong 5 ngày làm việc.",
                    PetitionDeadlines.Link(target), ct);
            }
            else if (!isSource)
            {
                var handlers = await db.StaffOfAsync(target.ReceivingBodyId, [Roles.LetterHandler, Roles.Leader], ct);
                await notifier.NotifyAsync(handlers, $"Có kết quả vụ việc của đơn {target.TrackingCode}",
                    $"Vụ việc của đơn {target.TrackingCode} có kết quả: {text}", PetitionDeadlines.Link(target), ct);
            }
            else
            {
                // The forwarding letter has its answer already (an earlier result, or one recorded by hand): this one is
                // told to its handlers rather than dropped.
                await notifier.NotifyAsync(await FollowersAsync(target, ct), Vietnamese("Petitions.LaterResult.Title", target.TrackingCode),
                    Vietnamese("Petitions.LaterResult.Body", target.TrackingCode, petition.TrackingCode, text), PetitionDeadlines.Link(target), ct);
            }
        }
    }

    /// <summary>Who follows a forwarded letter's answer at the body that forwarded it.</summary>
    private Task<List<Guid>> FollowersAsync(Petition target, CancellationToken ct) =>
        db.StaffOfAsync(target.ReceivingBodyId, [Roles.LetterHandler, Roles.Leader, Roles.FrontOfficial, Roles.OfficeStaff], ct);

    /// <summary>
    /// The parts of the letters split at the bodies <paramref name="sourceId"/> was forwarded to (a part keeps the
    /// letter's forwardedFrom), other than <paramref name="partId"/>, that have no result yet. A part split again waits
    /// for its own parts.
    /// </summary>
    private Task<int> PartsAwaitedAsync(Guid sourceId, Guid partId, CancellationToken ct) =>
        db.Petitions.CountAsync(p => p.ForwardedFromId == sourceId && p.SplitFromId != null && p.Id != partId && p.Status != PetitionStatus.Split
            && !p.Transitions.Any(t => OutcomeSteps.Contains(t.Action)), ct);

    /// <summary>
    /// The answer of a forwarded letter split where it was sent: one line per part, naming its tracking code, with its
    /// latest result (<paramref name="partText"/> for the part that came last), each cut so that all of them fit.
    /// </summary>
    private async Task<string> PartsAnswerAsync(Guid sourceId, Petition part, string partText, CancellationToken ct)
    {
        var parts = await db.Petitions.AsNoTracking().Include(p => p.Transitions)
            .Where(p => p.ForwardedFromId == sourceId && p.SplitFromId != null && p.Status != PetitionStatus.Split)
            .OrderBy(p => p.RegisteredAt).ThenBy(p => p.Id).ToListAsync(ct);
        var bodies = await db.Bodies.AsNoTracking().Where(b => parts.Select(p => p.ReceivingBodyId).Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        var lines = new List<string>(parts.Count);
        foreach (var p in parts)
        {
            var line = p.Id == part.Id ? partText
                : p.Transitions.Where(t => Outcomes.Contains(t.Action)).MaxBy(t => t.Sequence) is { } outcome
                    ? ResultText(bodies[p.ReceivingBodyId], outcome.Action, p, outcome.Reason ?? (outcome.Action == PetitionAction.Answer ? p.AnswerSummary : null))
                    : null;
            if (line is not null)
                lines.Add(Vietnamese("Petitions.PartResult.Line", p.TrackingCode, line));
        }
        var each = (PetitionConfiguration.NoteLength - (lines.Count - 1)) / Math.Max(1, lines.Count);
        return string.Join('\n', lines.Select(l => TextInput.Cut(l, each)));
    }

    /// <summary>"Body: step (outcome) — summary", in Vietnamese: what the forwarding body and the citizen read.</summary>
    private string ResultText(string bodyName, PetitionAction action, Petition petition, string? summary)
    {
        var outcome = action == Decide || action == Conclude
            ? petition.FirstInstanceOutcome is { } first && petition.Track == PetitionTrack.Complaint ? $"FirstInstanceOutcome.{first}"
            : petition.SecondInstanceOutcome is { } second && petition.Track == PetitionTrack.SecondInstanceComplaint ? $"SecondInstanceOutcome.{second}"
            : petition.RecommendationOutcome is { } recommendation && petition.Track == PetitionTrack.Recommendation ? $"RecommendationOutcome.{recommendation}"
            : petition.Finding is { } finding ? $"DenunciationFinding.{finding}"
            : null
            : null;
        return $"{bodyName}: {PetitionMessages.Vietnamese(L, $"PetitionAction.{action}")}"
            + (outcome is null ? "" : $" ({PetitionMessages.Vietnamese(L, outcome).ToLower(Display.Vietnamese)})")
            + (string.IsNullOrWhiteSpace(summary) ? "" : " — " + summary.Trim());
    }

    private string Vietnamese(string key, params object[] arguments) => PetitionMessages.Vietnamese(L, key, arguments);

    /// <summary>How far ahead a date given with a step may be.</summary>
    public const int DateHorizonYears = 2;

    private async Task<DateOnly> DefaultAnswerDueAsync(Petition p, DateOnly today, CancellationToken ct)
    {
        var preview = await tracker.PreviewAsync(PetitionDeadlines.AnswerRuleFor(p), new DeadlineInput(today, IsRemoteArea: p.Flags.HasFlag(PetitionFlags.RemoteArea)), ct);
        return preview?.DueDate ?? today.AddDays(30);
    }

    private async Task<DateOnly> EffectiveOnAsync(Petition p, DateOnly today, CancellationToken ct)
    {
        var preview = await tracker.PreviewAsync(PetitionDeadlines.DecisionEffective,
            new DeadlineInput(today, IsRemoteArea: p.Flags.HasFlag(PetitionFlags.RemoteArea)), ct);
        return preview?.DueDate ?? today.AddDays(30);
    }
}
