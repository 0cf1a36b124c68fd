using System.Collections.Frozen;
using PhoiHop.Common;
using PhoiHop.Features.Organizations;
using static PhoiHop.Features.Petitions.PetitionAction;
using static PhoiHop.Features.Petitions.PetitionStatus;

namespace PhoiHop.Features.Petitions;

/// <summary>
/// The state machines of RULES.md 13.1–13.3 and 2.6 as one table of <see cref="PetitionRule"/>s, and the guards of the
/// law around them. <see cref="Petition"/>'s verbs and <see cref="AllowedActions"/> both go through
/// <see cref="Evaluate"/>, so the buttons shown and the steps accepted cannot drift apart.
/// </summary>
public static class PetitionMachine
{
    private const string Reception = "Luật Tiếp công dân 2013";
    private const string Complaints = "Luật Khiếu nại 2011";
    private const string Denunciations = "Luật Tố cáo 2018";
    private const string LetterHandling = "Thông tư 05/2021/TT-TTCP";

    // A letter with several kinds of content is split, or the sender guided to write separate letters (RULES.md 1.4, 2.2(1)).
    private const string Splitting = "Luật Tiếp công dân 2013, Điều 25(3); Thông tư 05/2021/TT-TTCP (đơn có nhiều nội dung)";

    // No rule found on withdrawing a petition or a forwarded letter; the sender's letter ends it (as RULES.md 3.4, 4.5).
    private const string SenderWithdraws = "Người gửi rút đơn (không có quy định riêng)";

    // Dialogue notice of at least 5 days: NĐ 124/2020, Điều 28(1) as amended by NĐ 155/2026 (RULES.md 3.2).
    private static readonly DateOnly DialogueNoticeFrom = new(2026, 7, 1);
    private const int DialogueNoticeDays = 5;

    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static IReadOnlyList<PetitionRule> Rules { get; } = [.. Build()];

    private static readonly FrozenDictionary<(PetitionTrack, PetitionAction, PetitionStatus), PetitionRule> ByMove =
        Rules.ToFrozenDictionary(r => (r.Track, r.Action, r.From));

    private static readonly FrozenSet<(PetitionTrack, PetitionStatus)> Open =
        Rules.Select(r => (r.Track, r.From)).ToFrozenSet();

    public static PetitionTrack TrackOf(BodyKind receivingBodyKind, PetitionKind? kind, ComplaintInstance instance) =>
        !BodyKinds.CanResolve(receivingBodyKind) ? PetitionTrack.ExternalCase
        : kind switch
        {
            null => PetitionTrack.Intake,
            PetitionKind.Complaint => instance == ComplaintInstance.Second ? PetitionTrack.SecondInstanceComplaint : PetitionTrack.Complaint,
            PetitionKind.Denunciation => PetitionTrack.Denunciation,
            PetitionKind.Recommendation or PetitionKind.Feedback => PetitionTrack.Recommendation,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

    /// <summary>True when no step leads out of <paramref name="status"/> in <paramref name="track"/>: this body's handling has ended.</summary>
    public static bool IsFinal(PetitionTrack track, PetitionStatus status) => !Open.Contains((track, status));

    /// <summary>The steps the law allows now, for the buttons of the UI. Steps that need arguments are checked again when taken.</summary>
    public static IReadOnlyList<PetitionAction> AllowedActions(Petition petition, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(petition);
        var today = VietnamDate(now);
        return [.. Enum.GetValues<PetitionAction>().Where(a => a != Receive && Evaluate(petition, a, today, petition.Track).Error is null)];
    }

    /// <summary>Whether <paramref name="action"/> is allowed now, and if not, the rule that refuses it (for an HTTP 409).</summary>
    public static Result Check(Petition petition, PetitionAction action, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(petition);
        return action == Receive ? PetitionErrors.NotAllowedNow : new Result(Evaluate(petition, action, VietnamDate(now), petition.Track).Error);
    }

    internal static DateOnly VietnamDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(VietnamOffset).DateTime);

