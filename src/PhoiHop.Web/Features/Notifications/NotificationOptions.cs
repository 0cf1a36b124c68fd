using System.ComponentModel.DataAnnotations;

namespace PhoiHop.Features.Notifications;

public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The address users reach PhoiHop at, for links in e-mails.</summary>
    [Required]
    public string PublicUrl { get; set; } = "http://localhost:5080";

    /// <summary>Hour of the day (Vietnam time) when daily digests are sent.</summary>
    [Range(0, 23)]
    public int DigestHour { get; set; } = 7;
}
