using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Audit;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Audit;

// A class of its own: tampering breaks the chain of the fixture's database for good.
public abstract class AuditTamperingTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task Verifier_EntryChangedBehindTheAppsBack_ReportsItAsFirstBrokenLink()
    {
        const long tampered = 7;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // What an attacker with database access would do first: switch the append-only trigger off.
            await db.Database.ExecuteSqlRawAsync(App.Provider == DatabaseProvider.Sqlite
                ? "DROP TRIGGER \"AuditEntries_NoUpdate\""
                : "ALTER TABLE \"AuditEntries\" DISABLE TRIGGER \"AuditEntries_AppendOnly\"", Ct);
            var changed = await db.Database.ExecuteSqlAsync(
                $"UPDATE \"AuditEntries\" SET \"UserName\" = 'someone else' WHERE \"Sequence\" = {tampered}", Ct);
            Assert.Equal(1, changed);
        }
        await using var verifyScope = App.Services.CreateAsyncScope();
        var verifier = verifyScope.ServiceProvider.GetRequiredService<AuditChainVerifier>();

        var report = await verifier.VerifyAsync(Ct);
        var cli = await WebCli.RunAsync(App, "audit", "verify");

        Assert.False(report.IsIntact);
        Assert.Equal(tampered, report.FirstBrokenSequence);
        Assert.Equal(tampered - 1, report.EntriesChecked);
        Assert.True(cli.ExitCode == 1, cli.ToString());
        Assert.Contains($"BROKEN at entry {tampered}", cli.Output, StringComparison.Ordinal);
    }

    public sealed class Sqlite(SqliteAppFactory app) : AuditTamperingTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : AuditTamperingTests(app), IClassFixture<PostgresAppFactory>;
}
