namespace PhoiHop.Common;

/// <summary>
/// An expected failure of a business rule. <paramref name="MessageKey"/> names a localised message in
/// SharedResource; <paramref name="Code"/> is stable for API clients.
/// </summary>
public sealed record DomainError(string Code, string MessageKey);
