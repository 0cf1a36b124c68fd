namespace PhoiHop.Features.Petitions;

/// <summary>
/// Which state machine a petition follows. It is not stored: it follows from the receiving body's power to resolve,
/// the kind and the complaint instance (<see cref="PetitionMachine.TrackOf"/>).
/// </summary>
public enum PetitionTrack
{
    Intake = 0,                    // received by a resolving body, not yet classified
    Complaint = 1,                 // RULES.md 13.1, first instance
    SecondInstanceComplaint = 2,   // RULES.md 13.1, transitions 10–11
    Denunciation = 3,              // RULES.md 13.2
    Recommendation = 4,            // RULES.md 13.3: kiến nghị and phản ánh
    ExternalCase = 5,              // RULES.md 2.6, 13.1: forward and monitor, any kind
}
