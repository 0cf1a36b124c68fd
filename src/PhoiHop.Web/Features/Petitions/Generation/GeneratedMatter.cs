namespace PhoiHop.Features.Petitions.Generation;

/// <summary>
/// The facts a generated letter is about: its ground truth. Letters of the same matter share these (duplicates); a
/// hard negative changes the parcel or the person. Facts the letter's story does not mention are null.
/// </summary>
public sealed record GeneratedMatter(
    string Scenario,
    string Commune,
    string Locality,
    int? ParcelNumber,
    int? MapSheet,
    int? AreaM2,
    int? AffectedAreaM2,
    int? DecisionNumber,
    DateOnly? DecisionDate,
    DateOnly? EventDate,
    DateOnly? FollowUpDate,
    long? Amount,
    long? SecondAmount,
    string? OtherParty,
    string? Project,
    string? Company,
    int? SinceYear);
