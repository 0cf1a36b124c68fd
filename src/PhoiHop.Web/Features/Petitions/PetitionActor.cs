namespace PhoiHop.Features.Petitions;

/// <summary>The staff member who performs a step, as recorded in the petition's history.</summary>
public sealed record PetitionActor(Guid Id, string Name);
