using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Notifications;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Infrastructure;

// SQLite lets one writer at a time. The app's saves wait their turn in the process (SqliteWriters), asynchronously,
// instead of meeting the locked file and sleeping in the driver's retry loop; whichever way a save ends, it gives the
// turn back.
public sealed class SqliteWriterTurnTests(SqliteAppFactory app) : AppTests(app), IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task Save_WaitsWhileTheTurnIsHeld_AndGoesOnWhenItIsGivenBack()
    {
        var userId = await UserIdAsync();
        var turn = await TurnAsync();
        Task save;
        await turn.WaitAsync(Ct);
        try
        {
            save = Task.Run(() => SaveNotificationAsync(userId, "Chờ lượt ghi"), Ct);
            var first = await Task.WhenAny(save, Task.Delay(TimeSpan.FromMilliseconds(700), Ct));
            Assert.NotSame(save, first);
        }
        finally
        {
            turn.Release();
        }
        await save;

        await using var check = App.Services.CreateAsyncScope();
        Assert.True(await check.ServiceProvider.GetRequiredService<AppDbContext>().Set<Notification>().AnyAsync(n => n.Title == "Chờ lượt ghi", Ct));
        Assert.True(await FreeWithinAsync(turn), "the save kept the turn");
    }

    [Fact]
    public async Task FailedSave_GivesTheTurnBack()
    {
        var turn = await TurnAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // No such user: the foreign key refuses the row.
            db.Add(Notification.Create(Guid.NewGuid(), "Không có người nhận", "Lỗi khóa ngoại", null, App.Clock.GetUtcNow()));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
            Assert.True(await FreeWithinAsync(turn), "the failed save kept the turn");
        }
    }

    [Fact]
    public async Task OverlappingSaves_AllLand_AndTheAuditChainHolds()
    {
        const int writers = 8;
        const int saves = 5;
        var userId = await UserIdAsync();
        var subject = $"Lượt ghi {Guid.NewGuid():N}";

        await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            for (var k = 0; k < saves; k++)
                await SaveNotificationAsync(userId, subject);
        }, Ct)));

        await using var check = App.Services.CreateAsyncScope();
        Assert.Equal(writers * saves, await check.ServiceProvider.GetRequiredService<AppDbContext>().Set<Notification>().CountAsync(n => n.Title == subject, Ct));
        var report = await check.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(Ct);
        Assert.True(report.IsIntact, $"broken at {report.FirstBrokenSequence}: {report.Problem}");
    }

    [Fact]
    public void EachDatabaseFile_HasItsOwnTurn()
    {
        using var a = new SqliteConnection("Data Source=/tmp/phoihop-turn-a.db");
        using var sameFile = new SqliteConnection("Data Source=/tmp/../tmp/phoihop-turn-a.db");
        using var b = new SqliteConnection("Data Source=/tmp/phoihop-turn-b.db");

        Assert.Same(SqliteWriters.Of(a), SqliteWriters.Of(sameFile));
        Assert.NotSame(SqliteWriters.Of(a), SqliteWriters.Of(b));
    }

    private async Task<SemaphoreSlim> TurnAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return SqliteWriters.Of(scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetDbConnection());
    }

    private async Task<Guid> UserIdAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users
            .Where(u => u.UserName == "mttq.tiepdan").Select(u => u.Id).SingleAsync(Ct);
    }

    private async Task SaveNotificationAsync(Guid userId, string title)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditActor>().ActAs(null, "test:writer-turns");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(Notification.Create(userId, title, "Ghi đồng thời", null, App.Clock.GetUtcNow()));
        await db.SaveChangesAsync(Ct);
    }

    // The app's own background work may hold the turn for a moment: free means it can be taken within a few seconds,
    // not at this instant.
    private async Task<bool> FreeWithinAsync(SemaphoreSlim turn)
    {
        if (!await turn.WaitAsync(TimeSpan.FromSeconds(5), Ct))
            return false;
        turn.Release();
        return true;
    }
}
