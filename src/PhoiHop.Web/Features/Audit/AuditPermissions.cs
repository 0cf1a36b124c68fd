using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Auth;

namespace PhoiHop.Features.Audit;

public static class AuditPermissions
{
    // Auditors read the log, including who revealed sealed identities (RULES.md 13.9).
    public const string Read = "Audit.Read";

    public static IReadOnlyList<PermissionGrant> Grants { get; } =
    [
        new(Read, [Roles.Auditor]),
    ];
}
