using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Petitions;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Petitions;

// The demo letters go through the same intake and steps as users' letters, so they must all succeed.
public abstract class DemoPetitionsTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task DemoLetters_AreRegisteredAndMoved_AlongLegalPaths()
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditActor>().ActAs(null, "test:demo");
        await scope.ServiceProvider.GetRequiredService<DemoPetitionSeeder>().SeedAsync(Ct);

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var letters = await db.Petitions.AsNoTracking().ToListAsync(Ct);
        Assert.True(letters.Count(p => p.ForwardedFromId is null) == DemoPetitionSeeder.Count, $"{letters.Count} letters");
        Assert.Contains(letters, p => p.Status == PetitionStatus.AwaitingAnswer);
        Assert.Contains(letters, p => p.ForwardedFromId is not null && p.Status == PetitionStatus.Accepted);
        Assert.Contains(letters, p => p.Status is PetitionStatus.DecidedFirstInstance or PetitionStatus.Answered);
        Assert.Contains(letters, p => p.Status == PetitionStatus.Received);
        Assert.Equal(letters.Count, await db.Set<PetitionSender>().Select(s => s.PetitionId).Distinct().CountAsync(Ct) + letters.Count(p => p.SenderCount == 0));
    }

    public sealed class Sqlite(SqliteAppFactory app) : DemoPetitionsTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : DemoPetitionsTests(app), IClassFixture<PostgresAppFactory>;
}
