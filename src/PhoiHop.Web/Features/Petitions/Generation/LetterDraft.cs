namespace PhoiHop.Features.Petitions.Generation;

/// <summary>Everything a letter's text is written from.</summary>
internal sealed record LetterDraft(
    LetterScenario Scenario,
    GeneratedMatter Matter,
    IReadOnlyList<GeneratedSender> Senders,
    int SenderCount,
    bool IsAnonymous,
    IReadOnlyList<string> AddressedTo,
    DateOnly WrittenOn,
    LetterPlan Plan)
{
    /// <summary>For a reminder: the earlier letter it recalls.</summary>
    public GeneratedPetition? Recalls { get; init; }

    public bool IsPlural => SenderCount > 1;
}
