namespace PhoiHop.Features.Regulations;

/// <summary>How often an obligation recurs (e.g. a quarterly joint meeting, a yearly review).</summary>
public enum Recurrence
{
    AsNeeded = 0,
    Monthly = 1,
    Quarterly = 2,
    SixMonthly = 3,
    Yearly = 4,
    EachCouncilSession = 5,
    EachAssemblySession = 6,
    EndOfTerm = 7,
}
