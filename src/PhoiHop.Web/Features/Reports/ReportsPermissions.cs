using System.Security.Claims;
using PhoiHop.Features.Organizations;
using PhoiHop.Features.Petitions;
using PhoiHop.Infrastructure.Auth;

namespace PhoiHop.Features.Reports;

/// <summary>
/// Who may see which figures. A body's figures are read by whoever may read its letters (the same roles as
/// <see cref="PetitionsPermissions.Read"/>), for their own body only. The whole province's figures, and the lists behind
/// them, are the provincial inspectorate's: it compiles the province's reports on citizen reception and letter handling
/// under Circular 02/2021/TT-TTCP (RULES.md 12), so the permission goes to the <see cref="Roles.Inspector"/> role.
/// Administrators and auditors get neither, as for letters.
/// </summary>
public static class ReportsPermissions
{
    public const string Read = "Reports.Read";
    public const string ReadProvince = "Reports.ReadProvince";

    public static IReadOnlyList<PermissionGrant> Grants { get; } =
    [
        new(Read, PetitionsPermissions.Grants.Single(g => g.Permission == PetitionsPermissions.Read).Roles),
        new(ReadProvince, [Roles.Inspector]),
    ];

    public static bool Has(ClaimsPrincipal user, string permission) =>
        Grants.Single(g => g.Permission == permission).Roles.Any(user.IsInRole);
}
