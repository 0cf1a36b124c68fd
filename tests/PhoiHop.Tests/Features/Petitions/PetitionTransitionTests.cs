using System.Reflection;
using PhoiHop.Features.Organizations;
using PhoiHop.Features.Petitions;
using static PhoiHop.Features.Petitions.PetitionAction;
using static PhoiHop.Features.Petitions.PetitionStatus;
using static PhoiHop.Features.Petitions.PetitionTrack;
using static PhoiHop.Tests.Features.Petitions.PetitionScenario;

namespace PhoiHop.Tests.Features.Petitions;

/// <summary>Every move of RULES.md 13.1–13.3 and 2.6, written out independently of PetitionMachine's table, and a sample of refusals.</summary>
public sealed class PetitionTransitionTests
{
    [Theory]
    // Intake at a resolving body.
    [InlineData(Intake, Received, Classify, Classified)] // TT 05/2021/TT-TTCP: phân loại đơn
    [InlineData(Intake, Received, Withdraw, Withdrawn)] // Luật KN Điều 10; Luật TC Điều 33

    // Complaint, first instance (RULES.md 13.1).
    [InlineData(Complaint, Received, Classify, Classified)] // 13.1(1)
    [InlineData(Complaint, Classified, Classify, Classified)] // correcting the classification
    [InlineData(Complaint, InitialProcessing, Classify, Classified)] // a denunciation found to be a complaint
    [InlineData(Complaint, Classified, Guide, Guided)] // 13.1(2); Luật TCD Điều 26(1)(b)
    [InlineData(Complaint, Classified, Decline, Inadmissible)] // 13.1(3); Luật KN Điều 11
    [InlineData(Complaint, Classified, Accept, Accepted)] // 13.1(4); Luật KN Điều 27
    [InlineData(Complaint, Classified, PetitionAction.File, Filed)] // RULES.md 2.5: duplicate
    [InlineData(Complaint, Classified, FindComplex, Classified)] // NĐ 124/2020 Điều 3a
    [InlineData(Complaint, Accepted, FindComplex, Accepted)] // NĐ 124/2020 Điều 3a
    [InlineData(Complaint, Verifying, FindComplex, Verifying)] // NĐ 124/2020 Điều 3a
    [InlineData(Complaint, DialogueScheduled, FindComplex, DialogueScheduled)] // NĐ 124/2020 Điều 3a
    [InlineData(Complaint, DialogueHeld, FindComplex, DialogueHeld)] // NĐ 124/2020 Điều 3a
    [InlineData(Complaint, Accepted, StartVerification, Verifying)] // 13.1(5); Luật KN Điều 29
    [InlineData(Complaint, Verifying, ScheduleDialogue, DialogueScheduled)] // 13.1(5); Luật KN Điều 30
    [InlineData(Complaint, DialogueScheduled, ScheduleDialogue, DialogueScheduled)] // rescheduled, with a new notice
    [InlineData(Complaint, DialogueScheduled, HoldDialogue, DialogueHeld)] // 13.1(6)
    [InlineData(Complaint, Verifying, Decide, DecidedFirstInstance)] // 13.1(8): no dialogue needed when request and verification agree
    [InlineData(Complaint, DialogueHeld, Decide, DecidedFirstInstance)] // 13.1(8); Luật KN Điều 31
    [InlineData(Complaint, DecidedFirstInstance, TakeEffect, Effective)] // 13.1(9); Luật KN Điều 44
    [InlineData(Complaint, DecidedFirstInstance, Appeal, SecondInstanceAccepted)] // 13.1(10); Luật KN Điều 33
    [InlineData(Complaint, Accepted, Suspend, Suspended)] // 13.1(7); Luật KN Điều 11a
    [InlineData(Complaint, Verifying, Suspend, Suspended)] // 13.1(7)
    [InlineData(Complaint, DialogueScheduled, Suspend, Suspended)] // 13.1(7)
    [InlineData(Complaint, DialogueHeld, Suspend, Suspended)] // 13.1(7)
    [InlineData(Complaint, Suspended, Resume, Verifying)] // 13.1(7): back to the status before; NĐ 124/2020 Điều 28b
    [InlineData(Complaint, Accepted, Stop, Stopped)] // 13.1(12); Luật KN Điều 11a
    [InlineData(Complaint, Verifying, Stop, Stopped)] // 13.1(12)
    [InlineData(Complaint, DialogueScheduled, Stop, Stopped)] // 13.1(12)
    [InlineData(Complaint, DialogueHeld, Stop, Stopped)] // 13.1(12)
    [InlineData(Complaint, Suspended, Stop, Stopped)] // 13.1(12)
    [InlineData(Complaint, Classified, Withdraw, Withdrawn)] // 13.1(12); Luật KN Điều 10 (Luật 136/2025)
    [InlineData(Complaint, Accepted, Withdraw, Withdrawn)] // 13.1(12)
    [InlineData(Complaint, Verifying, Withdraw, Withdrawn)] // 13.1(12)
    [InlineData(Complaint, DialogueScheduled, Withdraw, Withdrawn)] // 13.1(12)
    [InlineData(Complaint, DialogueHeld, Withdraw, Withdrawn)] // 13.1(12)
    [InlineData(Complaint, Suspended, Withdraw, Withdrawn)] // 13.1(12)
    [InlineData(Complaint, Accepted, RecordLawsuit, Sued)] // 13.1(13); Luật KN Điều 7
    [InlineData(Complaint, Verifying, RecordLawsuit, Sued)] // 13.1(13)
    [InlineData(Complaint, DialogueScheduled, RecordLawsuit, Sued)] // 13.1(13)
    [InlineData(Complaint, DialogueHeld, RecordLawsuit, Sued)] // 13.1(13)
    [InlineData(Complaint, Suspended, RecordLawsuit, Sued)] // 13.1(13)
    [InlineData(Complaint, DecidedFirstInstance, RecordLawsuit, Sued)] // Luật KN Điều 7(1): sue instead of a second complaint
    [InlineData(Complaint, Effective, RecordLawsuit, Sued)] // Luật KN Điều 7
    [InlineData(Complaint, Effective, Close, PetitionStatus.Closed)] // 13.1 Enforced / Closed

