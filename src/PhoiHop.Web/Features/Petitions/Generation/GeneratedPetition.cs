namespace PhoiHop.Features.Petitions.Generation;

/// <summary>
/// One generated letter as a body receives it. <see cref="RelatedTo"/> and <see cref="Relation"/> say which earlier
/// letter it was made from and how; they are the answer key of a duplicate-detection set, so the
/// <see cref="PetitionFlags.Duplicate"/> flag (a classification result) is never set.
/// </summary>
public sealed record GeneratedPetition
{
    /// <summary>Position in the generator's sequence, from 1.</summary>
    public required int Number { get; init; }

    public required string BodyCode { get; init; }

    public required Channel Channel { get; init; }

    public required DateOnly ReceivedOn { get; init; }

    /// <summary>The date the sender wrote on the letter.</summary>
    public required DateOnly WrittenOn { get; init; }

    public required PetitionKind Kind { get; init; }

    public required string FieldCode { get; init; }

    public ComplaintObject? ComplaintObject { get; init; }

    public DenunciationSubtype? DenunciationSubtype { get; init; }

    public required string Subject { get; init; }

    public required string Content { get; init; }

    /// <summary>The named senders: the sender, the co-signers, or the representatives of a multi-person letter.</summary>
    public required IReadOnlyList<GeneratedSender> Senders { get; init; }

    /// <summary>Everyone who signed, named or not; 0 for an anonymous letter.</summary>
    public required int SenderCount { get; init; }

    public required PetitionFlags Flags { get; init; }

    /// <summary>The body codes the letter names after "Kính gửi"; more than one when it was sent to many bodies.</summary>
    public required IReadOnlyList<string> AddressedTo { get; init; }

    public required GeneratedMatter Matter { get; init; }

    public int? RelatedTo { get; init; }

    public DuplicateStyle? Relation { get; init; }

    public bool IsAnonymous => Flags.HasFlag(PetitionFlags.Anonymous);

    /// <summary>A letter of the same matter from the same sender; hard negatives are related but not duplicates.</summary>
    public bool IsDuplicate => Relation is not (null or DuplicateStyle.NeighbourDifferentPlot or DuplicateStyle.SamePersonDifferentMatter);

    internal LetterPlan Plan { get; init; }
}
