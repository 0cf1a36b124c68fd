namespace PhoiHop.Features.Petitions;

/// <summary>
/// The result of phân loại đơn (RULES.md 2.2): kind, competence and flags, with the details that apply to the kind.
/// <see cref="HasEarlierGuidance"/> and <see cref="HasEarlierForwarding"/> say that the same content was already guided
/// or forwarded (found through the duplicate it repeats): guidance is given once per content, and a denunciation is
/// forwarded once (Thông tư 05/2021/TT-TTCP, Điều 14(1)).
/// </summary>
public sealed record PetitionClassification(PetitionKind Kind, Competence Competence, PetitionFlags Flags = PetitionFlags.None)
{
    /// <summary>The field (lĩnh vực) code of the configurable tree, e.g. "HC.DD" for land.</summary>
    public string? FieldCode { get; init; }

    public ComplaintObject? ComplaintObject { get; init; }
    public ComplaintInstance Instance { get; init; } = ComplaintInstance.First;
    public DenunciationSubtype? DenunciationSubtype { get; init; }

    // Set when the letter fails an admissibility condition; Accept then refuses and Decline records it.
    public InadmissibilityReason? Inadmissibility { get; init; }
    public Guid? DuplicateOfId { get; init; }
    public bool HasEarlierGuidance { get; init; }
    public bool HasEarlierForwarding { get; init; }
}