    // Complaint, second instance (RULES.md 13.1(10)–(11)).
    [InlineData(SecondInstanceComplaint, Received, Classify, Classified)] // Luật KN Điều 33
    [InlineData(SecondInstanceComplaint, Classified, Classify, Classified)] // correcting the classification
    [InlineData(SecondInstanceComplaint, InitialProcessing, Classify, Classified)] // a denunciation found to be a complaint
    [InlineData(SecondInstanceComplaint, Classified, Guide, Guided)] // Luật TCD Điều 26(1)(b)
    [InlineData(SecondInstanceComplaint, Classified, Decline, Inadmissible)] // Luật KN Điều 11, 36
    [InlineData(SecondInstanceComplaint, Classified, Accept, SecondInstanceAccepted)] // Luật KN Điều 36
    [InlineData(SecondInstanceComplaint, Classified, PetitionAction.File, Filed)] // RULES.md 2.5
    [InlineData(SecondInstanceComplaint, Classified, FindComplex, Classified)] // NĐ 124/2020 Điều 3a
    [InlineData(SecondInstanceComplaint, SecondInstanceAccepted, FindComplex, SecondInstanceAccepted)] // NĐ 124/2020 Điều 3a
    [InlineData(SecondInstanceComplaint, Verifying, FindComplex, Verifying)] // NĐ 124/2020 Điều 3a
    [InlineData(SecondInstanceComplaint, DialogueScheduled, FindComplex, DialogueScheduled)] // NĐ 124/2020 Điều 3a
    [InlineData(SecondInstanceComplaint, DialogueHeld, FindComplex, DialogueHeld)] // NĐ 124/2020 Điều 3a
    [InlineData(SecondInstanceComplaint, SecondInstanceAccepted, StartVerification, Verifying)] // Luật KN Điều 38
    [InlineData(SecondInstanceComplaint, Verifying, ScheduleDialogue, DialogueScheduled)] // NĐ 124/2020 Điều 28(2): mandatory
    [InlineData(SecondInstanceComplaint, DialogueScheduled, ScheduleDialogue, DialogueScheduled)] // rescheduled
    [InlineData(SecondInstanceComplaint, DialogueScheduled, HoldDialogue, DialogueHeld)] // Luật KN Điều 39
    [InlineData(SecondInstanceComplaint, DialogueHeld, Decide, DecidedSecondInstance)] // 13.1(11); Luật KN Điều 40
    [InlineData(SecondInstanceComplaint, DecidedSecondInstance, TakeEffect, Effective)] // 13.1(11); Luật KN Điều 44
    [InlineData(SecondInstanceComplaint, SecondInstanceAccepted, Suspend, Suspended)] // Luật KN Điều 11a
    [InlineData(SecondInstanceComplaint, Verifying, Suspend, Suspended)] // Luật KN Điều 11a
    [InlineData(SecondInstanceComplaint, DialogueScheduled, Suspend, Suspended)] // Luật KN Điều 11a
    [InlineData(SecondInstanceComplaint, DialogueHeld, Suspend, Suspended)] // Luật KN Điều 11a
    [InlineData(SecondInstanceComplaint, Suspended, Resume, Verifying)] // NĐ 124/2020 Điều 28b
    [InlineData(SecondInstanceComplaint, SecondInstanceAccepted, Stop, Stopped)] // Luật KN Điều 11a
    [InlineData(SecondInstanceComplaint, Verifying, Stop, Stopped)] // Luật KN Điều 11a
    [InlineData(SecondInstanceComplaint, DialogueScheduled, Stop, Stopped)] // Luật KN Điều 11a
    [InlineData(SecondInstanceComplaint, DialogueHeld, Stop, Stopped)] // Luật KN Điều 11a
    [InlineData(SecondInstanceComplaint, Suspended, Stop, Stopped)] // Luật KN Điều 11a
    [InlineData(SecondInstanceComplaint, Classified, Withdraw, Withdrawn)] // Luật KN Điều 10
    [InlineData(SecondInstanceComplaint, SecondInstanceAccepted, Withdraw, Withdrawn)] // Luật KN Điều 10
    [InlineData(SecondInstanceComplaint, Verifying, Withdraw, Withdrawn)] // Luật KN Điều 10
    [InlineData(SecondInstanceComplaint, DialogueScheduled, Withdraw, Withdrawn)] // Luật KN Điều 10
    [InlineData(SecondInstanceComplaint, DialogueHeld, Withdraw, Withdrawn)] // Luật KN Điều 10
    [InlineData(SecondInstanceComplaint, Suspended, Withdraw, Withdrawn)] // Luật KN Điều 10
    [InlineData(SecondInstanceComplaint, SecondInstanceAccepted, RecordLawsuit, Sued)] // Luật KN Điều 7
    [InlineData(SecondInstanceComplaint, Verifying, RecordLawsuit, Sued)] // Luật KN Điều 7
    [InlineData(SecondInstanceComplaint, DialogueScheduled, RecordLawsuit, Sued)] // Luật KN Điều 7
    [InlineData(SecondInstanceComplaint, DialogueHeld, RecordLawsuit, Sued)] // Luật KN Điều 7
    [InlineData(SecondInstanceComplaint, Suspended, RecordLawsuit, Sued)] // Luật KN Điều 7
    [InlineData(SecondInstanceComplaint, DecidedSecondInstance, RecordLawsuit, Sued)] // Luật KN Điều 7(2)
    [InlineData(SecondInstanceComplaint, Effective, RecordLawsuit, Sued)] // Luật KN Điều 7
    [InlineData(SecondInstanceComplaint, Effective, Close, PetitionStatus.Closed)] // 13.1

