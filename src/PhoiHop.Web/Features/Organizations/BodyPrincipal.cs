namespace PhoiHop.Features.Organizations;

/// <summary>An office body serving a principal body (the merged Delegation and Council office serves both).</summary>
public sealed record BodyPrincipal(Guid OfficeId, Guid PrincipalId);
