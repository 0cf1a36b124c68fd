using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PhoiHop.Common;
using PhoiHop.Features.Notifications;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Data;
using PhoiHop.Infrastructure.Jobs;

namespace PhoiHop.Features.Calendar;

/// <summary>
/// Every hour (once across all nodes), finds open deadlines that are due soon or overdue, notifies the person
/// responsible and the leaders of the body, and records the reminder (đôn đốc).
/// </summary>
public sealed class ReminderJob(IOptions<ReminderOptions> options) : IScheduledJob
{
    public string Name => "deadlines.reminders";

    public DateTimeOffset SlotOf(DateTimeOffset now) => new(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);

    // A deadline met by a step while the reminders were prepared makes the save fail (TrackedDeadline.Status is a
    // concurrency token): nothing was saved, so the reminders are prepared again without it.
    public Task<string> RunAsync(DateTimeOffset slot, IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        return ConcurrentRetry.RunAsync(db, () => RemindAsync(services, db, ct));
    }

    private async Task<string> RemindAsync(IServiceProvider services, AppDbContext db, CancellationToken ct)
    {
        var calendar = await services.GetRequiredService<CalendarStore>().GetAsync(ct);
        var notifier = services.GetRequiredService<Notifier>();
        var clock = services.GetRequiredService<TimeProvider>();
        var today = Display.VietnamToday(clock);
        var horizon = calendar.AddWorkingDays(today, options.Value.ApproachingWorkingDays);

        var candidates = await db.Set<TrackedDeadline>()
            .Where(d => d.Status == DeadlineStatus.Open && d.PausedSince == null && d.DueDate <= horizon)
            .ToListAsync(ct);
        int approaching = 0, overdue = 0;
        foreach (var deadline in candidates)
        {
            var stage = deadline.IsOverdueOn(today) ? ReminderStage.Overdue : ReminderStage.Approaching;
            if (!IsDue(deadline, stage, today, calendar))
                continue;

            var recipients = await RecipientsAsync(db, deadline, ct);
            var (title, body) = Message(deadline, stage, today, calendar);
            var notified = await notifier.NotifyAsync(recipients, title, body, deadline.Link, ct);
            db.Add(new Reminder(deadline.Id, stage, clock.GetUtcNow(), deadline.DueDate, notified));
            deadline.Reminded(stage, today);
            if (stage == ReminderStage.Overdue)
                overdue++;
            else
                approaching++;
        }
        await db.SaveChangesAsync(ct);
        return $"{approaching} approaching, {overdue} overdue reminder(s)";
    }

    private bool IsDue(TrackedDeadline deadline, ReminderStage stage, DateOnly today, WorkingCalendar calendar)
    {
        if (deadline.ReminderStage < stage)
            return true;
        if (stage != ReminderStage.Overdue || deadline.LastRemindedOn is not { } last)
            return false;
        return today >= calendar.AddWorkingDays(last, options.Value.RepeatOverdueEveryWorkingDays);
    }

    /// <summary>The person responsible (or, with nobody assigned, the body's letter handlers) and the body's leaders.</summary>
    private static async Task<List<Guid>> RecipientsAsync(AppDbContext db, TrackedDeadline deadline, CancellationToken ct)
    {
        var wanted = deadline.AssigneeId is null ? new[] { Roles.Leader, Roles.LetterHandler } : [Roles.Leader];
        var ids = await db.StaffOfAsync(deadline.BodyId, wanted, ct);
        if (deadline.AssigneeId is { } assignee)
            ids.Add(assignee);
        return [.. ids.Distinct()];
    }

    private static (string Title, string Body) Message(TrackedDeadline d, ReminderStage stage, DateOnly today, WorkingCalendar calendar)
    {
        var due = Display.Date(d.DueDate);
        if (stage == ReminderStage.Overdue)
        {
            var late = WorkingDaysAfter(d.DueDate, today, calendar);
            return ($"Quá hạn: {d.Title}", string.Create(CultureInfo.InvariantCulture, $"Hạn {due} đã qua {late} ngày làm việc. Đề nghị khẩn trương xử lý và báo cáo."));
        }
        var left = WorkingDaysAfter(today, d.DueDate, calendar);
        return ($"Sắp đến hạn: {d.Title}", string.Create(CultureInfo.InvariantCulture, $"Hạn xử lý là {due}, còn {left} ngày làm việc."));
    }

    // Working days in (from, to]: how late, or how many are left.
    private static int WorkingDaysAfter(DateOnly from, DateOnly to, WorkingCalendar calendar)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            count += calendar.IsWorkingDay(day) ? 1 : 0;
        return count;
    }
}