    // Denunciation (RULES.md 13.2).
    [InlineData(Denunciation, Received, Classify, InitialProcessing)] // Luật TC Điều 24(1)
    [InlineData(Denunciation, Classified, Classify, InitialProcessing)] // a complaint found to be a denunciation
    [InlineData(Denunciation, InitialProcessing, Classify, InitialProcessing)] // correcting the classification
    [InlineData(Denunciation, InitialProcessing, Decline, NotAccepted)] // Luật TC Điều 24(1), 29(1)
    [InlineData(Denunciation, InitialProcessing, Forward, Forwarded)] // Luật TC Điều 24(2); TT 05/2021 Điều 14(1)
    [InlineData(Denunciation, InitialProcessing, Guide, Guided)] // Luật TC Điều 24(2): denouncer in person
    [InlineData(Denunciation, InitialProcessing, PetitionAction.File, NotHandled)] // Luật TC Điều 24(3), 25(1)
    [InlineData(Denunciation, InitialProcessing, CheckAnonymousInfo, AnonymousInfoCheck, PetitionFlags.Anonymous)] // Luật TC Điều 25(2)
    [InlineData(Denunciation, AnonymousInfoCheck, Close, PetitionStatus.Closed, PetitionFlags.Anonymous)] // Luật TC Điều 25(2)
    [InlineData(Denunciation, InitialProcessing, Accept, Accepted)] // Luật TC Điều 29
    [InlineData(Denunciation, InitialProcessing, FindComplex, InitialProcessing)] // NĐ 31/2019 Điều 3
    [InlineData(Denunciation, Accepted, FindComplex, Accepted)] // NĐ 31/2019 Điều 3
    [InlineData(Denunciation, Verifying, FindComplex, Verifying)] // NĐ 31/2019 Điều 3
    [InlineData(Denunciation, Accepted, StartVerification, Verifying)] // Luật TC Điều 28(2)
    [InlineData(Denunciation, Accepted, Extend, Accepted, PetitionFlags.Complex)] // Luật TC Điều 30(2)
    [InlineData(Denunciation, Verifying, Extend, Verifying, PetitionFlags.Complex)] // Luật TC Điều 30(2)
    [InlineData(Denunciation, Accepted, Suspend, Suspended)] // Luật TC Điều 34(1)
    [InlineData(Denunciation, Verifying, Suspend, Suspended)] // Luật TC Điều 34(1)
    [InlineData(Denunciation, Suspended, Resume, Verifying)] // Luật TC Điều 34(2)
    [InlineData(Denunciation, Accepted, Stop, Stopped)] // Luật TC Điều 34(3)
    [InlineData(Denunciation, Verifying, Stop, Stopped)] // Luật TC Điều 34(3)
    [InlineData(Denunciation, Suspended, Stop, Stopped)] // Luật TC Điều 34(3)
    [InlineData(Denunciation, InitialProcessing, Withdraw, Withdrawn)] // Luật TC Điều 33(1)
    [InlineData(Denunciation, Accepted, Withdraw, Withdrawn)] // Luật TC Điều 33(1)
    [InlineData(Denunciation, Verifying, Withdraw, Withdrawn)] // Luật TC Điều 33(1)
    [InlineData(Denunciation, Suspended, Withdraw, Withdrawn)] // Luật TC Điều 33(1)
    [InlineData(Denunciation, Verifying, Conclude, Concluded)] // Luật TC Điều 35
    [InlineData(Denunciation, Concluded, StartHandling, Handling)] // Luật TC Điều 36(1)
    [InlineData(Denunciation, InitialProcessing, TransferToInvestigation, TransferredToInvestigation)] // Luật TC Điều 27
    [InlineData(Denunciation, Accepted, TransferToInvestigation, TransferredToInvestigation)] // Luật TC Điều 27
    [InlineData(Denunciation, Verifying, TransferToInvestigation, TransferredToInvestigation)] // Luật TC Điều 27
    [InlineData(Denunciation, Concluded, TransferToInvestigation, TransferredToInvestigation)] // Luật TC Điều 36(2)
    [InlineData(Denunciation, Handling, TransferToInvestigation, TransferredToInvestigation)] // Luật TC Điều 36(2)
    [InlineData(Denunciation, Handling, Close, PetitionStatus.Closed)] // Luật TC Điều 36(3)

