using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Petitions;
using PhoiHop.Features.Search;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;
using static PhoiHop.IntegrationTests.Features.Petitions.PetitionApi;

namespace PhoiHop.IntegrationTests.Features.Petitions;

// Migration SealForwardingFamilies: the families an earlier version left open when a forwarded copy turned out to be a
// denunciation at the body it was sent to (Luật Tố cáo 2018, Điều 8(3), 47(1)(b)).
public abstract class SealForwardingFamiliesMigrationTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task Migration_LetterWhoseCopyIsADenunciation_IsSealedAndReindexedRedacted_OtherFamiliesUntouched()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        async Task<(Guid Letter, Guid Copy)> ForwardedAsync()
        {
            var id = (await RegisterAsync(front, Letter("MTTQ-TN", kind: "Recommendation", subject: "Kiến nghị về việc thu hồi đất"))).GetProperty("id").GetGuid();
            await DoAsync(front, id, "classify", new { kind = "Recommendation", competence = "OtherBody" });
            return (id, (await DoAsync(front, id, "forward", new { toBodyCode = "UBND-TN" })).GetProperty("forwardedPetitionId").GetGuid());
        }
        var denounced = await ForwardedAsync();
        var other = await ForwardedAsync();

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // What an earlier version left: the copy classified as a denunciation where it was sent, the letter it came
            // from still open.
            await db.Petitions.Where(p => p.Id == denounced.Copy).ExecuteUpdateAsync(s => s.SetProperty(p => p.Kind, PetitionKind.Denunciation), Ct);
            Assert.False(await ProtectedAsync(db, denounced.Letter));

            var migrator = db.GetService<IMigrator>();
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_SealForwardingFamilies", StringComparison.Ordinal)) - 1];
            await migrator.MigrateAsync(before, Ct);
            await migrator.MigrateAsync(null, Ct);

            Assert.True(await ProtectedAsync(db, denounced.Letter));
            Assert.True(await ProtectedAsync(db, denounced.Copy));
            Assert.False(await ProtectedAsync(db, other.Letter));
            Assert.False(await ProtectedAsync(db, other.Copy));
            var documents = db.Set<PetitionSearchDocument>().AsNoTracking();
            Assert.False(await documents.AnyAsync(d => d.PetitionId == denounced.Letter, Ct));
            Assert.True(await documents.AnyAsync(d => d.PetitionId == other.Letter, Ct));

            // Built again, as SearchBackfill does at the next start: redacted.
            Assert.True(await scope.ServiceProvider.GetRequiredService<SearchRebuild>().IndexMissingAsync(Ct) >= 1);
            var text = await documents.Where(d => d.PetitionId == denounced.Letter).Select(d => d.Text).SingleAsync(Ct);
            Assert.Contains("thu hoi", text, StringComparison.Ordinal);
            Assert.DoesNotContain("nguyen van an", text, StringComparison.Ordinal);
            Assert.Contains("nguyen van an", await documents.Where(d => d.PetitionId == other.Letter).Select(d => d.Text).SingleAsync(Ct), StringComparison.Ordinal);
        }
        Assert.True((await GetAsync(front, denounced.Letter)).GetProperty("identitySealed").GetBoolean());
        Assert.False((await GetAsync(front, other.Letter)).GetProperty("identitySealed").GetBoolean());
    }

    private static Task<bool> ProtectedAsync(AppDbContext db, Guid id) =>
        db.Petitions.AsNoTracking().Where(p => p.Id == id).Select(p => p.DenouncerProtected).SingleAsync(Ct);

    public sealed class Sqlite(SqliteAppFactory app) : SealForwardingFamiliesMigrationTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : SealForwardingFamiliesMigrationTests(app), IClassFixture<PostgresAppFactory>;
}
