using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Infrastructure;

public abstract class DatabaseSchemaTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task Model_AfterStartup_HasNoPendingChangesOrMigrations()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var pendingModelChanges = db.Database.HasPendingModelChanges();
        var pendingMigrations = await db.Database.GetPendingMigrationsAsync(Ct);

        Assert.Equal(App.Provider, db.Provider);
        Assert.False(pendingModelChanges, $"The {App.Provider} model has changes without a migration: run dotnet ef migrations add.");
        Assert.Empty(pendingMigrations);
    }

    [Fact]
    public async Task SaveThatLosesARace_IsAConflict_ForUniqueValuesAndConcurrencyTokens()
    {
        // Two administrators open the same unreviewed year at once: each adds the year's row; the second save meets the
        // first one's row (unique Year) and is a 409, not a 500.
        var year = 2040 + (App.Provider == DatabaseProvider.Sqlite ? 0 : 1);
        await using var first = App.Services.CreateAsyncScope();
        await using var second = App.Services.CreateAsyncScope();
        var a = first.ServiceProvider.GetRequiredService<AppDbContext>();
        var b = second.ServiceProvider.GetRequiredService<AppDbContext>();
        first.ServiceProvider.GetRequiredService<PhoiHop.Features.Audit.AuditActor>().ActAs(null, "test:a");
        second.ServiceProvider.GetRequiredService<PhoiHop.Features.Audit.AuditActor>().ActAs(null, "test:b");
        a.Add(PhoiHop.Features.Calendar.CalendarYear.FromProposal(year));
        b.Add(PhoiHop.Features.Calendar.CalendarYear.FromProposal(year));
        await a.SaveChangesAsync(Ct);

        var unique = await Assert.ThrowsAnyAsync<DbUpdateException>(() => b.SaveChangesAsync(Ct));

        Assert.True(PhoiHop.Infrastructure.Errors.DatabaseConflicts.Is(unique), unique.InnerException?.Message);
        Assert.Equal(409, PhoiHop.Infrastructure.Errors.DatabaseConflicts.StatusCodeOf(unique));
        Assert.True(PhoiHop.Infrastructure.Errors.DatabaseConflicts.Is(new DbUpdateConcurrencyException("changed")));
        Assert.False(PhoiHop.Infrastructure.Errors.DatabaseConflicts.Is(new InvalidOperationException("other")));
    }

    public sealed class Sqlite(SqliteAppFactory app) : DatabaseSchemaTests(app), IClassFixture<SqliteAppFactory>
    {
        // An index a migration adds to an analysed table gets its own statistics at the next start (PRAGMA optimize of the
        // bundled SQLite; the sqlite3 3.40 shell's leaves it without). Without them the planner takes the table's other
        // indexes' figures: on 1M letters the new overdue index made a body's queue page 100 sort 580k keys, 1.5 s.
        [Fact]
        public async Task Startup_IndexAddedToAnAnalysedTable_GetsStatistics()
        {
            await using (var scope = App.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                await db.Database.ExecuteSqlRawAsync("ANALYZE \"Bodies\"; CREATE INDEX \"IX_Test_BodyName\" ON \"Bodies\" (\"Name\");", Ct);
                Assert.Equal(0, await StatisticsAsync(db));
            }

            await using var node = new ExistingDatabaseAppFactory(App, new Dictionary<string, string>());
            await node.InitializeAsync();

            await using var after = App.Services.CreateAsyncScope();
            var reread = after.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal(1, await StatisticsAsync(reread));
            await reread.Database.ExecuteSqlRawAsync("DROP INDEX \"IX_Test_BodyName\"; DELETE FROM sqlite_stat1 WHERE idx = 'IX_Test_BodyName';", Ct);
        }

        private static Task<int> StatisticsAsync(AppDbContext db) =>
            db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_stat1 WHERE idx = 'IX_Test_BodyName'").SingleAsync(Ct);
    }

    public sealed class Postgres(PostgresAppFactory app) : DatabaseSchemaTests(app), IClassFixture<PostgresAppFactory>;
}
