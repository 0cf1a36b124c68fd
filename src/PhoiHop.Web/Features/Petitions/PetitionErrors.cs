using PhoiHop.Common;

namespace PhoiHop.Features.Petitions;

public static class PetitionErrors
{
    // Bodies without power to resolve guide, forward, file and monitor (RULES.md 2.6; Luật TCD Điều 21(3), 22(3); Luật MTTQ Điều 18, 28(7)).
    public static readonly DomainError FrontCannotAccept = new("petition.front_cannot_accept", "Errors.Petition.FrontCannotAccept");
    public static readonly DomainError CouncilCannotAccept = new("petition.council_cannot_accept", "Errors.Petition.CouncilCannotAccept");
    public static readonly DomainError DelegationCannotAccept = new("petition.delegation_cannot_accept", "Errors.Petition.DelegationCannotAccept");
    public static readonly DomainError BodyCannotResolve = new("petition.body_cannot_resolve", "Errors.Petition.BodyCannotResolve");

    // Classification (RULES.md 2.2).
    public static readonly DomainError NotClassified = new("petition.not_classified", "Errors.Petition.NotClassified");
    public static readonly DomainError ClassificationMismatch = new("petition.classification_mismatch", "Errors.Petition.ClassificationMismatch");
    public static readonly DomainError ReasonNotForKind = new("petition.reason_not_for_kind", "Errors.Petition.ReasonNotForKind");

    // Acceptance (Luật Khiếu nại 2011, Điều 11, 27; Luật Tố cáo 2018, Điều 25, 29).
    public static readonly DomainError NotOwnCompetence = new("petition.not_own_competence", "Errors.Petition.NotOwnCompetence");
    public static readonly DomainError Inadmissible = new("petition.inadmissible", "Errors.Petition.Inadmissible");
    public static readonly DomainError DuplicateMustBeFiled = new("petition.duplicate", "Errors.Petition.DuplicateMustBeFiled");
    public static readonly DomainError JudgmentExists = new("petition.judgment_exists", "Errors.Petition.JudgmentExists");
    public static readonly DomainError AnonymousDenunciation = new("petition.anonymous_denunciation", "Errors.Petition.AnonymousDenunciation");
    public static readonly DomainError NotAnonymous = new("petition.not_anonymous", "Errors.Petition.NotAnonymous");

    // Guiding and forwarding (RULES.md 2.4, 2.5; Luật Tố cáo 2018, Điều 24; Thông tư 05/2021/TT-TTCP, Điều 14(1)).
    public static readonly DomainError WithinOwnCompetence = new("petition.within_own_competence", "Errors.Petition.WithinOwnCompetence");
    public static readonly DomainError GuidedOnce = new("petition.guided_once", "Errors.Petition.GuidedOnce");
    public static readonly DomainError DenunciationForwardedOnce = new("petition.denunciation_forwarded_once", "Errors.Petition.DenunciationForwardedOnce");
    public static readonly DomainError ComplaintIsGuidedNotForwarded = new("petition.complaint_not_forwarded", "Errors.Petition.ComplaintIsGuidedNotForwarded");
    public static readonly DomainError DenunciationIsForwardedNotGuided = new("petition.denunciation_not_guided", "Errors.Petition.DenunciationIsForwardedNotGuided");
    public static readonly DomainError SentToCompetentBody = new("petition.sent_to_competent_body", "Errors.Petition.SentToCompetentBody");
    public static readonly DomainError ForwardToSelf = new("petition.forward_to_self", "Errors.Petition.ForwardToSelf");

    // Monitoring a forwarded letter (RULES.md 13.1, external case).
    public static readonly DomainError NotOverdue = new("petition.not_overdue", "Errors.Petition.NotOverdue");
    public static readonly DomainError EscalationNeedsReminder = new("petition.escalation_needs_reminder", "Errors.Petition.EscalationNeedsReminder");

    // Resolution (Luật Khiếu nại 2011, Điều 30, 31, 40, 44; Luật Tố cáo 2018, Điều 30, 33; NĐ 124/2020 as amended by NĐ 155/2026, Điều 28).
    public static readonly DomainError ExtensionNotProvided = new("petition.extension_not_provided", "Errors.Petition.ExtensionNotProvided");
    public static readonly DomainError ExtensionNeedsComplexCase = new("petition.extension_needs_complex", "Errors.Petition.ExtensionNeedsComplexCase");
    public static readonly DomainError SecondExtensionNeedsEspeciallyComplex = new("petition.second_extension_needs_especially_complex", "Errors.Petition.SecondExtensionNeedsEspeciallyComplex");
    public static readonly DomainError ExtensionLimitReached = new("petition.extension_limit", "Errors.Petition.ExtensionLimitReached");
    public static readonly DomainError DialogueNoticeTooShort = new("petition.dialogue_notice", "Errors.Petition.DialogueNoticeTooShort");
    public static readonly DomainError SecondInstanceNeedsDialogue = new("petition.second_instance_dialogue", "Errors.Petition.SecondInstanceNeedsDialogue");
    public static readonly DomainError OutcomeNotForStage = new("petition.outcome_not_for_stage", "Errors.Petition.OutcomeNotForStage");
    public static readonly DomainError NotYetEffective = new("petition.not_yet_effective", "Errors.Petition.NotYetEffective");
    public static readonly DomainError WithdrawalAfterConclusion = new("petition.withdrawal_after_conclusion", "Errors.Petition.WithdrawalAfterConclusion");
    public static readonly DomainError ReasonRequired = new("petition.reason_required", "Errors.Petition.ReasonRequired");

    // The current status does not allow the step.
    public static readonly DomainError IsSuspended = new("petition.suspended", "Errors.Petition.IsSuspended");
    public static readonly DomainError NotSuspended = new("petition.not_suspended", "Errors.Petition.NotSuspended");
    public static readonly DomainError Withdrawn = new("petition.withdrawn", "Errors.Petition.Withdrawn");
    public static readonly DomainError Closed = new("petition.closed", "Errors.Petition.Closed");
    public static readonly DomainError HandlingEnded = new("petition.handling_ended", "Errors.Petition.HandlingEnded");
    public static readonly DomainError NotAllowedNow = new("petition.not_allowed_now", "Errors.Petition.NotAllowedNow");

    // Someone else changed the letter since the page was opened.
    public static readonly DomainError Stale = new("petition.stale", "Errors.Petition.Stale");

    // Tách đơn (RULES.md 2.2(1)).
    public static readonly DomainError SplitNeedsParts = new("petition.split_needs_parts", "Errors.Petition.SplitNeedsParts");
}
