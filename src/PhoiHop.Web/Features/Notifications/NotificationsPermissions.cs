using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Auth;

namespace PhoiHop.Features.Notifications;

public static class NotificationsPermissions
{
    // The outbox holds every mail address and subject: administrators only.
    public const string ManageOutbox = "Notifications.ManageOutbox";

    public static IReadOnlyList<PermissionGrant> Grants { get; } =
    [
        new(ManageOutbox, [Roles.Administrator]),
    ];
}
