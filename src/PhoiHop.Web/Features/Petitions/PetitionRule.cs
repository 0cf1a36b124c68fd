namespace PhoiHop.Features.Petitions;

/// <summary>
/// One legal move of a machine: in <paramref name="Track"/>, <paramref name="Action"/> takes a petition from
/// <paramref name="From"/> to <paramref name="To"/>. <paramref name="To"/> is null for Resume, which returns to the
/// status before the suspension.
/// </summary>
public sealed record PetitionRule(PetitionTrack Track, PetitionAction Action, PetitionStatus From, PetitionStatus? To, string LegalBasis);
