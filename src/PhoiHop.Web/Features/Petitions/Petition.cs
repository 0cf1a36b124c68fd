using PhoiHop.Common;
using PhoiHop.Features.Organizations;

namespace PhoiHop.Features.Petitions;

/// <summary>
/// A citizen letter (đơn) as handled by one body: received, classified, then resolved, or guided, forwarded, filed and
/// monitored, as the law allows that body and that kind of letter. Every verb asks <see cref="PetitionMachine"/> first,
/// returns the refusing rule as a <see cref="Result"/>, and appends a <see cref="PetitionTransition"/> when it succeeds.
/// The matter across bodies (vụ việc) is a separate aggregate.
/// </summary>
public sealed class Petition
{
    private readonly List<PetitionTransition> _transitions = [];

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>What the citizen quotes to follow the letter (on the receipt and every document).</summary>
    public string TrackingCode { get; private set; } = "";

    /// <summary>The matter (vụ việc) this letter belongs to: a forwarded copy shares its sender's case.</summary>
    public Guid CaseId { get; private set; }

    /// <summary>The petition of the body that forwarded this letter here, if any (forwardedFrom, RULES.md 13.10).</summary>
    public Guid? ForwardedFromId { get; private set; }

    /// <summary>The letter this one was split from (splitFrom, RULES.md 13.10).</summary>
    public Guid? SplitFromId { get; private set; }

    public Guid ReceivingBodyId { get; private set; }