    // Petition and feedback (RULES.md 13.3).
    [InlineData(Recommendation, Received, Classify, Classified)] // Luật TCD Điều 26(2)
    [InlineData(Recommendation, Classified, Classify, Classified)] // correcting the classification
    [InlineData(Recommendation, InitialProcessing, Classify, Classified)] // a denunciation found to be a petition
    [InlineData(Recommendation, Classified, Decline, NotAccepted)] // NĐ 20/2008 Điều 7, 9: form not met
    [InlineData(Recommendation, Classified, Forward, Forwarded)] // Luật TCD Điều 26(2)(b); NĐ 20/2008 Điều 9
    [InlineData(Recommendation, Classified, PetitionAction.File, Filed)] // 13.3: Duplicate → Filed
    [InlineData(Recommendation, Classified, Accept, InHandling)] // Luật TCD Điều 26(2)(a)
    [InlineData(Recommendation, InHandling, StartReview, UnderReview)] // NĐ 20/2008 Điều 14
    [InlineData(Recommendation, UnderReview, Decide, Decided)] // NĐ 20/2008 Điều 14, 15
    [InlineData(Recommendation, Decided, Answer, Answered)] // Luật TCD Điều 28
    [InlineData(Recommendation, Answered, Publish, Published)] // NĐ 20/2008 Điều 14
    [InlineData(Recommendation, Answered, Close, PetitionStatus.Closed)] // no publication duty outside NĐ 20/2008
    [InlineData(Recommendation, Published, Close, PetitionStatus.Closed)] // 13.3
    [InlineData(Recommendation, Classified, Withdraw, Withdrawn)] // the sender's own letter
    [InlineData(Recommendation, InHandling, Withdraw, Withdrawn)] // the sender's own letter
    [InlineData(Recommendation, UnderReview, Withdraw, Withdrawn)] // the sender's own letter

