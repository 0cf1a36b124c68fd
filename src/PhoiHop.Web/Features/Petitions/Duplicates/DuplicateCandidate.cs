namespace PhoiHop.Features.Petitions.Duplicates;

/// <summary>
/// A letter already indexed that may be about the same matter. <see cref="Score"/> is in [0, 1] and is at least 0.5
/// exactly when <see cref="LikelySameMatter"/> is true, so a list sorted by score shows the likely ones first.
/// </summary>
public sealed record DuplicateCandidate(
    Guid PetitionId,
    Guid CaseId,
    Guid ReceivingBodyId,
    DateOnly ReceivedOn,
    double Score,
    bool LikelySameMatter,
    IReadOnlyList<MatchReason> Reasons);
