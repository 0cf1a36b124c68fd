namespace PhoiHop.Features.Petitions;

/// <summary>
/// One step in a petition's history, appended by every process verb. A step that keeps the status (a reminder, an
/// extension, a complexity finding, a withdrawal that does not end a denunciation) has <see cref="From"/> = <see cref="To"/>.
/// </summary>
public sealed record PetitionTransition(
    PetitionStatus From,
    PetitionStatus To,
    PetitionAction Action,
    DateTimeOffset At,
    Guid ActorId,
    string ActorName,
    string? Reason)
{
    /// <summary>1 for the receipt, then one more for each step: the order of the history, and its key with the petition.</summary>
    public int Sequence { get; init; }
}
