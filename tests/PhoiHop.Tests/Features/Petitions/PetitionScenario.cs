using PhoiHop.Common;
using PhoiHop.Features.Organizations;
using PhoiHop.Features.Petitions;
using static PhoiHop.Features.Petitions.PetitionStatus;

namespace PhoiHop.Tests.Features.Petitions;

/// <summary>
/// Builds petitions for the tests: a fresh letter driven to a status through legal steps only, and each verb called
/// with ordinary arguments. Dates derive from the time of the step so that date guards hold.
/// </summary>
internal static class PetitionScenario
{
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    public static readonly DateTimeOffset Now = new(2026, 10, 1, 9, 0, 0, Vietnam);
    public static readonly DateOnly Today = new(2026, 10, 1);

    // After every due and effective date the scenarios set (at most 30 days after Now).
    public static readonly DateTimeOffset Later = Now.AddDays(40);

    public static readonly PetitionActor Clerk = new(Guid.Parse("0198f000-0000-7000-8000-000000000001"), "Nguyễn Thị Lan");
    public static readonly Guid ThisBody = Guid.Parse("0198f000-0000-7000-8000-0000000000b1");
    public static readonly Guid CompetentBody = Guid.Parse("0198f000-0000-7000-8000-0000000000b2");

    public static BodyKind BodyFor(PetitionTrack track) =>
        track == PetitionTrack.ExternalCase ? BodyKind.FrontCommittee : BodyKind.PeoplesCommittee;

    public static PetitionKind KindFor(PetitionTrack track) => track switch
    {
        PetitionTrack.Denunciation => PetitionKind.Denunciation,
        PetitionTrack.Recommendation or PetitionTrack.ExternalCase => PetitionKind.Recommendation,
        _ => PetitionKind.Complaint,
    };

    // Guiding and forwarding need a matter outside the body's competence; a body without power never has its own.
    public static Competence CompetenceFor(PetitionTrack track, PetitionAction next) =>
        track == PetitionTrack.ExternalCase || next is PetitionAction.Guide or PetitionAction.Forward ? Competence.OtherBody : Competence.Own;

    public static Petition Receive(BodyKind body = BodyKind.PeoplesCommittee, Channel channel = Channel.InPerson, PetitionFlags flags = PetitionFlags.None) =>
        Petition.Receive(ThisBody, body, channel, Today, "Đề nghị xem xét quyết định thu hồi đất", "Nội dung đơn", flags, Clerk, Now);

    public static PetitionClassification Classification(PetitionTrack track, Competence competence, PetitionFlags flags = PetitionFlags.None) =>
        new(KindFor(track), competence, flags)
        {
            Instance = track == PetitionTrack.SecondInstanceComplaint ? ComplaintInstance.Second : ComplaintInstance.First,
        };

    /// <summary>A fresh petition of <paramref name="track"/> in <paramref name="status"/>, ready for <paramref name="next"/>.</summary>
    public static Petition In(
        PetitionTrack track, PetitionStatus status, PetitionFlags flags = PetitionFlags.None,
        PetitionAction next = PetitionAction.Close, Channel channel = Channel.InPerson, Competence? competence = null)
    {
        var petition = Receive(BodyFor(track), channel, flags);
        var path = Path(track, status);

        // A letter accepted on the way is within competence, whatever step comes next.
        var found = competence ?? (path.Contains(PetitionAction.Accept) ? Competence.Own : CompetenceFor(track, next));
        var classification = Classification(track, found, flags);
        foreach (var step in path)
        {
            var result = step switch
            {
                // Reclassification rows start from a status that another kind reached.
                PetitionAction.Classify when status == InitialProcessing && track != PetitionTrack.Denunciation =>
                    petition.Classify(classification with { Kind = PetitionKind.Denunciation, Instance = ComplaintInstance.First }, Clerk, Now),
                PetitionAction.Classify when status == Classified && track == PetitionTrack.Denunciation =>
                    petition.Classify(classification with { Kind = PetitionKind.Complaint }, Clerk, Now),
                PetitionAction.Classify => petition.Classify(classification, Clerk, Now),
                PetitionAction.Remind or PetitionAction.EscalateToSupervision or PetitionAction.TakeEffect => Do(petition, step, track, Later),
                _ => Do(petition, step, track, Now),
            };
            Assert.True(result.IsSuccess, $"{track}: {step} on the way to {status} was refused: {result.Error?.Code}");
        }
        Assert.Equal(status, petition.Status);
        return petition;
    }

