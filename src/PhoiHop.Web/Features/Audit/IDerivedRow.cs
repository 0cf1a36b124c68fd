namespace PhoiHop.Features.Audit;

/// <summary>
/// A row computed only from audited rows and recomputable from them at any time, like a cache (the duplicate fingerprint
/// or the search document of a letter). It is not audited: its sources are, and auditing it would add an entry per letter to the chain each time
/// it is recomputed, with nothing a person decided.
/// </summary>
public interface IDerivedRow;
