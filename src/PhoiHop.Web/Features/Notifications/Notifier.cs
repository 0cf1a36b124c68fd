using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Notifications;

/// <summary>
/// The one way modules notify staff: an in-app notification for each person and, for those who want it at once, an
/// e-mail in the outbox. Nothing is saved here: the caller's SaveChanges commits the notifications together with
/// the change that caused them. Callers must never put a denouncer's identity in a notification (Luật Tố cáo Art. 56).
/// </summary>
public sealed class Notifier(AppDbContext db, TimeProvider clock, IOptions<NotificationOptions> options)
{
    public async Task<int> NotifyAsync(IReadOnlyCollection<Guid> userIds, string title, string body, string? link, CancellationToken ct)
    {
        if (userIds.Count == 0)
            return 0;
        var ids = userIds.Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.IsActive)
            .Select(u => new { u.Id, u.Email, u.NotificationDelivery }).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var user in users)
        {
            db.Add(Notification.Create(user.Id, title, body, link, now));
            if (user.NotificationDelivery == NotificationDelivery.Immediate && !string.IsNullOrWhiteSpace(user.Email))
                db.Add(OutboxMail.Create(user.Id, user.Email, title, MailBody(body, link), now));
        }
        return users.Count;
    }

    internal string MailBody(string body, string? link) =>
        link is null ? body : $"{body}\n\n{options.Value.PublicUrl.TrimEnd('/')}{link}";
}
