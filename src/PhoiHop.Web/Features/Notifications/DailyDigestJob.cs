using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PhoiHop.Common;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Data;
using PhoiHop.Infrastructure.Jobs;

namespace PhoiHop.Features.Notifications;

/// <summary>Once a day, one e-mail per digest reader with the notifications they have not had by mail yet.</summary>
public sealed class DailyDigestJob(IOptions<NotificationOptions> options) : IScheduledJob
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public string Name => "notifications.daily-digest";

    public DateTimeOffset SlotOf(DateTimeOffset now)
    {
        var local = now.ToOffset(Vietnam);
        var today = new DateTimeOffset(local.Year, local.Month, local.Day, options.Value.DigestHour, 0, 0, Vietnam);
        return (local >= today ? today : today.AddDays(-1)).ToUniversalTime();
    }

    public async Task<string> RunAsync(DateTimeOffset slot, IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        var notifier = services.GetRequiredService<Notifier>();
        var now = clock.GetUtcNow();
        var readers = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.NotificationDelivery == NotificationDelivery.DailyDigest && u.Email != null)
            .Select(u => new { u.Id, u.Email }).ToListAsync(ct);
        var mails = 0;
        foreach (var reader in readers)
        {
            // At most 50 items a mail; the rest follow in the next digests.
            var pending = await db.Set<Notification>().Where(n => n.UserId == reader.Id && n.DigestedAt == null && n.ReadAt == null)
                .OrderBy(n => n.CreatedAt).Take(50).ToListAsync(ct);
            if (pending.Count == 0)
                continue;
            var body = new StringBuilder();
            foreach (var n in pending)
            {
                body.Append(CultureInfo.InvariantCulture, $"• {Display.DateTime(n.CreatedAt)} – {n.Title}\n  {notifier.MailBody(n.Body, n.Link).Replace("\n", "\n  ", StringComparison.Ordinal)}\n\n");
                n.MarkDigested(now);
            }
            db.Add(OutboxMail.Create(reader.Id, reader.Email!, $"PhoiHop: {pending.Count} thông báo mới / new notifications", body.ToString(), now));
            mails++;
        }
        await db.SaveChangesAsync(ct);
        return $"{mails} digest mail(s)";
    }
}
