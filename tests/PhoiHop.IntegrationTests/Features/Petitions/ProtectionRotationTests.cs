using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PhoiHop.Features.Petitions;
using PhoiHop.Infrastructure.Data;
using PhoiHop.Infrastructure.Security;
using PhoiHop.IntegrationTests.Testing;
using static PhoiHop.IntegrationTests.Features.Petitions.PetitionApi;

namespace PhoiHop.IntegrationTests.Features.Petitions;

// A new key in the configuration, `protection rotate`, and every protected field is under it: the old key can go.
public abstract class ProtectionRotationTests(AppFactory app) : AppTests(app)
{
    private const string NewKey = "bmV3LWtleS1mb3ItdGhlLXJvdGF0aW9uLXRlc3QtISE=";

    [Fact]
    public async Task Rotate_ReencryptsSendersAndDocuments_UnderTheCurrentKey()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var id = (await RegisterAsync(front, Letter("MTTQ-TN"))).GetProperty("id").GetGuid();

        var outcome = await WebCli.RunAsync(App, "protection", "rotate", "--Protection:CurrentKey=test-2", $"--Protection:Keys:test-2={NewKey}");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sender = await db.Set<PetitionSender>().AsNoTracking().SingleAsync(s => s.PetitionId == id, Ct);
        Assert.StartsWith("v1:test-2:", sender.FullNameProtected, StringComparison.Ordinal);
        Assert.StartsWith("v1:test-2:", sender.IdNumberProtected!, StringComparison.Ordinal);
        var both = new PersonalDataCipher(Options.Create(new ProtectionOptions
        {
            Keys = new(StringComparer.Ordinal) { ["test-1"] = AppFactory.TestKey, ["test-2"] = NewKey },
            CurrentKey = "test-2",
            IndexKey = AppFactory.TestIndexKey,
        }));
        Assert.Equal("Nguyễn Văn An", both.Decrypt(sender.FullNameProtected, FieldBinding.Row("PetitionSender.FullNameProtected", sender.Id)));
    }

    public sealed class Sqlite(SqliteAppFactory app) : ProtectionRotationTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : ProtectionRotationTests(app), IClassFixture<PostgresAppFactory>;
}
