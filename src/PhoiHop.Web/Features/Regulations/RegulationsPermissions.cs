using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Auth;

namespace PhoiHop.Features.Regulations;

public static class RegulationsPermissions
{
    // Drafting and editing a regulation: its parties' leaders, Front officials and office staff, and administrators.
    public const string Edit = "Regulations.Edit";

    public static IReadOnlyList<PermissionGrant> Grants { get; } =
    [
        new(Edit, [Roles.Administrator, Roles.Leader, Roles.FrontOfficial, Roles.OfficeStaff]),
    ];
}
