namespace PhoiHop.Features.Petitions;

/// <summary>Limits of the citizen portal and Open311 (per client address, fixed windows).</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Letters one address may send per window.</summary>
    public int SubmissionsPerWindow { get; set; } = 10;

    /// <summary>Receipt lookups one address may make per window (the secret has 80 bits; this stops noise, not guessing).</summary>
    public int LookupsPerWindow { get; set; } = 60;

    public int WindowMinutes { get; set; } = 10;

    /// <summary>The body that receives Open311 feedback when the request names no jurisdiction.</summary>
    public string Open311DefaultBodyCode { get; set; } = "UBND-TN";
}
