using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;
using static PhoiHop.IntegrationTests.Features.Petitions.PetitionApi;

namespace PhoiHop.IntegrationTests.Features.Petitions;

// The work queues read a body's own letters through plain indexed predicates and the followed letters apart; the
// sort by due date reads the dated letters, then the others. Both databases.
public abstract class PetitionQueueTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task SortByDueDate_PagesThroughDatedLettersNearestFirst_ThenTheOthers()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
            ids.Add((await RegisterAsync(front, Letter("MTTQ-TN", subject: $"Đơn số {i}", receivedOn: "2025-03-03"))).GetProperty("id").GetGuid());
        DateOnly?[] due = [null, new(2025, 3, 20), new(2025, 3, 10), null, new(2025, 3, 15)];
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            for (var i = 0; i < ids.Count; i++)
            {
                var (id, on) = (ids[i], due[i]);
                await db.Petitions.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.DueOn, on), Ct);
            }
        }
        var undated = new[] { ids[0], ids[3] }.Order().ToList();

        var pages = new List<(List<Guid> Ids, int Total)>();
        for (var page = 1; page <= 3; page++)
        {
            using var json = JsonDocument.Parse(await front.GetStringAsync(
                $"/api/v1/petitions?queue=Body&sort=DueAsc&from=2025-03-03&to=2025-03-03&pageSize=2&page={page}", Ct));
            pages.Add(([.. json.RootElement.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid())],
                json.RootElement.GetProperty("total").GetInt32()));
        }

        Assert.All(pages, p => Assert.Equal(5, p.Total));
        Assert.Equal(new[] { ids[2], ids[4] }, pages[0].Ids);
        Assert.Equal(new[] { ids[1], undated[0] }, pages[1].Ids);
        Assert.Equal(new[] { undated[1] }, pages[2].Ids);
    }

    [Fact]
    public async Task Followed_HoldsTheOtherBodiesLettersOfMyMatters_OwnQueuesHoldOnlyMine()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        using var committee = await App.CreateApiClientAsync("ubnd.lanhdao");
        var letter = await RegisterAsync(front, Letter("MTTQ-TN", kind: "Recommendation"));
        var other = await RegisterAsync(front, Letter("MTTQ-TN", kind: "Recommendation"));
        var (id, unrelated) = (letter.GetProperty("id").GetGuid(), other.GetProperty("id").GetGuid());
        HashSet<Guid> cases = [letter.GetProperty("caseId").GetGuid(), other.GetProperty("caseId").GetGuid()];
        await DoAsync(front, id, "classify", new { kind = "Recommendation", competence = "OtherBody" });
        var copyId = (await DoAsync(front, id, "forward", new { toBodyCode = "UBND-TN" })).GetProperty("forwardedPetitionId").GetGuid();

        // Only this test's two matters: the other tests of the class add letters too.
        async Task<List<Guid>> QueueAsync(HttpClient client, string queue)
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/petitions?queue={queue}&pageSize=200", Ct));
            return [.. json.RootElement.GetProperty("items").EnumerateArray()
                .Where(r => cases.Contains(r.GetProperty("caseId").GetGuid())).Select(r => r.GetProperty("id").GetGuid()).Order()];
        }

        Assert.Equal(new[] { id }, await QueueAsync(committee, "Followed"));
        Assert.Equal(new[] { copyId }, await QueueAsync(committee, "Body"));
        Assert.Equal(new[] { copyId }, await QueueAsync(front, "Followed"));
        Assert.Equal(new[] { id, unrelated }.Order(), await QueueAsync(front, "Body"));
    }

    public sealed class Sqlite(SqliteAppFactory app) : PetitionQueueTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : PetitionQueueTests(app), IClassFixture<PostgresAppFactory>;
}
