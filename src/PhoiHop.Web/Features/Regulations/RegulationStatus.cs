namespace PhoiHop.Features.Regulations;

public enum RegulationStatus
{
    Draft = 0,      // being negotiated: visible to its parties only
    InForce = 1,    // signed and in force
    Superseded = 2, // replaced by a newer version or a regulation for the new term
    Expired = 3,    // its term ended
}