    // Forward and monitor at the Front, the Council, the Delegation (RULES.md 2.6, 13.1 external case).
    [InlineData(ExternalCase, Received, Classify, Classified)] // Luật TCD Điều 21(3), 22(3)
    [InlineData(ExternalCase, Classified, Classify, Classified)] // correcting the classification
    [InlineData(ExternalCase, Classified, Guide, Guided)] // 2.6 GUIDE
    [InlineData(ExternalCase, Classified, PetitionAction.File, Filed)] // 2.6 FILE
    [InlineData(ExternalCase, Classified, Forward, ForwardedWithRecommendation)] // 2.6 FORWARD_WITH_RECOMMENDATION
    [InlineData(ExternalCase, ForwardedWithRecommendation, PetitionAction.Monitor, AwaitingAnswer)] // 2.6 MONITOR
    [InlineData(ExternalCase, AwaitingAnswer, Remind, AwaitingAnswer)] // 13.1: Overdue → Reminded (đôn đốc)
    [InlineData(ExternalCase, AwaitingAnswer, RecordAnswer, Answered)] // Luật TCD Điều 27(2)
    [InlineData(ExternalCase, AwaitingAnswer, EscalateToSupervision, EscalatedToSupervision)] // 13.1; Luật MTTQ Điều 25–27
    [InlineData(ExternalCase, EscalatedToSupervision, RecordAnswer, Answered)] // a late answer still counts
    [InlineData(ExternalCase, Answered, NotifyCitizen, ResultNotifiedToCitizen)] // Luật TCD Điều 28(2)
    [InlineData(ExternalCase, ResultNotifiedToCitizen, Close, PetitionStatus.Closed)] // 13.1
    [InlineData(ExternalCase, EscalatedToSupervision, Close, PetitionStatus.Closed)] // supervision takes the matter over
    [InlineData(ExternalCase, Received, Withdraw, Withdrawn)] // the sender's own letter
    [InlineData(ExternalCase, Classified, Withdraw, Withdrawn)] // the sender's own letter
    [InlineData(ExternalCase, ForwardedWithRecommendation, Withdraw, Withdrawn)] // the sender's own letter
    [InlineData(ExternalCase, AwaitingAnswer, Withdraw, Withdrawn)] // the sender's own letter

    // Tách đơn, before the handling is decided (RULES.md 2.2(1), 13.1(1); Luật TCD Điều 25(3)).
    [InlineData(Intake, Received, PetitionAction.Split, PetitionStatus.Split)]
    [InlineData(Complaint, Received, PetitionAction.Split, PetitionStatus.Split)]
    [InlineData(Complaint, Classified, PetitionAction.Split, PetitionStatus.Split)]
    [InlineData(SecondInstanceComplaint, Received, PetitionAction.Split, PetitionStatus.Split)]
    [InlineData(SecondInstanceComplaint, Classified, PetitionAction.Split, PetitionStatus.Split)]
    [InlineData(Denunciation, Received, PetitionAction.Split, PetitionStatus.Split)]
    [InlineData(Denunciation, Classified, PetitionAction.Split, PetitionStatus.Split)]
    [InlineData(Denunciation, InitialProcessing, PetitionAction.Split, PetitionStatus.Split)]
    [InlineData(Recommendation, Received, PetitionAction.Split, PetitionStatus.Split)]
    [InlineData(Recommendation, Classified, PetitionAction.Split, PetitionStatus.Split)]
    [InlineData(ExternalCase, Received, PetitionAction.Split, PetitionStatus.Split)]
    [InlineData(ExternalCase, Classified, PetitionAction.Split, PetitionStatus.Split)]
    public void Step_AllowedByTheLaw_MovesToTheExpectedStatus(
        PetitionTrack track, PetitionStatus from, PetitionAction action, PetitionStatus to, PetitionFlags flags = PetitionFlags.None)
    {
        var petition = In(track, from, flags, next: action);
        var steps = petition.Transitions.Count;

        Assert.Contains(action, petition.AllowedActions(Later));
        var result = Do(petition, action, track, Later);

        Assert.True(result.IsSuccess, result.Error?.Code);
        Assert.Equal(to, petition.Status);
        Assert.Equal(steps + 1, petition.Transitions.Count);
        Assert.Equal((from, to, action), (petition.Transitions[^1].From, petition.Transitions[^1].To, petition.Transitions[^1].Action));
    }

