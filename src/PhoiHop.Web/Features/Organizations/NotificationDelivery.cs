namespace PhoiHop.Features.Organizations;

/// <summary>How a staff member wants notifications by e-mail; in-app notifications are always kept.</summary>
public enum NotificationDelivery
{
    Immediate = 0,
    DailyDigest = 1,
    InAppOnly = 2,
}
