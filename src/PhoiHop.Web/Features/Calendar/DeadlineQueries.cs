using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Calendar;

/// <summary>Read models of tracked deadlines for queues and dashboards.</summary>
public sealed class DeadlineQueries(AppDbContext db, TimeProvider clock)
{
    public sealed record Row(Guid Id, string Title, string? Link, DateOnly DueDate, bool IsOverdue, bool IsPaused, bool IsMine);

    /// <summary>Open deadlines of a body that are overdue or due within <paramref name="days"/> calendar days, mine first.</summary>
    public async Task<List<Row>> DueSoonAsync(Guid bodyId, Guid? userId, int days, CancellationToken ct)
    {
        var today = Display.VietnamToday(clock);
        var horizon = today.AddDays(days);
        var rows = await db.Set<TrackedDeadline>().AsNoTracking()
            .Where(d => d.BodyId == bodyId && d.Status == DeadlineStatus.Open && d.DueDate <= horizon)
            .OrderBy(d => d.DueDate).Take(50)
            .ToListAsync(ct);
        return [.. rows.Select(d => new Row(d.Id, d.Title, d.Link, d.DueDate, d.IsOverdueOn(today), d.PausedSince is not null,
                userId is not null && d.AssigneeId == userId))
            .OrderByDescending(r => r.IsMine).ThenBy(r => r.DueDate)];
    }
}
