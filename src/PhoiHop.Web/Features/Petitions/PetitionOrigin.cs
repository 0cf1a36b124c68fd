namespace PhoiHop.Features.Petitions;

/// <summary>Where a letter comes from, given at receipt by the intake service.</summary>
/// <param name="CaseId">The matter it belongs to; a new matter for a new letter.</param>
/// <param name="TrackingCode">The citizen's tracking code, unique across the deployment.</param>
/// <param name="ForwardedFromId">The forwarding body's petition, when another body sent it here.</param>
/// <param name="SplitFromId">The letter it was split from, when a letter had several kinds of content.</param>
/// <param name="SenderCount">How many people signed; 0 for an anonymous letter.</param>
public sealed record PetitionOrigin(Guid CaseId, string TrackingCode, Guid? ForwardedFromId = null, Guid? SplitFromId = null, int SenderCount = 1)
{
    /// <summary>The letter's id when it was promised before the letter was made (a letter accepted into the inbox).</summary>
    public Guid? Id { get; init; }

    /// <summary>The kind the sender or the registering officer gave; classification decides the kind.</summary>
    public PetitionKind? DeclaredKind { get; init; }

    /// <summary>The field (lĩnh vực) given at intake, if any.</summary>
    public string? FieldCode { get; init; }

    /// <summary>The letter it comes from carries a denouncer's identity (<see cref="Petition.DenouncerProtected"/>).</summary>
    public bool DenouncerProtected { get; init; }

    /// <summary>Đơn đông người: 5 or more signers (Luật Tiếp công dân 2013, Điều 29; Thông tư 05/2021/TT-TTCP).</summary>
    public const int MultiPersonFrom = 5;
}
