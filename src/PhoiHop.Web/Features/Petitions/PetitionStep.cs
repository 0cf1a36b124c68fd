namespace PhoiHop.Features.Petitions;

/// <summary>
/// The arguments of one process step (API body and page form alike). Each step reads the fields it needs; a missing
/// one is answered naming the field. <see cref="Version"/>, when given, must match the letter's: a step taken on a
/// stale page is refused instead of overwriting another person's step.
/// </summary>
public sealed class PetitionStep
{
    public string? Note { get; set; }
    public int? Version { get; set; }

    // Classify.
    public PetitionKind? Kind { get; set; }
    public Competence? Competence { get; set; }
    public List<PetitionFlags>? Flags { get; set; }
    public string? FieldCode { get; set; }
    public ComplaintObject? ComplaintObject { get; set; }
    public ComplaintInstance? Instance { get; set; }
    public DenunciationSubtype? DenunciationSubtype { get; set; }
    public InadmissibilityReason? Inadmissibility { get; set; }

    // Decline.
    public InadmissibilityReason? InadmissibilityReason { get; set; }

    // Forward.
    public string? ToBodyCode { get; set; }
    public string? Recommendation { get; set; }

    // File.
    public FilingReason? FilingReason { get; set; }

    // Monitor.
    public DateOnly? AnswerDueOn { get; set; }

    // ScheduleDialogue.
    public DateOnly? DialogueOn { get; set; }

    // FindComplex.
    public bool EspeciallyComplex { get; set; }

    // Decide.
    public FirstInstanceOutcome? FirstInstanceOutcome { get; set; }
    public SecondInstanceOutcome? SecondInstanceOutcome { get; set; }
    public RecommendationOutcome? RecommendationOutcome { get; set; }
    public DateOnly? TakesEffectOn { get; set; }

    // Conclude.
    public DenunciationFinding? Finding { get; set; }

    // RecordAnswer, Answer.
    public string? Summary { get; set; }

    // Withdraw.
    public bool MustStillResolve { get; set; }

    // Split: the contents of the letter, each handled as its own letter.
    public List<SplitPart>? Parts { get; set; }
}
