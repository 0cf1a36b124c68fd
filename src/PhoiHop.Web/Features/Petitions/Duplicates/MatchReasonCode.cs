namespace PhoiHop.Features.Petitions.Duplicates;

/// <summary>
/// Why a letter was proposed, as a code the pages render in Vietnamese or English (resource key
/// <c>Duplicates.Reason.{Code}</c>, arguments in order). Reasons never carry a sender's name or number: a denouncer's
/// identity is confidential (Luật Tố cáo 2018, Điều 47), and a reason is shown to handlers of other bodies.
/// </summary>
public enum MatchReasonCode
{
    SameIdNumber = 0,
    SamePhone = 1,
    SameName = 2,
    SameAddress = 3,
    SameParcel = 4,         // parcel, map sheet
    SameDecision = 5,       // decision number
    SameDates = 6,          // how many dates in common
    SameAmount = 7,         // how many sums of money in common
    TextSimilarity = 8,     // percent of shared text
    Reminder = 9,           // the letter recalls an earlier one
    DifferentParcel = 10,   // both name parcels, none in common
    DifferentSender = 11,   // both name their senders, nobody in common
    SameSubject = 12,       // percent of the subject in common
}
