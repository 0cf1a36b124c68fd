using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Audit;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Audit;

public abstract class AuditChainTests(AppFactory app) : AppTests(app)
{
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
        var secrets = await db.Users.AsNoTracking().Select(u => new { u.PasswordHash, u.SecurityStamp }).ToListAsync(Ct);

        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "StaffUser").ToListAsync(Ct);

        Assert.True(entries.Count(e => e.Action == AuditAction.Added) >= 14);
        Assert.All(entries.Where(e => e.Changes!.Contains("\"PasswordHash\"", StringComparison.Ordinal)),
            e => Assert.Contains("\"PasswordHash\":{\"after\":\"***\"}", e.Changes, StringComparison.Ordinal));
        Assert.All(entries, e => Assert.DoesNotContain(secrets, s => e.Changes!.Contains(s.PasswordHash!, StringComparison.Ordinal)
            || e.Changes.Contains(s.SecurityStamp!, StringComparison.Ordinal)));
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
