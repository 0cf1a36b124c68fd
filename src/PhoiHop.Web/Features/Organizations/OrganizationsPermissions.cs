using PhoiHop.Infrastructure.Auth;

namespace PhoiHop.Features.Organizations;

public static class OrganizationsPermissions
{
    public const string Manage = "Organizations.Manage";

    public static IReadOnlyList<PermissionGrant> Grants { get; } =
    [
        new(Manage, [Roles.Administrator]),
    ];
}
