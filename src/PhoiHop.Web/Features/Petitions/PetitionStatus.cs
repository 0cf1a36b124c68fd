namespace PhoiHop.Features.Petitions;

/// <summary>
/// Where a letter stands with the body handling it. One enum for the four machines of RULES.md 13.1–13.3 (and the
/// forward-and-monitor machine of 13.1 for bodies that do not resolve): several states are shared, and
/// <see cref="PetitionMachine"/> says which states and moves belong to each <see cref="PetitionTrack"/>.
/// Values are stored: add new ones, never renumber.
/// </summary>
public enum PetitionStatus
{
    // Intake, then the complaint machine (RULES.md 13.1). Received, Classified, Accepted, Verifying, Suspended,
    // Stopped, Withdrawn and Closed are shared with the other machines.
    Received = 0,
    Classified = 1,
    Guided = 2,                    // terminal for this body; also a denunciation handed in person, and the monitor machine
    Inadmissible = 3,              // terminal; reason from Luật Khiếu nại 2011, Điều 11
    Accepted = 4,
    Verifying = 5,
    DialogueScheduled = 6,
    DialogueHeld = 7,
    Suspended = 8,                 // the clock stops; Resume returns to the state before
    DecidedFirstInstance = 9,
    SecondInstanceAccepted = 10,
    DecidedSecondInstance = 11,
    Effective = 12,
    Stopped = 13,                  // đình chỉ
    Withdrawn = 14,                // terminal: withdrawn content is not reconsidered
    Sued = 15,                     // a court took the case: administrative resolution ends
    Closed = 16,

    // Denunciation (RULES.md 13.2).
    InitialProcessing = 20,        // xử lý ban đầu: 7 (10) working days, Luật Tố cáo 2018, Điều 24(1)
    NotAccepted = 21,              // also a petition or feedback whose form is not met (13.3)
    Forwarded = 22,                // also a petition or feedback outside competence (13.3)
    NotHandled = 23,
    AnonymousInfoCheck = 24,
    Concluded = 25,
    Handling = 26,
    TransferredToInvestigation = 27,

    // Petition and feedback (RULES.md 13.3).
    InHandling = 40,
    UnderReview = 41,
    Decided = 42,
    Answered = 43,                 // also the monitor machine: the competent body answered
    Published = 44,
    Filed = 45,                    // also a duplicate complaint, and the monitor machine

    // Forward and monitor, for the Front, the Council and the Delegation (RULES.md 2.6, 13.1). Overdue is not a
    // state: it is Petition.IsOverdueOn(today), a fact of AwaitingAnswer and the due date.
    ForwardedWithRecommendation = 60,
    AwaitingAnswer = 61,
    ResultNotifiedToCitizen = 62,
    EscalatedToSupervision = 63,

    // Tách đơn: a letter with several kinds of content was split; each content is handled as its own letter (a child
    // with SplitFromId), so this one ends here (RULES.md 2.2(1), 13.1(1), 13.10 splitFrom).
    Split = 70,
}