    internal static DomainError BodyCannotAccept(BodyKind kind) => kind switch
    {
        BodyKind.FrontCommittee or BodyKind.CommuneFrontCommittee or BodyKind.MemberOrganisation => PetitionErrors.FrontCannotAccept,
        BodyKind.PeoplesCouncil or BodyKind.CouncilStandingCommittee or BodyKind.CouncilCommittee or BodyKind.CommunePeoplesCouncil => PetitionErrors.CouncilCannotAccept,
        BodyKind.NationalAssemblyDelegation => PetitionErrors.DelegationCannotAccept,
        _ => PetitionErrors.BodyCannotResolve,
    };

    /// <summary>
    /// The single place where a step is judged, in this order: withdrawal, once-per-content, finality, the body's power,
    /// what the law refuses for the kind, the table, then the guards that depend on the petition's facts and the date.
    /// <paramref name="track"/> differs from the petition's own only when Classify evaluates the kind it is about to set.
    /// </summary>
    internal static (PetitionRule? Rule, DomainError? Error) Evaluate(Petition p, PetitionAction action, DateOnly today, PetitionTrack track)
    {
        if (p.Status == Withdrawn)
            return (null, PetitionErrors.Withdrawn);
        if (action == Guide && p.HasBeenGuided)
            return (null, PetitionErrors.GuidedOnce);
        if (action == Forward && p.Kind == PetitionKind.Denunciation && p.HasBeenForwarded)
            return (null, PetitionErrors.DenunciationForwardedOnce);
        if (p.Status == PetitionStatus.Closed)
            return (null, PetitionErrors.Closed);
        if (IsFinal(p.Track, p.Status))
            return (null, PetitionErrors.HandlingEnded);
        if (action is Accept or Decline && !p.CanResolve)
            return (null, BodyCannotAccept(p.ReceivingBodyKind));
        if (Refusal(p, action, track) is { } refusal)
            return (null, refusal);
        if (!ByMove.TryGetValue((track, action, p.Status), out var rule))
            return (null, StateError(p, action));
        if (Guard(p, action, today) is { } error)
            return (null, error);
        return (rule, null);
    }

    // Steps the law rules out for a kind of letter, whatever the status.
    private static DomainError? Refusal(Petition p, PetitionAction action, PetitionTrack track) => action switch
    {
        // A complaint outside competence is guided, not forwarded (RULES.md 2.4; Luật TCD Điều 26(1)(b)).
        Forward when track is PetitionTrack.Complaint or PetitionTrack.SecondInstanceComplaint => PetitionErrors.ComplaintIsGuidedNotForwarded,

        // A denunciation outside competence is forwarded; only a denouncer met in person is guided (Luật Tố cáo 2018, Điều 24(2)).
        Guide when p.Kind == PetitionKind.Denunciation && !IsInPerson(p.Channel) => PetitionErrors.DenunciationIsForwardedNotGuided,

        // Only the resolution of a denunciation can be extended (Luật Tố cáo 2018, Điều 30); complaints have longer periods instead.
        Extend when p.Kind is not null and not PetitionKind.Denunciation => PetitionErrors.ExtensionNotProvided,

        // Withdrawal is possible only before the conclusion (Luật Tố cáo 2018, Điều 33(1)).
        Withdraw when track == PetitionTrack.Denunciation && p.Status is Concluded or Handling => PetitionErrors.WithdrawalAfterConclusion,

        // The second-instance dialogue is mandatory (NĐ 124/2020, Điều 28(2) as amended by NĐ 155/2026).
        Decide when track == PetitionTrack.SecondInstanceComplaint && p.Status is SecondInstanceAccepted or Verifying or DialogueScheduled
            => PetitionErrors.SecondInstanceNeedsDialogue,
        _ => null,
    };

