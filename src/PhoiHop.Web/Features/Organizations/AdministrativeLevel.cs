namespace PhoiHop.Features.Organizations;

/// <summary>Levels of the territorial tree. District is historical only (abolished 01/07/2025).</summary>
public enum AdministrativeLevel
{
    Central = 0,
    Province = 1,
    District = 2,
    Commune = 3,
    ResidentialArea = 4,
}
