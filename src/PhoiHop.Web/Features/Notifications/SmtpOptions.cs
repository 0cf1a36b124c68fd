using System.ComponentModel.DataAnnotations;

namespace PhoiHop.Features.Notifications;

/// <summary>The SMTP server notifications are sent through. Without a host, mail waits in the outbox.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    // StartTlsWhenAvailable (default), StartTls (submission, port 587), SslOnConnect (port 465) or None.
    [RegularExpression("^(StartTlsWhenAvailable|StartTls|SslOnConnect|None)$")]
    public string Security { get; set; } = "StartTlsWhenAvailable";
    public string? UserName { get; set; }
    public string? Password { get; set; }

    [Required]
    public string From { get; set; } = "PhoiHop <no-reply@phoihop.local>";

    /// <summary>How often the sender looks at the outbox.</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 15;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