    private static DomainError StateError(Petition p, PetitionAction action) =>
        action == Resume && p.Status != Suspended ? PetitionErrors.NotSuspended
        : p.Status == Received ? PetitionErrors.NotClassified
        : p.Status == Suspended ? PetitionErrors.IsSuspended
        : PetitionErrors.NotAllowedNow;

    // Guards on the petition's facts, once the table allows the move.
    private static DomainError? Guard(Petition p, PetitionAction action, DateOnly today)
    {
        switch (action)
        {
            case Accept:
                if (p.Competence != Competence.Own)
                    return PetitionErrors.NotOwnCompetence;
                if (p.Inadmissibility is not null)
                    return PetitionErrors.Inadmissible;
                if (p.Flags.HasFlag(PetitionFlags.Duplicate))
                    return PetitionErrors.DuplicateMustBeFiled;
                if (p.Flags.HasFlag(PetitionFlags.JudgmentExists))
                    return PetitionErrors.JudgmentExists;
                if (p.Kind == PetitionKind.Denunciation && p.Flags.HasFlag(PetitionFlags.Anonymous))
                    return PetitionErrors.AnonymousDenunciation; // Luật Tố cáo 2018, Điều 25(1)
                return null;
            case Decline:
                return p.Competence != Competence.Own ? PetitionErrors.NotOwnCompetence : null;
            case Guide or Forward when p.CanResolve && p.Competence == Competence.Own:
                return PetitionErrors.WithinOwnCompetence;
            case Forward when p.Kind == PetitionKind.Denunciation && p.Flags.HasFlag(PetitionFlags.SentToMany):
                return PetitionErrors.SentToCompetentBody; // Luật Tố cáo 2018, Điều 24(3)
            case CheckAnonymousInfo:
                return p.Flags.HasFlag(PetitionFlags.Anonymous) ? null : PetitionErrors.NotAnonymous;
            case Extend:
                // Complex: once; especially complex: twice; 30 days each (Luật Tố cáo 2018, Điều 30(2)–(3); NĐ 31/2019, Điều 3).
                return p.Extensions switch
                {
                    0 when !p.Flags.HasFlag(PetitionFlags.Complex) => PetitionErrors.ExtensionNeedsComplexCase,
                    1 when !p.Flags.HasFlag(PetitionFlags.EspeciallyComplex) => PetitionErrors.SecondExtensionNeedsEspeciallyComplex,
                    >= 2 => PetitionErrors.ExtensionLimitReached,
                    _ => null,
                };
            case Remind:
                return p.IsOverdueOn(today) ? null : PetitionErrors.NotOverdue;
            case EscalateToSupervision:
                return !p.IsOverdueOn(today) ? PetitionErrors.NotOverdue
                    : p.Reminders == 0 ? PetitionErrors.EscalationNeedsReminder
                    : null;
            case TakeEffect:
                return p.DecisionEffectiveOn is { } effectiveOn && today < effectiveOn ? PetitionErrors.NotYetEffective : null;
            default:
                return null;
        }
    }

    internal static DomainError? CheckDialogueNotice(DateOnly dialogueOn, DateOnly today) =>
        today >= DialogueNoticeFrom && dialogueOn.DayNumber - today.DayNumber < DialogueNoticeDays ? PetitionErrors.DialogueNoticeTooShort : null;

    private static bool IsInPerson(Channel channel) => channel is Channel.InPerson or Channel.ReceptionSession;

