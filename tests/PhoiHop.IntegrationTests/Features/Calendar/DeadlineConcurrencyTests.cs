using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Calendar;
using PhoiHop.Infrastructure.Data;
using PhoiHop.Infrastructure.Jobs;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Calendar;

// Work over many deadlines (a calendar change moving due dates, the hourly reminders) holds them as they were read,
// open. A step that meets one meanwhile wins: the work never writes the met deadline (whose due date the step judged
// "in time" or "late" for the letter report), and it still finishes, on fresh rows.
public abstract class DeadlineConcurrencyTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task CalendarRecompute_DoesNotWriteADeadlineMetMeanwhile_AndFinishes()
    {
        var deadline = await App.TrackDeadlineAsync("reception.notify-citizen", new DateOnly(2026, 11, 13), "MTTQ-TN");
        await using var work = App.Services.CreateAsyncScope();
        work.ServiceProvider.GetRequiredService<AuditActor>().ActAs(null, "test:recompute");
        var held = await work.ServiceProvider.GetRequiredService<AppDbContext>().Set<TrackedDeadline>().SingleAsync(d => d.Id == deadline.Id, Ct);
        held.Extend();

        await MeetAsync(deadline.Id);
        await work.ServiceProvider.GetRequiredService<DeadlineTracker>().RecomputeOpenAsync("Thử nghiệm: lịch thay đổi", Ct);

        var after = await App.ReloadDeadlineAsync(deadline.Id);
        Assert.Equal(DeadlineStatus.Met, after.Status);
        Assert.Equal(0, after.Extensions);
        Assert.Equal(deadline.DueDate, after.DueDate);
    }

    [Fact]
    public async Task Reminders_DoNotWriteADeadlineMetMeanwhile_AndFinish()
    {
        // Due today (Friday 27/11/2026): the reminders would remind of it while it is open.
        var deadline = await App.TrackDeadlineAsync("reception.notify-citizen", new DateOnly(2026, 11, 13), "MTTQ-TN");
        await using var work = App.Services.CreateAsyncScope();
        work.ServiceProvider.GetRequiredService<AuditActor>().ActAs(null, "test:reminders");
        var held = await work.ServiceProvider.GetRequiredService<AppDbContext>().Set<TrackedDeadline>().SingleAsync(d => d.Id == deadline.Id, Ct);
        held.Extend();

        await MeetAsync(deadline.Id);
        var job = App.Services.GetServices<IScheduledJob>().OfType<ReminderJob>().Single();
        var summary = await job.RunAsync(App.Clock.GetUtcNow(), work.ServiceProvider, Ct);

        Assert.False(string.IsNullOrEmpty(summary));
        var after = await App.ReloadDeadlineAsync(deadline.Id);
        Assert.Equal(DeadlineStatus.Met, after.Status);
        Assert.Equal(0, after.Extensions);
        Assert.Equal(ReminderStage.None, after.ReminderStage);
        await using var check = App.Services.CreateAsyncScope();
        Assert.False(await check.ServiceProvider.GetRequiredService<AppDbContext>().Set<Reminder>().AnyAsync(r => r.DeadlineId == deadline.Id, Ct));
    }

    // EF Core does not report a concurrency failure to the interceptors' SaveChangesFailed: the save's own transaction
    // (with, on PostgreSQL, its audit chain head locked; on SQLite, the file and the process's writer turn) must still end
    // with the failed save, not when the scope ends.
    [Fact]
    public async Task SaveThatMeetsAChangedRow_EndsItsTransactionAndTurn_AtOnce()
    {
        var deadline = await App.TrackDeadlineAsync("reception.notify-citizen", new DateOnly(2026, 11, 13), "MTTQ-TN");
        await using var work = App.Services.CreateAsyncScope();
        work.ServiceProvider.GetRequiredService<AuditActor>().ActAs(null, "test:stale");
        var db = work.ServiceProvider.GetRequiredService<AppDbContext>();
        var held = await db.Set<TrackedDeadline>().SingleAsync(d => d.Id == deadline.Id, Ct);
        held.Extend();
        await MeetAsync(deadline.Id);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync(Ct));

        Assert.Null(db.Database.CurrentTransaction);
        if (App.Provider == DatabaseProvider.Sqlite)
        {
            var turn = SqliteWriters.Of(db.Database.GetDbConnection());
            Assert.True(await turn.WaitAsync(TimeSpan.FromSeconds(5), Ct), "the failed save kept the writer turn");
            turn.Release();
        }
        // The next save of the same context draws a transaction of its own again and lands.
        db.ChangeTracker.Clear();
        db.Add(PhoiHop.Features.Notifications.Notification.Create(
            await db.Users.Where(u => u.UserName == "mttq.tiepdan").Select(u => u.Id).SingleAsync(Ct), "Sau xung đột", "Ghi lại", null, App.Clock.GetUtcNow()));
        await db.SaveChangesAsync(Ct);
        Assert.Null(db.Database.CurrentTransaction);
    }

    // What a step does to a deadline it ends, from another scope.
    private async Task MeetAsync(Guid id)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditActor>().ActAs(null, "test:step");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.Set<TrackedDeadline>().SingleAsync(d => d.Id == id, Ct)).Complete(new DateOnly(2026, 11, 27));
        await db.SaveChangesAsync(Ct);
    }

    public sealed class Sqlite(SqliteAppFactory app) : DeadlineConcurrencyTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : DeadlineConcurrencyTests(app), IClassFixture<PostgresAppFactory>;
}