    /// <summary>Calls the verb for <paramref name="action"/> with ordinary arguments.</summary>
    public static Result Do(Petition petition, PetitionAction action, PetitionTrack track, DateTimeOffset at)
    {
        var today = DateOnly.FromDateTime(at.ToOffset(Vietnam).DateTime);
        return action switch
        {
            PetitionAction.Classify => petition.Classify(Classification(track, petition.Competence ?? CompetenceFor(track, action), petition.Flags), Clerk, at),
            PetitionAction.Accept => petition.Accept(Clerk, at),
            PetitionAction.Decline => petition.Decline(ReasonFor(petition.Kind), Clerk, at),
            PetitionAction.Guide => petition.Guide(Clerk, at, "Hướng dẫn gửi đơn đến UBND xã"),
            PetitionAction.Forward => petition.Forward(CompetentBody, "Đề nghị xem xét, giải quyết và thông báo kết quả", Clerk, at),
            PetitionAction.File => petition.File(FilingReason.Duplicate, Clerk, at),
            PetitionAction.Monitor => petition.Monitor(today.AddDays(10), Clerk, at),
            PetitionAction.Remind => petition.Remind(Clerk, at),
            PetitionAction.RecordAnswer => petition.RecordAnswer("Đã giải quyết", Clerk, at),
            PetitionAction.NotifyCitizen => petition.NotifyCitizen(Clerk, at),
            PetitionAction.EscalateToSupervision => petition.EscalateToSupervision(Clerk, at),
            PetitionAction.FindComplex => petition.FindComplex(especiallyComplex: false, Clerk, at),
            PetitionAction.StartVerification => petition.StartVerification(Clerk, at),
            PetitionAction.ScheduleDialogue => petition.ScheduleDialogue(today.AddDays(7), Clerk, at),
            PetitionAction.HoldDialogue => petition.HoldDialogue(Clerk, at),
            PetitionAction.Suspend => petition.Suspend("Chờ kết quả giám định", Clerk, at),
            PetitionAction.Resume => petition.Resume(Clerk, at),
            PetitionAction.Extend => petition.Extend(Clerk, at),
            PetitionAction.Decide => petition.Track switch
            {
                PetitionTrack.SecondInstanceComplaint => petition.Decide(SecondInstanceOutcome.PartlyRight, today.AddDays(30), Clerk, at),
                PetitionTrack.Recommendation => petition.Decide(RecommendationOutcome.ExplanationOnly, Clerk, at),
                _ => petition.Decide(FirstInstanceOutcome.Keep, today.AddDays(30), Clerk, at),
            },
            PetitionAction.Appeal => petition.Appeal(Clerk, at),
            PetitionAction.TakeEffect => petition.TakeEffect(Clerk, at),
            PetitionAction.RecordLawsuit => petition.RecordLawsuit(Clerk, at),
            PetitionAction.CheckAnonymousInfo => petition.CheckAnonymousInfo(Clerk, at),
            PetitionAction.Conclude => petition.Conclude(DenunciationFinding.PartlyRight, Clerk, at),
            PetitionAction.StartHandling => petition.StartHandling(Clerk, at),
            PetitionAction.TransferToInvestigation => petition.TransferToInvestigation(Clerk, at),
            PetitionAction.StartReview => petition.StartReview(Clerk, at),
            PetitionAction.Answer => petition.Answer("Trả lời", Clerk, at),
            PetitionAction.Publish => petition.Publish(Clerk, at),
            PetitionAction.Withdraw => petition.Withdraw(Clerk, at, "Người gửi rút đơn"),
            PetitionAction.Stop => petition.Stop("Người bị tố cáo đã chết", Clerk, at),
            PetitionAction.Close => petition.Close(Clerk, at),
            PetitionAction.Split => petition.Split([("PH-AAAA-AAAA", PetitionKind.Complaint), ("PH-BBBB-BBBB", PetitionKind.Recommendation)], Clerk, at),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
    }

    public static InadmissibilityReason ReasonFor(PetitionKind? kind) => kind switch
    {
        PetitionKind.Denunciation => InadmissibilityReason.NoBasisToIdentifyViolation,
        PetitionKind.Recommendation or PetitionKind.Feedback => InadmissibilityReason.PetitionFormNotMet,
        _ => InadmissibilityReason.LimitationExpired,
    };

    /// <summary>Every status a scenario can reach in each track, for tests that sweep them.</summary>
    public static IEnumerable<(PetitionTrack Track, PetitionStatus Status, PetitionFlags Flags)> Reachable() =>
        from track in Enum.GetValues<PetitionTrack>()
        from status in Enum.GetValues<PetitionStatus>()
        where PathOrNull(track, status) is not null
        select (track, status, status == AnonymousInfoCheck ? PetitionFlags.Anonymous : PetitionFlags.None);

    private static PetitionAction[] Path(PetitionTrack track, PetitionStatus status) =>
        PathOrNull(track, status) ?? throw new ArgumentException($"No scenario reaches {status} in {track}.");

    private static PetitionAction[]? PathOrNull(PetitionTrack track, PetitionStatus status)
    {
        const PetitionAction classify = PetitionAction.Classify;
        if (status == Received)
            return [];
        return (track, status) switch
        {
            (PetitionTrack.Intake, _) => null,

            (PetitionTrack.ExternalCase, Classified) => [classify],
            (PetitionTrack.ExternalCase, ForwardedWithRecommendation) => [classify, PetitionAction.Forward],
            (PetitionTrack.ExternalCase, AwaitingAnswer) => [classify, PetitionAction.Forward, PetitionAction.Monitor, PetitionAction.Remind],
            (PetitionTrack.ExternalCase, EscalatedToSupervision) => [.. PathOrNull(track, AwaitingAnswer)!, PetitionAction.EscalateToSupervision],
            (PetitionTrack.ExternalCase, Answered) => [.. PathOrNull(track, AwaitingAnswer)!, PetitionAction.RecordAnswer],
            (PetitionTrack.ExternalCase, ResultNotifiedToCitizen) => [.. PathOrNull(track, Answered)!, PetitionAction.NotifyCitizen],
            (PetitionTrack.ExternalCase, _) => null,

            // Reclassification: reached as another kind, then classified as this track's kind.
            (_, Classified) or (_, InitialProcessing) => [classify],

            (PetitionTrack.Complaint, Accepted) => [classify, PetitionAction.Accept],
            (PetitionTrack.SecondInstanceComplaint, SecondInstanceAccepted) => [classify, PetitionAction.Accept],
            (PetitionTrack.Complaint or PetitionTrack.SecondInstanceComplaint, Verifying) =>
                [classify, PetitionAction.Accept, PetitionAction.StartVerification],
            (PetitionTrack.Complaint or PetitionTrack.SecondInstanceComplaint, DialogueScheduled) =>
                [.. PathOrNull(track, Verifying)!, PetitionAction.ScheduleDialogue],
            (PetitionTrack.Complaint or PetitionTrack.SecondInstanceComplaint, DialogueHeld) =>
                [.. PathOrNull(track, DialogueScheduled)!, PetitionAction.HoldDialogue],
            (PetitionTrack.Complaint, DecidedFirstInstance) => [.. PathOrNull(track, Verifying)!, PetitionAction.Decide],
            (PetitionTrack.SecondInstanceComplaint, DecidedSecondInstance) => [.. PathOrNull(track, DialogueHeld)!, PetitionAction.Decide],
            (PetitionTrack.Complaint, Effective) => [.. PathOrNull(track, DecidedFirstInstance)!, PetitionAction.TakeEffect],
            (PetitionTrack.SecondInstanceComplaint, Effective) => [.. PathOrNull(track, DecidedSecondInstance)!, PetitionAction.TakeEffect],

            (PetitionTrack.Denunciation, Accepted) => [classify, PetitionAction.Accept],
            (PetitionTrack.Denunciation, AnonymousInfoCheck) => [classify, PetitionAction.CheckAnonymousInfo],
            (PetitionTrack.Denunciation, Verifying) => [classify, PetitionAction.Accept, PetitionAction.StartVerification],
            (PetitionTrack.Denunciation, Concluded) => [.. PathOrNull(track, Verifying)!, PetitionAction.Conclude],
            (PetitionTrack.Denunciation, Handling) => [.. PathOrNull(track, Concluded)!, PetitionAction.StartHandling],

            (PetitionTrack.Recommendation, InHandling) => [classify, PetitionAction.Accept],
            (PetitionTrack.Recommendation, UnderReview) => [classify, PetitionAction.Accept, PetitionAction.StartReview],
            (PetitionTrack.Recommendation, Decided) => [.. PathOrNull(track, UnderReview)!, PetitionAction.Decide],
            (PetitionTrack.Recommendation, Answered) => [.. PathOrNull(track, Decided)!, PetitionAction.Answer],
            (PetitionTrack.Recommendation, Published) => [.. PathOrNull(track, Answered)!, PetitionAction.Publish],

            // Suspended from verification, so Resume has a status to return to.
            (PetitionTrack.Complaint or PetitionTrack.SecondInstanceComplaint or PetitionTrack.Denunciation, Suspended) =>
                [.. PathOrNull(track, Verifying)!, PetitionAction.Suspend],
            _ => null,
        };
    }
}