    private static List<PetitionRule> Build()
    {
        var rules = new List<PetitionRule>();
        void Add(PetitionTrack track, PetitionAction action, PetitionStatus? to, string basis, params PetitionStatus[] from) =>
            rules.AddRange(from.Select(f => new PetitionRule(track, action, f, to ?? f, basis)));
        void Back(PetitionTrack track, string basis) => rules.Add(new PetitionRule(track, Resume, Suspended, null, basis));

        // Intake at a resolving body: the kind decides the machine (RULES.md 2.2).
        var t = PetitionTrack.Intake;
        Add(t, Classify, Classified, $"{LetterHandling} (phân loại đơn)", Received);
        Add(t, Withdraw, Withdrawn, $"{Complaints}, Điều 10; {Denunciations}, Điều 33", Received);

        // Splitting comes before the handling is decided: from receipt until classification is acted on.
        Add(t, PetitionAction.Split, PetitionStatus.Split, Splitting, Received);
        foreach (var track in new[] { PetitionTrack.Complaint, PetitionTrack.SecondInstanceComplaint, PetitionTrack.Recommendation, PetitionTrack.ExternalCase })
            Add(track, PetitionAction.Split, PetitionStatus.Split, Splitting, Received, Classified);
        Add(PetitionTrack.Denunciation, PetitionAction.Split, PetitionStatus.Split, Splitting, Received, Classified, InitialProcessing);

        // Complaint, first instance (RULES.md 13.1).
        t = PetitionTrack.Complaint;
        PetitionStatus[] resolving = [Accepted, Verifying, DialogueScheduled, DialogueHeld];
        Add(t, Classify, Classified, $"{Complaints}, Điều 27; {LetterHandling}", Received, Classified, InitialProcessing);
        Add(t, Guide, Guided, $"{Reception}, Điều 26(1)(b); {LetterHandling}: hướng dẫn một lần", Classified);
        Add(t, Decline, Inadmissible, $"{Complaints}, Điều 11, Điều 27", Classified);
        Add(t, Accept, Accepted, $"{Complaints}, Điều 27", Classified);
        Add(t, PetitionAction.File, Filed, $"{LetterHandling} (lưu đơn)", Classified);
        Add(t, FindComplex, null, "Nghị định 124/2020/NĐ-CP, Điều 3a (Nghị định 155/2026/NĐ-CP)", [Classified, .. resolving]);
        Add(t, StartVerification, Verifying, $"{Complaints}, Điều 29", Accepted);
        Add(t, ScheduleDialogue, DialogueScheduled, $"{Complaints}, Điều 30; Nghị định 124/2020/NĐ-CP, Điều 28(1)", Verifying, DialogueScheduled);
        Add(t, HoldDialogue, DialogueHeld, $"{Complaints}, Điều 30", DialogueScheduled);
        Add(t, Decide, DecidedFirstInstance, $"{Complaints}, Điều 31", Verifying, DialogueHeld);
        Add(t, TakeEffect, Effective, $"{Complaints}, Điều 44", DecidedFirstInstance);
        Add(t, Appeal, SecondInstanceAccepted, $"{Complaints}, Điều 7, Điều 33", DecidedFirstInstance);
        Add(t, Suspend, Suspended, $"{Complaints}, Điều 11a (Luật 136/2025/QH15)", resolving);
        Back(t, "Nghị định 124/2020/NĐ-CP, Điều 28b (Nghị định 155/2026/NĐ-CP)");
        Add(t, Stop, Stopped, $"{Complaints}, Điều 11a (Luật 136/2025/QH15)", [.. resolving, Suspended]);
        Add(t, Withdraw, Withdrawn, $"{Complaints}, Điều 10 (Luật 136/2025/QH15)", [Classified, .. resolving, Suspended]);
        Add(t, RecordLawsuit, Sued, $"{Complaints}, Điều 7", [.. resolving, Suspended, DecidedFirstInstance, Effective]);
        Add(t, Close, PetitionStatus.Closed, $"{Complaints}, Điều 44", Effective);

        // Complaint, second instance: the dialogue is mandatory (RULES.md 13.1(10)–(11); NĐ 124/2020, Điều 28(2)).
        t = PetitionTrack.SecondInstanceComplaint;
        PetitionStatus[] resolvingSecond = [SecondInstanceAccepted, Verifying, DialogueScheduled, DialogueHeld];
        Add(t, Classify, Classified, $"{Complaints}, Điều 33, Điều 36; {LetterHandling}", Received, Classified, InitialProcessing);
        Add(t, Guide, Guided, $"{Reception}, Điều 26(1)(b); {LetterHandling}: hướng dẫn một lần", Classified);
        Add(t, Decline, Inadmissible, $"{Complaints}, Điều 11, Điều 36", Classified);
        Add(t, Accept, SecondInstanceAccepted, $"{Complaints}, Điều 36", Classified);
        Add(t, PetitionAction.File, Filed, $"{LetterHandling} (lưu đơn)", Classified);
        Add(t, FindComplex, null, "Nghị định 124/2020/NĐ-CP, Điều 3a (Nghị định 155/2026/NĐ-CP)", [Classified, .. resolvingSecond]);
        Add(t, StartVerification, Verifying, $"{Complaints}, Điều 38", SecondInstanceAccepted);
        Add(t, ScheduleDialogue, DialogueScheduled, $"{Complaints}, Điều 39; Nghị định 124/2020/NĐ-CP, Điều 28(2)", Verifying, DialogueScheduled);
        Add(t, HoldDialogue, DialogueHeld, $"{Complaints}, Điều 39", DialogueScheduled);
        Add(t, Decide, DecidedSecondInstance, $"{Complaints}, Điều 40", DialogueHeld);
        Add(t, TakeEffect, Effective, $"{Complaints}, Điều 44", DecidedSecondInstance);
        Add(t, Suspend, Suspended, $"{Complaints}, Điều 11a (Luật 136/2025/QH15)", resolvingSecond);
        Back(t, "Nghị định 124/2020/NĐ-CP, Điều 28b (Nghị định 155/2026/NĐ-CP)");
        Add(t, Stop, Stopped, $"{Complaints}, Điều 11a (Luật 136/2025/QH15)", [.. resolvingSecond, Suspended]);
        Add(t, Withdraw, Withdrawn, $"{Complaints}, Điều 10 (Luật 136/2025/QH15)", [Classified, .. resolvingSecond, Suspended]);
        Add(t, RecordLawsuit, Sued, $"{Complaints}, Điều 7", [.. resolvingSecond, Suspended, DecidedSecondInstance, Effective]);
        Add(t, Close, PetitionStatus.Closed, $"{Complaints}, Điều 44", Effective);

        // Denunciation (RULES.md 13.2). Extensions are a count on the petition, not states: they change the due date only.
        t = PetitionTrack.Denunciation;
        Add(t, Classify, InitialProcessing, $"{Denunciations}, Điều 24(1)", Received, Classified, InitialProcessing);
        Add(t, Decline, NotAccepted, $"{Denunciations}, Điều 24(1), Điều 29(1)", InitialProcessing);
        Add(t, Forward, Forwarded, $"{Denunciations}, Điều 24(2); {LetterHandling}, Điều 14(1)", InitialProcessing);
        Add(t, Guide, Guided, $"{Denunciations}, Điều 24(2)", InitialProcessing);
        Add(t, PetitionAction.File, NotHandled, $"{Denunciations}, Điều 24(3), Điều 25(1)", InitialProcessing);
        Add(t, CheckAnonymousInfo, AnonymousInfoCheck, $"{Denunciations}, Điều 25(2)", InitialProcessing);
        Add(t, Close, PetitionStatus.Closed, $"{Denunciations}, Điều 25(2)", AnonymousInfoCheck);
        Add(t, Accept, Accepted, $"{Denunciations}, Điều 29", InitialProcessing);
        Add(t, FindComplex, null, "Nghị định 31/2019/NĐ-CP, Điều 3", InitialProcessing, Accepted, Verifying);
        Add(t, StartVerification, Verifying, $"{Denunciations}, Điều 28", Accepted);
        Add(t, Extend, null, $"{Denunciations}, Điều 30(2)–(4); Nghị định 31/2019/NĐ-CP, Điều 3", Accepted, Verifying);
        Add(t, Suspend, Suspended, $"{Denunciations}, Điều 34(1)", Accepted, Verifying);
        Back(t, $"{Denunciations}, Điều 34(2)");
        Add(t, Stop, Stopped, $"{Denunciations}, Điều 34(3)", Accepted, Verifying, Suspended);
        Add(t, Withdraw, Withdrawn, $"{Denunciations}, Điều 33", InitialProcessing, Accepted, Verifying, Suspended);
        Add(t, Conclude, Concluded, $"{Denunciations}, Điều 35", Verifying);
        Add(t, StartHandling, Handling, $"{Denunciations}, Điều 36(1)", Concluded);
        Add(t, TransferToInvestigation, TransferredToInvestigation, $"{Denunciations}, Điều 27, Điều 36(2)", InitialProcessing, Accepted, Verifying, Concluded, Handling);
        Add(t, Close, PetitionStatus.Closed, $"{Denunciations}, Điều 36(3)", Handling);

        // Petition and feedback (RULES.md 13.3).
        t = PetitionTrack.Recommendation;
        Add(t, Classify, Classified, $"{Reception}, Điều 26(2); {LetterHandling}", Received, Classified, InitialProcessing);
        Add(t, Decline, NotAccepted, "Nghị định 20/2008/NĐ-CP, Điều 7, Điều 9", Classified);
        Add(t, Forward, Forwarded, $"{Reception}, Điều 26(2)(b); Nghị định 20/2008/NĐ-CP, Điều 9", Classified);
        Add(t, PetitionAction.File, Filed, $"{LetterHandling} (lưu đơn)", Classified);
        Add(t, Accept, InHandling, $"{Reception}, Điều 26(2)(a)", Classified);
        Add(t, StartReview, UnderReview, "Nghị định 20/2008/NĐ-CP, Điều 14", InHandling);
        Add(t, Decide, Decided, "Nghị định 20/2008/NĐ-CP, Điều 14, Điều 15", UnderReview);
        Add(t, Answer, Answered, $"{Reception}, Điều 28", Decided);
        Add(t, Publish, Published, "Nghị định 20/2008/NĐ-CP, Điều 14", Answered);
        Add(t, Close, PetitionStatus.Closed, $"{Reception}, Điều 28", Answered, Published);
        Add(t, Withdraw, Withdrawn, SenderWithdraws, Classified, InHandling, UnderReview);

        // Forward and monitor for bodies that do not resolve (RULES.md 2.6, 13.1 "external case").
        t = PetitionTrack.ExternalCase;
        const string noPower = $"{Reception}, Điều 21(3), Điều 22(3); Luật MTTQ 2015, Điều 18, Điều 28(7)";
        Add(t, Classify, Classified, noPower, Received, Classified);
        Add(t, Guide, Guided, $"{noPower}; {LetterHandling}: hướng dẫn một lần", Classified);
        Add(t, PetitionAction.File, Filed, noPower, Classified);
        Add(t, Forward, ForwardedWithRecommendation, noPower, Classified);
        Add(t, PetitionAction.Monitor, AwaitingAnswer, noPower, ForwardedWithRecommendation);
        Add(t, Remind, null, $"{noPower} (đôn đốc)", AwaitingAnswer);
        Add(t, RecordAnswer, Answered, $"{Reception}, Điều 27(2)", AwaitingAnswer, EscalatedToSupervision);
        Add(t, EscalateToSupervision, EscalatedToSupervision, "Luật MTTQ 2015, Điều 25–27", AwaitingAnswer);
        Add(t, NotifyCitizen, ResultNotifiedToCitizen, $"{Reception}, Điều 28(2)", Answered);
        Add(t, Close, PetitionStatus.Closed, noPower, ResultNotifiedToCitizen, EscalatedToSupervision);
        Add(t, Withdraw, Withdrawn, SenderWithdraws, Received, Classified, ForwardedWithRecommendation, AwaitingAnswer);

        return rules;
    }
}
