namespace PhoiHop.Features.Documents;

/// <summary>What the caller knows about one issue of a templated document: who issues it, when, its number and its signer.</summary>
/// <param name="Issuer">The issuing body.</param>
/// <param name="Date">The date of issue (thời gian ban hành).</param>
/// <param name="Signer">Who signs, and in what capacity.</param>
/// <param name="Number">The registered number, or null for a draft.</param>
/// <param name="UnitCode">The drafting unit's abbreviation (a công văn's symbol and the filing line).</param>
public sealed record DocumentIssue(Issuer Issuer, DateOnly Date, Signer Signer, int? Number = null, string? UnitCode = null);
