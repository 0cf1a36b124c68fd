namespace PhoiHop.Features.Notifications;

/// <summary>
/// An e-mail waiting to be sent. It is written in the same transaction as the change that caused it, so a mail
/// server that is down loses nothing: the sender retries with backoff until it succeeds or gives up visibly.
/// </summary>
public sealed class OutboxMail
{
    public const int MaxAttempts = 8;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid? UserId { get; private set; }
    public string To { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public OutboxMailStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public string? LastError { get; private set; }

    // Claim by one node at a time (several nodes run the sender).
    public DateTimeOffset? LockedUntil { get; private set; }

    private OutboxMail() { }

    public static OutboxMail Create(Guid? userId, string to, string subject, string body, DateTimeOffset now) => new()
    {
        UserId = userId,
        To = to,
        Subject = Common.TextInput.Cut(subject, 300, "…"),
        Body = Common.TextInput.Cut(body, 100_000, "…"),
        CreatedAt = now,
        NextAttemptAt = now,
        Status = OutboxMailStatus.Pending,
    };

    public void MarkSent(DateTimeOffset now)
    {
        Status = OutboxMailStatus.Sent;
        SentAt = now;
        Attempts++;
        LastError = null;
        LockedUntil = null;
    }

    /// <summary>Exponential backoff: 1, 2, 4 … minutes, then Failed after <see cref="MaxAttempts"/>.</summary>
    public void MarkAttemptFailed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = Common.TextInput.Cut(error, 1000);
        LockedUntil = null;
        if (Attempts >= MaxAttempts)
            Status = OutboxMailStatus.Failed;
        else
            NextAttemptAt = now.AddMinutes(Math.Pow(2, Attempts - 1));
    }

    public void Retry(DateTimeOffset now)
    {
        Status = OutboxMailStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
    }
}