    [Fact]
    public void Rules_EveryMoveOfTheMachine_HasARowInTheAllowedStepsTable()
    {
        var tested = typeof(PetitionTransitionTests).GetMethod(nameof(Step_AllowedByTheLaw_MovesToTheExpectedStatus))!
            .GetCustomAttributes<InlineDataAttribute>()
            .Select(a => ((PetitionTrack)a.Data[0]!, (PetitionStatus)a.Data[1]!, (PetitionAction)a.Data[2]!))
            .ToHashSet();

        var inMachine = PetitionMachine.Rules.Select(r => (r.Track, r.From, r.Action)).ToHashSet();

        Assert.Empty(inMachine.Except(tested));
        Assert.Empty(tested.Except(inMachine));
    }

    [Theory]
    [InlineData(Complaint, Classified, Forward, "petition.complaint_not_forwarded")] // RULES.md 2.4: guide, do not forward
    [InlineData(SecondInstanceComplaint, Classified, Forward, "petition.complaint_not_forwarded")] // RULES.md 2.4
    [InlineData(Complaint, Verifying, Extend, "petition.extension_not_provided")] // Luật KN has longer periods, no extension
    [InlineData(Recommendation, InHandling, Extend, "petition.extension_not_provided")] // only Luật TC Điều 30 extends
    [InlineData(Complaint, Received, Accept, "petition.not_classified")] // 13.1(1): classify first
    [InlineData(Denunciation, Received, Conclude, "petition.not_classified")] // classify first
    [InlineData(Complaint, Classified, Decide, "petition.not_allowed_now")] // 13.1(8): accept and verify first
    [InlineData(Complaint, Accepted, Accept, "petition.not_allowed_now")] // already accepted
    [InlineData(Complaint, DialogueScheduled, Decide, "petition.not_allowed_now")] // 13.1(6): hold the dialogue first
    [InlineData(Complaint, Effective, Appeal, "petition.not_allowed_now")] // Luật KN Điều 33: the window has passed
    [InlineData(Complaint, Suspended, Decide, "petition.suspended")] // 13.1(7): the clock is stopped
    [InlineData(Denunciation, Suspended, Conclude, "petition.suspended")] // Luật TC Điều 34
    [InlineData(Complaint, Verifying, Resume, "petition.not_suspended")] // nothing to resume
    [InlineData(SecondInstanceComplaint, Verifying, Decide, "petition.second_instance_dialogue")] // NĐ 124/2020 Điều 28(2)
    [InlineData(SecondInstanceComplaint, DialogueScheduled, Decide, "petition.second_instance_dialogue")] // NĐ 124/2020 Điều 28(2)
    [InlineData(Complaint, DecidedFirstInstance, Stop, "petition.not_allowed_now")] // đình chỉ only during resolution
    [InlineData(Denunciation, Accepted, Conclude, "petition.not_allowed_now")] // Luật TC Điều 28: verify before concluding
    [InlineData(Denunciation, Concluded, Withdraw, "petition.withdrawal_after_conclusion")] // Luật TC Điều 33(1)
    [InlineData(Denunciation, Handling, Withdraw, "petition.withdrawal_after_conclusion")] // Luật TC Điều 33(1)
    [InlineData(Denunciation, InitialProcessing, CheckAnonymousInfo, "petition.not_anonymous")] // Luật TC Điều 25(2)
    [InlineData(Denunciation, InitialProcessing, Accept, "petition.anonymous_denunciation", PetitionFlags.Anonymous)] // Luật TC Điều 25(1)
    [InlineData(Denunciation, InitialProcessing, Appeal, "petition.not_allowed_now")] // appeal is a complaint's
    [InlineData(Complaint, Classified, Accept, "petition.duplicate", PetitionFlags.Duplicate)] // RULES.md 2.5: file it
    [InlineData(Complaint, Classified, Accept, "petition.judgment_exists", PetitionFlags.JudgmentExists)] // Luật KN Điều 11(9)
    [InlineData(Recommendation, Classified, Guide, "petition.not_allowed_now")] // Luật TCD Điều 26(2)(b): forwarded
    [InlineData(Recommendation, Answered, Decide, "petition.not_allowed_now")] // already decided
    [InlineData(ExternalCase, Classified, Accept, "petition.front_cannot_accept")] // RULES.md 2.6
    [InlineData(ExternalCase, Classified, Decline, "petition.front_cannot_accept")] // RULES.md 2.6: no decision on acceptance
    [InlineData(ExternalCase, Classified, Decide, "petition.not_allowed_now")] // RULES.md 2.6
    [InlineData(ExternalCase, Classified, PetitionAction.Monitor, "petition.not_allowed_now")] // forward before monitoring
    [InlineData(ExternalCase, Answered, Close, "petition.not_allowed_now")] // Luật TCD Điều 28(2): tell the citizen first
    [InlineData(ExternalCase, Received, Forward, "petition.not_classified")] // classify first
    [InlineData(Complaint, Sued, Close, "petition.handling_ended")] // 13.1(13): the court has the case
    [InlineData(Denunciation, TransferredToInvestigation, Close, "petition.handling_ended")] // Luật TC Điều 36(2)
    public void Step_NotAllowedByTheLaw_IsRefusedWithTheRule(
        PetitionTrack track, PetitionStatus from, PetitionAction action, string code, PetitionFlags flags = PetitionFlags.None)
    {
        var petition = from switch
        {
            Sued => Sue(In(track, Verifying, flags)),
            TransferredToInvestigation => Transfer(In(track, Verifying, flags)),
            _ => In(track, from, flags, next: action),
        };
        var steps = petition.Transitions.Count;

        var result = Do(petition, action, track, Later);

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(code, PetitionMachine.Check(petition, action, Later).Error?.Code);
        Assert.DoesNotContain(action, petition.AllowedActions(Later));
        Assert.Equal(from, petition.Status);
        Assert.Equal(steps, petition.Transitions.Count);
    }

