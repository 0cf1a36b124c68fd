using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Audit;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Audit;

public abstract class AuditChainTests(AppFactory app) : AppTests(app)
{
    private static readonly string[] Secrets = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"];

    [Fact]
    public async Task Verifier_AfterSeeding_ReportsIntactChain()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var verifier = scope.ServiceProvider.GetRequiredService<AuditChainVerifier>();

        var report = await verifier.VerifyAsync(Ct);

        Assert.True(report.IsIntact, $"broken at {report.FirstBrokenSequence}: {report.Problem}");
        Assert.True(report.EntriesChecked > 0);
    }

    [Fact]
    public async Task AuditLog_SeededStaffUsers_ShowSecretsAsStars()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var hashes = await db.Users.AsNoTracking().Select(u => u.PasswordHash!).ToListAsync(Ct);

        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "StaffUser").ToListAsync(Ct);

        Assert.True(entries.Count(e => e.Action == AuditAction.Added) >= 14);
        Assert.All(entries, e =>
        {
            using var changes = JsonDocument.Parse(e.Changes!);
            foreach (var secret in Secrets)
            {
                if (changes.RootElement.TryGetProperty(secret, out var change))
                    Assert.All(change.EnumerateObject(), side => Assert.Equal("***", side.Value.GetString()));
            }
            Assert.DoesNotContain(hashes, h => e.Changes!.Contains(h, StringComparison.Ordinal));
        });
        Assert.Contains(entries, e => e.Changes!.Contains("\"PasswordHash\":{\"after\":\"***\"}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("UPDATE \"AuditEntries\" SET \"Reason\" = 'tampered' WHERE \"Sequence\" = 1")]
    [InlineData("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 1")]
    public async Task AuditEntries_ChangedInDatabase_AreRefusedByTrigger(string sql)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);

        var refused = await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync(sql, Ct));

        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        await transaction.RollbackAsync(Ct);
    }

    // Writers that overlap: on PostgreSQL each takes a chain no other transaction holds instead of queueing behind
    // one row until the others commit; SQLite has one writer at a time and one chain. Either way every chain holds.
    [Fact]
    public async Task OverlappingWriters_EachChainStaysIntact_AndPostgresWritersDoNotShareOne()
    {
        const int writers = 6;
        Guid userId;
        long before;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            userId = await db.Users.Where(u => u.UserName == "mttq.tiepdan").Select(u => u.Id).SingleAsync(Ct);
            before = await db.AuditEntries.MaxAsync(e => e.Sequence, Ct);
        }
        var allInside = new Barrier(App.Provider == DatabaseProvider.PostgreSQL ? writers : 1);

        await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            await using var scope = App.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            db.Add(PhoiHop.Features.Notifications.Notification.Create(userId, $"Chuỗi nhật ký {i}", "Ghi đồng thời", null, App.Clock.GetUtcNow()));
            await db.SaveChangesAsync(Ct);
            // PostgreSQL: every writer holds its chain until all have written, so none could have waited for another.
            if (App.Provider == DatabaseProvider.PostgreSQL)
                Assert.True(allInside.SignalAndWait(TimeSpan.FromSeconds(30)), "a writer waited for another's chain");
            await transaction.CommitAsync(Ct);
        }, Ct)));

        await using var verifyScope = App.Services.CreateAsyncScope();
        var written = await verifyScope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Sequence > before && e.EntityType == "Notification").ToListAsync(Ct);
        Assert.Equal(writers, written.Count);
        Assert.Equal(App.Provider == DatabaseProvider.PostgreSQL ? writers : 1, written.Select(e => e.Chain).Distinct().Count());
        var report = await verifyScope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(Ct);
        Assert.True(report.IsIntact, $"broken at {report.FirstBrokenSequence}: {report.Problem}");
    }

    // A save that fails and is retried in the same context (as issuing a document number does when two people issue
    // at once) must not write the failed save's entries with the retry.
    [Fact]
    public async Task SaveThatFails_ThenRetried_WritesOnlyTheRetrysEntries_AndTheChainHolds()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var userId = await db.Users.Where(u => u.UserName == "mttq.tiepdan").Select(u => u.Id).SingleAsync(Ct);
        var orphan = PhoiHop.Features.Notifications.Notification.Create(Guid.NewGuid(), "Không có người nhận", "Lỗi khóa ngoại", null, App.Clock.GetUtcNow());
        db.Add(orphan);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        db.Entry(orphan).State = EntityState.Detached;
        var good = PhoiHop.Features.Notifications.Notification.Create(userId, "Lần thử lại", "Ghi lại sau lỗi", null, App.Clock.GetUtcNow());
        db.Add(good);
        await db.SaveChangesAsync(Ct);

        await using var verifyScope = App.Services.CreateAsyncScope();
        var entries = verifyScope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking();
        Assert.False(await entries.AnyAsync(e => e.EntityId == orphan.Id.ToString(), Ct));
        Assert.Equal(1, await entries.CountAsync(e => e.EntityId == good.Id.ToString(), Ct));
        var report = await verifyScope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(Ct);
        Assert.True(report.IsIntact, $"broken at {report.FirstBrokenSequence}: {report.Problem}");
    }

    [Fact]
    public async Task AuditVerifyCli_FreshDatabase_ExitsZeroAndSaysIntact()
    {
        var outcome = await WebCli.RunAsync(App, "audit", "verify");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("intact", outcome.Output, StringComparison.Ordinal);
    }

    public sealed class Sqlite(SqliteAppFactory app) : AuditChainTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : AuditChainTests(app), IClassFixture<PostgresAppFactory>;
}
