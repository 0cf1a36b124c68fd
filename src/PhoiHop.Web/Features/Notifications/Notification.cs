namespace PhoiHop.Features.Notifications;

/// <summary>An in-app notification for one staff member (the bell).</summary>
public sealed class Notification
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid UserId { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";

    // A path inside PhoiHop, e.g. /Petitions/123: never an outside address.
    public string? Link { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    // Set when the daily digest has included it, so that it is mailed once.
    public DateTimeOffset? DigestedAt { get; private set; }

    private Notification() { }

    public static Notification Create(Guid userId, string title, string body, string? link, DateTimeOffset now) => new()
    {
        UserId = userId,
        Title = Common.TextInput.Cut(title, 300, "…"),
        Body = Common.TextInput.Cut(body, 4000, "…"),
        Link = Common.LocalUrl.IsLocal(link) ? link : null,
        CreatedAt = now,
    };

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;

    public void MarkDigested(DateTimeOffset now) => DigestedAt ??= now;
}