    // Kept as received: whether this body may resolve follows from its kind (BodyKinds.CanResolve).
    public BodyKind ReceivingBodyKind { get; private set; }
    public Channel Channel { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public string Subject { get; private set; } = "";
    public string Content { get; private set; } = "";
    public PetitionStatus Status { get; private set; }

    /// <summary>How many people signed (đơn đông người from 5).</summary>
    public int SenderCount { get; private set; } = 1;

    /// <summary>The handler the body's leader assigned; null while unassigned.</summary>
    public Guid? AssigneeId { get; private set; }

    /// <summary>SHA-256 of the secret given to a citizen with the tracking code (the receipt); null when none was issued.</summary>
    public string? CitizenSecretHash { get; private set; }

    /// <summary>Where the matter is, when the sender gave it (Open311 feedback, a map click on the portal).</summary>
    public double? Latitude { get; private set; }
    public double? Longitude { get; private set; }
    public string? Place { get; private set; }

    /// <summary>The nearest open time limit of this body's handling (kept by PetitionDeadlines, for the work queues).</summary>
    public DateOnly? DueOn { get; private set; }

    /// <summary>Incremented by every change: two handlers acting at once cannot both succeed.</summary>
    public int Version { get; private set; }

    /// <summary>When the letter was registered, as an instant (ReceivedOn is the legal date).</summary>
    public DateTimeOffset RegisteredAt { get; private set; }

    // Classification (RULES.md 2.2); null until classified.
    public PetitionKind? Kind { get; private set; }

    /// <summary>The kind given at intake (by the sender or the officer), before classification decides <see cref="Kind"/>.</summary>
    public PetitionKind? DeclaredKind { get; private set; }
    public string? FieldCode { get; private set; }
    public Competence? Competence { get; private set; }
    public PetitionFlags Flags { get; private set; }
    public ComplaintObject? ComplaintObject { get; private set; }
    public ComplaintInstance Instance { get; private set; }
    public DenunciationSubtype? DenunciationSubtype { get; private set; }
    public InadmissibilityReason? Inadmissibility { get; private set; }
    public Guid? DuplicateOfId { get; private set; }
    public bool HasEarlierGuidance { get; private set; }
    public bool HasEarlierForwarding { get; private set; }

    // Handling outcomes.
    public FilingReason? FilingReason { get; private set; }
    public Guid? ForwardedToBodyId { get; private set; }
    public string? ForwardingRecommendation { get; private set; }
    public DateOnly? AnswerDueOn { get; private set; }
    public int Reminders { get; private set; }
    public string? AnswerSummary { get; private set; }
    public DateOnly? DialogueOn { get; private set; }
    public PetitionStatus? SuspendedFrom { get; private set; }
    public int Extensions { get; private set; }
    public FirstInstanceOutcome? FirstInstanceOutcome { get; private set; }
    public SecondInstanceOutcome? SecondInstanceOutcome { get; private set; }
    public DateOnly? DecisionEffectiveOn { get; private set; }
    public DenunciationFinding? Finding { get; private set; }
    public RecommendationOutcome? RecommendationOutcome { get; private set; }

    // A denunciation withdrawn while it must still be resolved (Luật Tố cáo 2018, Điều 33(3)).
    public bool HasWithdrawalRequest { get; private set; }

    /// <summary>
    /// The letter carries a denouncer's identity though it may not be a denunciation itself: it was split and one of its
    /// parts is a denunciation, or it is of the family of a letter that holds one (a part or a forwarded copy of it, or
    /// the letter it was split or forwarded from, at whatever body). Its senders, text and files are then
    /// protected as a denunciation's (<see cref="PetitionQueries.IsIdentitySealed"/>). Never cleared: a later
    /// classification of a part does not make the identity, once protected, less secret (Luật Tố cáo 2018, Điều 47, 48).
    /// </summary>
    public bool DenouncerProtected { get; private set; }

    // What the letter report counts (RULES.md 12), kept on the letter's own row so that a period's figures are one pass
    // over its letters (bench/README.md, Reports). The history and the tracked time limits stay the record: each of these
    // is set by the same step that writes the record, is never cleared, and equals what the record says (tested).

    /// <summary>An Accept step was taken (whatever happened after it).</summary>
    public bool WasAccepted { get; private set; }

    /// <summary>A Guide step was taken.</summary>
    public bool WasGuided { get; private set; }

    /// <summary>A File step was taken.</summary>
    public bool WasFiled { get; private set; }

    /// <summary>A RecordAnswer step was taken: the competent body's answer to a forwarded letter came back.</summary>
    public bool AnswerRecorded { get; private set; }

    /// <summary>A resolution time limit of this letter was met on or before its due date.</summary>
    public bool ResolvedInTime { get; private set; }

    /// <summary>A resolution time limit of this letter was met after its due date.</summary>
    public bool ResolvedLate { get; private set; }

    public IReadOnlyList<PetitionTransition> Transitions => _transitions;

    public bool CanResolve => BodyKinds.CanResolve(ReceivingBodyKind);

    public PetitionTrack Track => PetitionMachine.TrackOf(ReceivingBodyKind, Kind, Instance);

    public bool IsFinal => PetitionMachine.IsFinal(Track, Status);

    public bool HasBeenGuided => HasEarlierGuidance || _transitions.Any(t => t.Action == PetitionAction.Guide);

    public bool HasBeenForwarded => HasEarlierForwarding || _transitions.Any(t => t.Action == PetitionAction.Forward);

    /// <summary>The forwarded letter's answer is late (RULES.md 13.1: Overdue → Reminded → Answered | EscalatedToSupervision).</summary>
    public bool IsOverdueOn(DateOnly today) => Status == PetitionStatus.AwaitingAnswer && AnswerDueOn is { } due && today > due;

    public IReadOnlyList<PetitionAction> AllowedActions(DateTimeOffset now) => PetitionMachine.AllowedActions(this, now);

    private Petition() { }

    /// <summary>Logs a letter on the day it arrives (RULES.md 2.1).</summary>
    public static Petition Receive(
        Guid receivingBodyId, BodyKind receivingBodyKind, Channel channel, DateOnly receivedOn, string subject, string content,
        PetitionFlags flags, PetitionActor by, DateTimeOffset now, PetitionOrigin? origin = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(by);
        var petition = new Petition
        {
            Id = origin?.Id ?? Guid.CreateVersion7(),
            ReceivingBodyId = receivingBodyId,
            ReceivingBodyKind = receivingBodyKind,
            Channel = channel,
            ReceivedOn = receivedOn,
            Subject = subject.Trim(),
            Content = content.Trim(),
            Flags = Normalize(flags),
            Status = PetitionStatus.Received,
            RegisteredAt = now,
            CaseId = origin?.CaseId ?? Guid.CreateVersion7(),
            TrackingCode = origin?.TrackingCode ?? "",
            ForwardedFromId = origin?.ForwardedFromId,
            SplitFromId = origin?.SplitFromId,
            SenderCount = Math.Max(origin?.SenderCount ?? 1, 0),
            DeclaredKind = origin?.DeclaredKind,
            FieldCode = origin?.FieldCode,
            DenouncerProtected = origin?.DenouncerProtected ?? false,
        };
        if (petition.SenderCount >= PetitionOrigin.MultiPersonFrom)
            petition.Flags |= PetitionFlags.MultiPerson;
        petition._transitions.Add(new(PetitionStatus.Received, PetitionStatus.Received, PetitionAction.Receive, now, by.Id, by.Name, null) { Sequence = 1 });
        return petition;
    }

    /// <summary>Phân loại đơn (RULES.md 2.2). Allowed again before the letter is handled, to correct the kind.</summary>
    public Result Classify(PetitionClassification classification, PetitionActor by, DateTimeOffset now, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(classification);
        var c = classification;
        var track = PetitionMachine.TrackOf(ReceivingBodyKind, c.Kind, c.Instance);
        return Apply(PetitionAction.Classify, by, now, note, track: track,
            check: () =>
                !CanResolve && c.Competence == Petitions.Competence.Own ? PetitionMachine.BodyCannotAccept(ReceivingBodyKind)
                : !Fits(c) ? PetitionErrors.ClassificationMismatch
                : null,
            effect: () =>
            {
                Kind = c.Kind;
                FieldCode = c.FieldCode ?? FieldCode;
                Competence = c.Competence;
                Flags = Normalize(c.Flags);
                ComplaintObject = c.ComplaintObject;
                Instance = c.Instance;
                DenunciationSubtype = c.DenunciationSubtype;
                Inadmissibility = c.Inadmissibility;
                DuplicateOfId = c.DuplicateOfId;
                HasEarlierGuidance = c.HasEarlierGuidance;
                HasEarlierForwarding = c.HasEarlierForwarding;
            });
    }

    /// <summary>Thụ lý: only a body with power to resolve, for an admissible letter within its own competence.</summary>
    public Result Accept(PetitionActor by, DateTimeOffset now, string? note = null) => Apply(PetitionAction.Accept, by, now, note);

    /// <summary>Không thụ lý, with the reason the sender is told (Luật Khiếu nại 2011, Điều 11; Luật Tố cáo 2018, Điều 29(1)).</summary>
    public Result Decline(InadmissibilityReason reason, PetitionActor by, DateTimeOffset now, string? note = null) =>
        Apply(PetitionAction.Decline, by, now, note,
            check: () => Applies(reason, Kind) ? null : PetitionErrors.ReasonNotForKind,
            effect: () => Inadmissibility = reason);

    /// <summary>Written guidance to the competent body, once per content.</summary>
    public Result Guide(PetitionActor by, DateTimeOffset now, string? note = null) => Apply(PetitionAction.Guide, by, now, note);

    /// <summary>Chuyển đơn to the competent body, with a recommendation when this body cannot resolve.</summary>
    public Result Forward(Guid toBodyId, string? recommendation, PetitionActor by, DateTimeOffset now, string? note = null) =>
        Apply(PetitionAction.Forward, by, now, note,
            check: () => toBodyId == ReceivingBodyId ? PetitionErrors.ForwardToSelf : null,
            effect: () =>
            {
                ForwardedToBodyId = toBodyId;
                ForwardingRecommendation = string.IsNullOrWhiteSpace(recommendation) ? null : recommendation.Trim();
            });

    /// <summary>Lưu đơn: no handling (a denunciation becomes NotHandled).</summary>
    public Result File(FilingReason reason, PetitionActor by, DateTimeOffset now, string? note = null) =>
        Apply(PetitionAction.File, by, now, note, effect: () => FilingReason = reason);

    /// <summary>Theo dõi: wait for the competent body's answer until <paramref name="answerDueOn"/>.</summary>
    public Result Monitor(DateOnly answerDueOn, PetitionActor by, DateTimeOffset now, string? note = null) =>
        Apply(PetitionAction.Monitor, by, now, note, effect: () => AnswerDueOn = answerDueOn);

    /// <summary>Đôn đốc: a reminder to the competent body once its answer is late.</summary>
    public Result Remind(PetitionActor by, DateTimeOffset now, string? note = null) =>
        Apply(PetitionAction.Remind, by, now, note, effect: () => Reminders++);

    public Result RecordAnswer(string? summary, PetitionActor by, DateTimeOffset now, string? note = null) =>
        Apply(PetitionAction.RecordAnswer, by, now, note, effect: () => AnswerSummary = Trimmed(summary));

    /// <summary>
    /// A part of this letter, split by the body it was forwarded to, has a result while other parts have none: nothing
    /// is recorded yet (the answer waits for every part), but the letter counts as changed, so that two parts' results
    /// saved at once cannot both find the other missing and leave the letter waiting.
    /// </summary>
    public void HearPartResult() => Version++;

    /// <summary>Tells the citizen the result (Luật Tiếp công dân 2013, Điều 28(2)).</summary>
    public Result NotifyCitizen(PetitionActor by, DateTimeOffset now, string? note = null) => Apply(PetitionAction.NotifyCitizen, by, now, note);

    /// <summary>The answer is late after reminders: the matter goes to supervision (RULES.md §6).</summary>
    public Result EscalateToSupervision(PetitionActor by, DateTimeOffset now, string? note = null) =>
        Apply(PetitionAction.EscalateToSupervision, by, now, note);

    /// <summary>Records the written finding that the case is complex or especially complex (NĐ 31/2019, Điều 3; NĐ 124/2020, Điều 3a).</summary>
    public Result FindComplex(bool especiallyComplex, PetitionActor by, DateTimeOffset now, string? note = null) =>
        Apply(PetitionAction.FindComplex, by, now, note,
            effect: () => Flags = Normalize(Flags | (especiallyComplex ? PetitionFlags.EspeciallyComplex : PetitionFlags.Complex)));

    public Result StartVerification(PetitionActor by, DateTimeOffset now, string? note = null) => Apply(PetitionAction.StartVerification, by, now, note);

    /// <summary>Invites the complainant at least 5 days ahead (NĐ 124/2020, Điều 28(1) as amended by NĐ 155/2026).</summary>
    public Result ScheduleDialogue(DateOnly dialogueOn, PetitionActor by, DateTimeOffset now, string? note = null) =>
        Apply(PetitionAction.ScheduleDialogue, by, now, note,
            check: () => PetitionMachine.CheckDialogueNotice(dialogueOn, PetitionMachine.VietnamDate(now)),
            effect: () => DialogueOn = dialogueOn);

    /// <summary>The dialogue is minuted; an absent complainant without a valid reason does not stop the resolution.</summary>
    public Result HoldDialogue(PetitionActor by, DateTimeOffset now, string? note = null) => Apply(PetitionAction.HoldDialogue, by, now, note);

    /// <summary>Tạm đình chỉ: the clock stops until <see cref="Resume"/>.</summary>
    public Result Suspend(string reason, PetitionActor by, DateTimeOffset now) =>
        Apply(PetitionAction.Suspend, by, now, reason,
            check: () => string.IsNullOrWhiteSpace(reason) ? PetitionErrors.ReasonRequired : null,
            effect: () => SuspendedFrom = Status);

    /// <summary>Tiếp tục giải quyết: back to the status before the suspension.</summary>
    public Result Resume(PetitionActor by, DateTimeOffset now, string? note = null) =>
        Apply(PetitionAction.Resume, by, now, note, effect: () => SuspendedFrom = null);

    /// <summary>Gia hạn giải quyết tố cáo: 30 days each, once if complex, twice if especially complex.</summary>
    public Result Extend(PetitionActor by, DateTimeOffset now, string? note = null) =>
        Apply(PetitionAction.Extend, by, now, note, effect: () => Extensions++);

    /// <summary>
    /// Quyết định giải quyết khiếu nại lần đầu. <paramref name="takesEffectOn"/> is the date it becomes legally effective
    /// if no second-instance complaint comes (rule "complaint.decision-effective", Luật Khiếu nại 2011, Điều 44).
    /// </summary>
    public Result Decide(FirstInstanceOutcome outcome, DateOnly takesEffectOn, PetitionActor by, DateTimeOffset now, string? note = null) =>
        Apply(PetitionAction.Decide, by, now, note,
            check: () => Track == PetitionTrack.Complaint ? null : PetitionErrors.OutcomeNotForStage,
            effect: () => (FirstInstanceOutcome, DecisionEffectiveOn) = (outcome, takesEffectOn));

    /// <summary>Quyết định giải quyết khiếu nại lần hai (Luật Khiếu nại 2011, Điều 40, 44).</summary>
    public Result Decide(SecondInstanceOutcome outcome, DateOnly takesEffectOn, PetitionActor by, DateTimeOffset now, string? note = null) =>
        Apply(PetitionAction.Decide, by, now, note,
            check: () => Track == PetitionTrack.SecondInstanceComplaint ? null : PetitionErrors.OutcomeNotForStage,
            effect: () => (SecondInstanceOutcome, DecisionEffectiveOn) = (outcome, takesEffectOn));

    /// <summary>The decision on a petition or feedback (NĐ 20/2008/NĐ-CP, Điều 15).</summary>
    public Result Decide(RecommendationOutcome outcome, PetitionActor by, DateTimeOffset now, string? note = null) =>
        Apply(PetitionAction.Decide, by, now, note,
            check: () => Track == PetitionTrack.Recommendation ? null : PetitionErrors.OutcomeNotForStage,
            effect: () => RecommendationOutcome = outcome);

    /// <summary>A second-instance complaint against the first decision was accepted (Luật Khiếu nại 2011, Điều 33).</summary>
    public Result Appeal(PetitionActor by, DateTimeOffset now, string? note = null) =>
        Apply(PetitionAction.Appeal, by, now, note, effect: () => (Instance, DecisionEffectiveOn) = (ComplaintInstance.Second, null));

    /// <summary>The decision became legally effective (Luật Khiếu nại 2011, Điều 44).</summary>
    public Result TakeEffect(PetitionActor by, DateTimeOffset now, string? note = null) => Apply(PetitionAction.TakeEffect, by, now, note);

    /// <summary>The complainant sued in the administrative court: administrative resolution ends (Luật Khiếu nại 2011, Điều 7).</summary>
    public Result RecordLawsuit(PetitionActor by, DateTimeOffset now, string? note = null) => Apply(PetitionAction.RecordLawsuit, by, now, note);

    /// <summary>Checks anonymous information that names a violator with evidence, for management purposes (Luật Tố cáo 2018, Điều 25(2)).</summary>
    public Result CheckAnonymousInfo(PetitionActor by, DateTimeOffset now, string? note = null) => Apply(PetitionAction.CheckAnonymousInfo, by, now, note);

    /// <summary>Kết luận nội dung tố cáo (Luật Tố cáo 2018, Điều 35).</summary>
    public Result Conclude(DenunciationFinding finding, PetitionActor by, DateTimeOffset now, string? note = null) =>
        Apply(PetitionAction.Conclude, by, now, note, effect: () => Finding = finding);

    /// <summary>Xử lý tố cáo: measures within 7 working days of the conclusion (Luật Tố cáo 2018, Điều 36(1)).</summary>
    public Result StartHandling(PetitionActor by, DateTimeOffset now, string? note = null) => Apply(PetitionAction.StartHandling, by, now, note);

    /// <summary>Signs of a crime go to the investigation agency or procuracy (Luật Tố cáo 2018, Điều 27, 36(2)).</summary>
    public Result TransferToInvestigation(PetitionActor by, DateTimeOffset now, string? note = null) =>
        Apply(PetitionAction.TransferToInvestigation, by, now, note, effect: () => Flags |= PetitionFlags.SignsOfCrime);

    public Result StartReview(PetitionActor by, DateTimeOffset now, string? note = null) => Apply(PetitionAction.StartReview, by, now, note);

    /// <summary>Answers the sender (Luật Tiếp công dân 2013, Điều 28).</summary>
    public Result Answer(string? summary, PetitionActor by, DateTimeOffset now, string? note = null) =>
        Apply(PetitionAction.Answer, by, now, note, effect: () => AnswerSummary = Trimmed(summary));

    /// <summary>Publishes the result (NĐ 20/2008/NĐ-CP, Điều 14).</summary>
    public Result Publish(PetitionActor by, DateTimeOffset now, string? note = null) => Apply(PetitionAction.Publish, by, now, note);

    /// <summary>
    /// Rút đơn: final, withdrawn content is not reconsidered (Luật Khiếu nại 2011, Điều 10 as amended by Luật 136/2025).
    /// A denunciation with signs of a violation, or withdrawn under coercion (<paramref name="mustStillResolve"/>), is
    /// still resolved: the withdrawal is recorded and the status kept (Luật Tố cáo 2018, Điều 33(3)).
    /// </summary>
    public Result Withdraw(PetitionActor by, DateTimeOffset now, string? reason = null, bool mustStillResolve = false)
    {
        var stillResolve = Track == PetitionTrack.Denunciation && Status != PetitionStatus.InitialProcessing
            && (mustStillResolve || Flags.HasFlag(PetitionFlags.SignsOfCrime));
        return Apply(PetitionAction.Withdraw, by, now, reason, keepStatus: stillResolve, effect: () =>
        {
            if (stillResolve)
                HasWithdrawalRequest = true;
        });
    }

    /// <summary>Đình chỉ giải quyết on a legal ground (Luật Khiếu nại 2011, Điều 11a; Luật Tố cáo 2018, Điều 34(3)).</summary>
    public Result Stop(string reason, PetitionActor by, DateTimeOffset now) =>
        Apply(PetitionAction.Stop, by, now, reason, check: () => string.IsNullOrWhiteSpace(reason) ? PetitionErrors.ReasonRequired : null);

    public Result Close(PetitionActor by, DateTimeOffset now, string? note = null) => Apply(PetitionAction.Close, by, now, note);

    /// <summary>
    /// Tách đơn: the contents go on as the letters of <paramref name="parts"/> (tracking code and kind of each), and this
    /// letter's handling ends (RULES.md 2.2(1), 13.1(1)). The history names the children. When a part is a denunciation,
    /// this letter, which keeps the same senders, text and files, is protected from then on as a denunciation is.
    /// </summary>
    public Result Split(IReadOnlyList<(string Code, PetitionKind Kind)> parts, PetitionActor by, DateTimeOffset now, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var reason = $"Tách thành đơn {string.Join(", ", parts.Select(p => p.Code))}" + (string.IsNullOrWhiteSpace(note) ? "" : $": {note.Trim()}");
        return Apply(PetitionAction.Split, by, now, reason.Length > PetitionConfiguration.NoteLength ? reason[..PetitionConfiguration.NoteLength] : reason,
            check: () => parts.Count < SplitPart.MinParts ? PetitionErrors.SplitNeedsParts : null,
            effect: () =>
            {
                if (parts.Any(p => p.Kind == PetitionKind.Denunciation))
                    DenouncerProtected = true;
            });
    }

    /// <summary>
    /// Protects the senders of this letter as a denouncer's: it is a part, or a copy, of a letter that holds a
    /// denunciation (Luật Tố cáo 2018, Điều 47(1)(a), 56(2)).
    /// </summary>
    public void ProtectDenouncer()
    {
        if (DenouncerProtected)
            return;
        DenouncerProtected = true;
        Version++;
    }

    /// <summary>Giao xử lý: the leader names the handler (null takes the letter back to the body's queue).</summary>
    public void AssignTo(Guid? userId)
    {
        AssigneeId = userId;
        Version++;
    }

    public void SetDueOn(DateOnly? dueOn) => DueOn = dueOn;

    /// <summary>Joins another matter (vụ việc) when a handler confirms that this letter repeats one of its letters.</summary>
    public void JoinCase(Guid caseId)
    {
        CaseId = caseId;
        Version++;
    }

    /// <summary>
    /// Links the letter to the one it repeats (<c>duplicateOf</c>, RULES.md 2.5) with the flag the law counts: sent to many
    /// places when the other letter is at another body, a repeated letter when it is at the same body.
    /// </summary>
    public void MarkRepeatOf(Petition other)
    {
        ArgumentNullException.ThrowIfNull(other);
        DuplicateOfId = other.Id;
        Flags |= other.ReceivingBodyId == ReceivingBodyId ? PetitionFlags.Duplicate : PetitionFlags.SentToMany;
        Version++;
    }

    /// <summary>Undoes <see cref="MarkRepeatOf"/>: the link and the flags as they were before.</summary>
    public void RestoreLink(Guid? duplicateOfId, PetitionFlags flags)
    {
        DuplicateOfId = duplicateOfId;
        Flags = flags;
        Version++;
    }

    /// <summary>A resolution time limit of this letter was met (by <see cref="PetitionDeadlines"/>), in time or late.</summary>
    public void RecordResolution(bool inTime)
    {
        if (inTime)
            ResolvedInTime = true;
        else
            ResolvedLate = true;
    }

    /// <summary>Issues the citizen's receipt secret (its hash only is kept).</summary>
    public void IssueCitizenSecret(string secretHash) => CitizenSecretHash = secretHash;

    public void Locate(double? latitude, double? longitude, string? place)
    {
        (Latitude, Longitude) = latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180 ? (latitude, longitude) : (null, null);
        Place = string.IsNullOrWhiteSpace(place) ? null : place.Trim();
    }

    private Result Apply(
        PetitionAction action, PetitionActor by, DateTimeOffset now, string? reason,
        Func<DomainError?>? check = null, Action? effect = null, PetitionTrack? track = null, bool keepStatus = false)
    {
        ArgumentNullException.ThrowIfNull(by);
        var (rule, error) = PetitionMachine.Evaluate(this, action, PetitionMachine.VietnamDate(now), track ?? Track);
        if (error is not null)
            return error;
        if (check?.Invoke() is { } refused)
            return refused;

        var from = Status;
        var to = keepStatus ? from : rule!.To ?? SuspendedFrom ?? throw new InvalidOperationException("Resumed without a suspended status.");
        effect?.Invoke();
        Status = to;
        Version++;
        _transitions.Add(new(from, to, action, now, by.Id, by.Name, Trimmed(reason)) { Sequence = _transitions.Count + 1 });
        WasAccepted |= action == PetitionAction.Accept;
        WasGuided |= action == PetitionAction.Guide;
        WasFiled |= action == PetitionAction.File;
        AnswerRecorded |= action == PetitionAction.RecordAnswer;
        return Result.Ok;
    }

    // Especially complex is two or more complexity criteria, so it is also complex (NĐ 31/2019, Điều 3(3)).
    private static PetitionFlags Normalize(PetitionFlags flags) =>
        flags.HasFlag(PetitionFlags.EspeciallyComplex) ? flags | PetitionFlags.Complex : flags;

    private static bool Fits(PetitionClassification c) =>
        (c.Kind == PetitionKind.Complaint || (c.ComplaintObject is null && c.Instance == ComplaintInstance.First))
        && (c.Kind == PetitionKind.Denunciation || c.DenunciationSubtype is null)
        && (c.Inadmissibility is not { } reason || Applies(reason, c.Kind));

    private static bool Applies(InadmissibilityReason reason, PetitionKind? kind) => kind switch
    {
        PetitionKind.Complaint => (int)reason is >= 1 and <= 9,
        PetitionKind.Denunciation => (int)reason is >= 101 and <= 199,
        PetitionKind.Recommendation or PetitionKind.Feedback => (int)reason >= 201,
        _ => false,
    };

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
