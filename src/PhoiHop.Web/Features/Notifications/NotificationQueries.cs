using Microsoft.EntityFrameworkCore;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Notifications;

public sealed class NotificationQueries(AppDbContext db)
{
    public Task<int> UnreadCountAsync(Guid userId, CancellationToken ct) =>
        db.Set<Notification>().CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);
}
