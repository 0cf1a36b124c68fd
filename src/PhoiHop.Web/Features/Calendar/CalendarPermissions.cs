using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Auth;

namespace PhoiHop.Features.Calendar;

public static class CalendarPermissions
{
    // Reviewing and confirming each year's days off against the Government's notice (RULES.md 10.1).
    public const string Manage = "Calendar.Manage";

    public static IReadOnlyList<PermissionGrant> Grants { get; } =
    [
        new(Manage, [Roles.CalendarAdministrator]),
    ];
}