    [Fact]
    public void Guide_DenunciationByPost_IsRefusedBecauseItMustBeForwarded()
    {
        var petition = In(Denunciation, InitialProcessing, next: Guide, channel: Channel.Post);

        var result = petition.Guide(Clerk, Now);

        // Luật TC Điều 24(2): forward within 5 working days; guide only a denouncer met in person.
        Assert.Equal(PetitionErrors.DenunciationIsForwardedNotGuided, result.Error);
        Assert.True(petition.Forward(CompetentBody, null, Clerk, Now).IsSuccess);
    }

    [Fact]
    public void Forward_DenunciationSentToTheCompetentBodyToo_IsRefusedAndFiledAsNotHandled()
    {
        var petition = In(Denunciation, InitialProcessing, PetitionFlags.SentToMany, next: Forward);

        var refused = petition.Forward(CompetentBody, null, Clerk, Now);
        var filed = petition.File(FilingReason.SentToMany, Clerk, Now);

        // Luật TC Điều 24(3).
        Assert.Equal(PetitionErrors.SentToCompetentBody, refused.Error);
        Assert.True(filed.IsSuccess);
        Assert.Equal(NotHandled, petition.Status);
        Assert.Equal(FilingReason.SentToMany, petition.FilingReason);
    }

    [Fact]
    public void Forward_ToTheReceivingBodyItself_IsRefused()
    {
        var petition = In(Recommendation, Classified, next: Forward);

        var result = petition.Forward(ThisBody, null, Clerk, Now);

        Assert.Equal(PetitionErrors.ForwardToSelf, result.Error);
    }

    [Theory]
    [InlineData(Competence.LowerLevel, Accept, "petition.not_own_competence")] // Luật KN Điều 27: only the competent resolver accepts
    [InlineData(Competence.OtherBody, Decline, "petition.not_own_competence")] // Luật KN Điều 27: guide instead
    [InlineData(Competence.Own, Guide, "petition.within_own_competence")] // accept or decline instead
    public void Step_AgainstTheCompetenceFound_IsRefused(Competence competence, PetitionAction action, string code)
    {
        var petition = In(Complaint, Classified, competence: competence);

        var result = Do(petition, action, Complaint, Now);

        Assert.Equal(code, result.Error?.Code);
    }

    [Fact]
    public void Accept_ClassifiedInadmissible_IsRefusedAndDeclineRecordsTheReason()
    {
        var petition = Receive();
        petition.Classify(new(PetitionKind.Complaint, Competence.Own) { Inadmissibility = InadmissibilityReason.NotSigned }, Clerk, Now);

        var accept = petition.Accept(Clerk, Now);
        var decline = petition.Decline(InadmissibilityReason.NotSigned, Clerk, Now);

        // Luật KN Điều 11(5): the letter is not signed or fingerprinted.
        Assert.Equal(PetitionErrors.Inadmissible, accept.Error);
        Assert.True(decline.IsSuccess);
        Assert.Equal(Inadmissible, petition.Status);
        Assert.Equal(5, (int)petition.Inadmissibility!.Value);
    }

