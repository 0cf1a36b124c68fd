using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Calendar;
using PhoiHop.Features.Notifications;
using PhoiHop.Infrastructure.Data;
using PhoiHop.Infrastructure.Jobs;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Calendar;

// Reminders (đôn đốc): the hourly job notifies the body's leaders and handlers when a deadline nears and when it
// passes, records each reminder, and runs once per slot however many nodes run it.
public abstract class ReminderJobTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task ReminderJob_DeadlineDueToday_NotifiesLeaderAndHandlerOnce_ThenOverdueLater()
    {
        // The clock stands at Friday 27/11/2026 09:00 in Vietnam; 10 working days from Friday 13/11 end today.
        var deadline = await App.TrackDeadlineAsync("reception.notify-citizen", new DateOnly(2026, 11, 13), "MTTQ-TN");
        Assert.Equal(new DateOnly(2026, 11, 27), deadline.DueDate);
        var runner = App.Services.GetRequiredService<ScheduledJobRunner>();
        var job = App.Services.GetServices<IScheduledJob>().OfType<ReminderJob>().Single();

        var ran = await runner.RunIfDueAsync(job, Ct);
        var ranAgain = await runner.RunIfDueAsync(job, Ct);

        Assert.True(ran);
        Assert.False(ranAgain);
        var approaching = await NotificationsAsync(deadline.Title);
        Assert.Equal(["mttq.lanhdao", "mttq.tiepdan"], approaching.Select(n => n.Login).Order());
        Assert.All(approaching, n => Assert.StartsWith("Sắp đến hạn", n.Title, StringComparison.Ordinal));
        Assert.Equal(ReminderStage.Approaching, (await App.ReloadDeadlineAsync(deadline.Id)).ReminderStage);

        App.Clock.Advance(TimeSpan.FromDays(3)); // Monday 30/11/2026: one working day late
        Assert.True(await runner.RunIfDueAsync(job, Ct));

        var all = await NotificationsAsync(deadline.Title);
        Assert.Equal(4, all.Count);
        Assert.Equal(2, all.Count(n => n.Title.StartsWith("Quá hạn", StringComparison.Ordinal)));
        await using var scope = App.Services.CreateAsyncScope();
        var reminders = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Reminder>().Where(r => r.DeadlineId == deadline.Id).ToListAsync(Ct);
        Assert.Equal([ReminderStage.Approaching, ReminderStage.Overdue], reminders.OrderBy(r => r.SentAt).Select(r => r.Stage));
        Assert.All(reminders, r => Assert.Equal(2, r.Recipients));
    }

    [Fact]
    public async Task ScheduledJob_TwoNodesOnOneDatabase_RunsOncePerSlot()
    {
        await using var second = new ExistingDatabaseAppFactory(App);
        await second.InitializeAsync();
        // Both nodes read the same time (the first may have been moved on by another test of this class).
        second.Clock.SetUtcNow(App.Clock.GetUtcNow());
        var job = new ProbeJob($"probe-{Guid.NewGuid():N}");

        var results = await Task.WhenAll(
            App.Services.GetRequiredService<ScheduledJobRunner>().RunIfDueAsync(job, Ct),
            second.Services.GetRequiredService<ScheduledJobRunner>().RunIfDueAsync(job, Ct),
            App.Services.GetRequiredService<ScheduledJobRunner>().RunIfDueAsync(job, Ct),
            second.Services.GetRequiredService<ScheduledJobRunner>().RunIfDueAsync(job, Ct));

        Assert.Single(results, ran => ran);
        Assert.Equal(1, job.Runs);
        await using var scope = App.Services.CreateAsyncScope();
        var runs = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<JobRun>().Where(r => r.Job == job.Name).ToListAsync(Ct);
        Assert.Single(runs);
        Assert.Equal("ran", runs[0].Outcome);
    }

    // A job that only counts its runs, so that the test sees the runner's guarantee and nothing else.
    private sealed class ProbeJob(string name) : IScheduledJob
    {
        private int _runs;

        public int Runs => _runs;

        public string Name => name;

        public DateTimeOffset SlotOf(DateTimeOffset now) => new(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero);

        public Task<string> RunAsync(DateTimeOffset slot, IServiceProvider services, CancellationToken ct)
        {
            Interlocked.Increment(ref _runs);
            return Task.FromResult("ran");
        }
    }

    private async Task<List<(string Login, string Title)>> NotificationsAsync(string deadlineTitle)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await (from n in db.Set<Notification>()
                          join u in db.Users on n.UserId equals u.Id
                          select new { u.UserName, n.Title }).ToListAsync(Ct);
        return [.. rows.Where(r => r.Title.EndsWith(deadlineTitle, StringComparison.Ordinal)).Select(r => (r.UserName!, r.Title))];
    }

    public sealed class Sqlite(SqliteAppFactory app) : ReminderJobTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : ReminderJobTests(app), IClassFixture<PostgresAppFactory>;
}
