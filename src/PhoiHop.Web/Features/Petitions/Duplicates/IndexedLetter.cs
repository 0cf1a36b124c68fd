namespace PhoiHop.Features.Petitions.Duplicates;

/// <summary>Where an indexed letter belongs: enough to show a candidate without reading the database again.</summary>
public sealed record IndexedLetter(Guid PetitionId, Guid CaseId, Guid ReceivingBodyId, DateOnly ReceivedOn);
