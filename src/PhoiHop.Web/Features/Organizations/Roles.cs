namespace PhoiHop.Features.Organizations;

/// <summary>
/// System roles (RULES.md 13.9). A person may hold several; every permission is further scoped to the person's body.
/// </summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string CalendarAdministrator = "CalendarAdministrator";
    public const string Auditor = "Auditor";
    public const string ReceptionOfficer = "ReceptionOfficer";
    public const string LetterHandler = "LetterHandler";
    public const string Leader = "Leader";
    public const string Resolver = "Resolver";
    public const string Verifier = "Verifier";
    public const string Inspector = "Inspector";
    public const string FrontOfficial = "FrontOfficial";
    public const string MemberOrganisationOfficer = "MemberOrganisationOfficer";
    public const string Deputy = "Deputy";
    public const string OfficeStaff = "OfficeStaff";
    public const string FocalPoint = "FocalPoint";
    public const string DraftingOfficer = "DraftingOfficer";

    public static readonly IReadOnlyList<string> All =
    [
        Administrator, CalendarAdministrator, Auditor, ReceptionOfficer, LetterHandler, Leader, Resolver, Verifier,
        Inspector, FrontOfficial, MemberOrganisationOfficer, Deputy, OfficeStaff, FocalPoint, DraftingOfficer,
    ];
}
