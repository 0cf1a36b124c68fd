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

    public sealed class Sqlite(SqliteAppFactory app) : DatabaseSchemaTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : DatabaseSchemaTests(app), IClassFixture<PostgresAppFactory>;
}
