namespace PhoiHop.Features.Notifications;

public enum OutboxMailStatus
{
    Pending = 0,
    Sent = 1,

    // Gave up after the last retry: shown to administrators, who can send it again.
    Failed = 2,
}
