namespace PhoiHop.Features.Petitions;

/// <summary>One content of a letter being split (tách đơn): it becomes a letter of its own.</summary>
public sealed class SplitPart
{
    public const int MinParts = 2;
    public const int MaxParts = 10;

    public string? Subject { get; set; }

    /// <summary>The part of the letter's text about this content.</summary>
    public string? Content { get; set; }
    public PetitionKind? Kind { get; set; }

    /// <summary>The field (lĩnh vực); the letter's when not given.</summary>
    public string? FieldCode { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Subject) && string.IsNullOrWhiteSpace(Content) && Kind is null && string.IsNullOrWhiteSpace(FieldCode);
}