    [Fact]
    public void Decline_WithADenunciationReasonOnAComplaint_IsRefused()
    {
        var petition = In(Complaint, Classified, next: Decline);

        var result = petition.Decline(InadmissibilityReason.NoBasisToIdentifyViolation, Clerk, Now);

        Assert.Equal(PetitionErrors.ReasonNotForKind, result.Error);
        Assert.Equal(Classified, petition.Status);
    }

    [Fact]
    public void Decide_FirstInstanceOutcomeAtSecondInstance_IsRefused()
    {
        var petition = In(SecondInstanceComplaint, DialogueHeld);

        var result = petition.Decide(FirstInstanceOutcome.CancelAll, Today.AddDays(30), Clerk, Now);

        Assert.Equal(PetitionErrors.OutcomeNotForStage, result.Error);
        Assert.Equal(DialogueHeld, petition.Status);
    }

    [Fact]
    public void TakeEffect_BeforeTheDecisionIsEffective_IsRefused()
    {
        var petition = In(Complaint, Verifying);
        petition.Decide(FirstInstanceOutcome.CancelPart, Today.AddDays(30), Clerk, Now);

        var early = petition.TakeEffect(Clerk, Now.AddDays(29));
        var onTime = petition.TakeEffect(Clerk, Now.AddDays(30));

        // Luật KN Điều 44: 30 days after the decision if no second-instance complaint.
        Assert.Equal(PetitionErrors.NotYetEffective, early.Error);
        Assert.True(onTime.IsSuccess);
        Assert.Equal(Effective, petition.Status);
    }

    [Fact]
    public void Appeal_AfterTheFirstDecision_RunsTheSecondInstanceWithAMandatoryDialogue()
    {
        var petition = In(Complaint, Verifying);
        petition.Decide(FirstInstanceOutcome.Keep, Today.AddDays(30), Clerk, Now);

        Assert.True(petition.Appeal(Clerk, Now.AddDays(10)).IsSuccess);
        Assert.Equal(SecondInstanceComplaint, petition.Track);
        Assert.True(petition.StartVerification(Clerk, Now.AddDays(11)).IsSuccess);
        Assert.Equal(PetitionErrors.SecondInstanceNeedsDialogue, petition.Decide(SecondInstanceOutcome.Wrong, Today.AddDays(60), Clerk, Now.AddDays(20)).Error);
        Assert.True(petition.ScheduleDialogue(Today.AddDays(25), Clerk, Now.AddDays(20)).IsSuccess);
        Assert.True(petition.HoldDialogue(Clerk, Now.AddDays(25)).IsSuccess);
        Assert.True(petition.Decide(SecondInstanceOutcome.Wrong, Today.AddDays(60), Clerk, Now.AddDays(26)).IsSuccess);

        Assert.Equal(DecidedSecondInstance, petition.Status);
        Assert.Equal(FirstInstanceOutcome.Keep, petition.FirstInstanceOutcome);
        Assert.Equal(SecondInstanceOutcome.Wrong, petition.SecondInstanceOutcome);
    }

    [Theory]
    [InlineData(4, "petition.dialogue_notice")] // NĐ 124/2020 Điều 28(1) (NĐ 155/2026): at least 5 days' notice
    [InlineData(5, null)]
    public void ScheduleDialogue_NoticeDays_IsCheckedFromJuly2026(int daysAhead, string? code)
    {
        var petition = In(Complaint, Verifying);

        var result = petition.ScheduleDialogue(Today.AddDays(daysAhead), Clerk, Now);

        Assert.Equal(code, result.Error?.Code);
    }

    [Fact]
    public void ScheduleDialogue_ShortNoticeBeforeJuly2026_IsAccepted()
    {
        var before = new DateTimeOffset(2026, 6, 1, 9, 0, 0, Vietnam);
        var petition = Petition.Receive(ThisBody, BodyKind.Department, Channel.Post, new DateOnly(2026, 5, 20), "Khiếu nại", "", PetitionFlags.None, Clerk, before);
        petition.Classify(new(PetitionKind.Complaint, Competence.Own), Clerk, before);
        petition.Accept(Clerk, before);
        petition.StartVerification(Clerk, before);

        var result = petition.ScheduleDialogue(new DateOnly(2026, 6, 3), Clerk, before);

        Assert.True(result.IsSuccess);
    }

    private static Petition Sue(Petition petition)
    {
        Assert.True(petition.RecordLawsuit(Clerk, Now).IsSuccess);
        return petition;
    }

    private static Petition Transfer(Petition petition)
    {
        Assert.True(petition.TransferToInvestigation(Clerk, Now).IsSuccess);
        return petition;
    }
}
