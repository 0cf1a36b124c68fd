using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Regulations;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Regulations;

// A draft is readable by its parties only (RegulationAuthorizationHandler); a signed regulation by everyone.
public abstract class RegulationScopingTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task RegulationsApi_DraftOfOtherBodies_Returns404ToOutsider()
    {
        var draft = await InsertDraftAsync("UBND-TN", "MTTQ-TN");
        using var outsider = await App.CreateApiClientAsync("dbqh.daibieu");

        using var response = await outsider.GetAsync($"/api/v1/regulations/{draft}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RegulationsApi_DraftOfOtherBodies_IsNotListedForOutsider()
    {
        var draft = await InsertDraftAsync("UBND-TN", "MTTQ-TN");
        using var outsider = await App.CreateApiClientAsync("dbqh.daibieu");

        var ids = await ListedIdsAsync(outsider);

        Assert.DoesNotContain(draft, ids);
        Assert.Equal(3, ids.Count);
    }

    [Fact]
    public async Task RegulationsApi_DraftOfOwnBody_IsListedAndReadableByParty()
    {
        var draft = await InsertDraftAsync("UBND-TN", "MTTQ-TN");
        using var party = await App.CreateApiClientAsync("mttq.tiepdan");

        var ids = await ListedIdsAsync(party);
        using var response = await party.GetAsync($"/api/v1/regulations/{draft}", Ct);

        Assert.Contains(draft, ids);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Draft", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(["UBND-TN", "MTTQ-TN"], json.RootElement.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("code").GetString()));
    }

    private async Task<Guid> InsertDraftAsync(params string[] partyCodes)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<AuditActor>().ActAs(null, "test:arrange");
        var db = sp.GetRequiredService<AppDbContext>();
        var term = await db.Terms.SingleAsync(t => t.Code == "2026-2031", Ct);
        var bodies = await db.Bodies.Where(b => partyCodes.Contains(b.Code)).ToListAsync(Ct);
        var draft = CoordinationRegulation.Draft($"{Guid.NewGuid():N}"[..8] + "/QCPH-UBND-MTTQ", "Quy chế phối hợp công tác nhiệm kỳ 2026–2031 (dự thảo)",
            term, [.. partyCodes.Select(code => bodies.Single(b => b.Code == code))]);
        var chapter = draft.AddChapter("Những quy định chung");
        draft.AddArticle(chapter, "Phạm vi điều chỉnh", "Quy chế này quy định nguyên tắc, nội dung và phương thức phối hợp.", CoordinationArea.General);
        db.Regulations.Add(draft);
        await db.SaveChangesAsync(Ct);
        return draft.Id;
    }

    private static async Task<List<Guid>> ListedIdsAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/regulations", Ct));
        return [.. json.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetGuid())];
    }

    public sealed class Sqlite(SqliteAppFactory app) : RegulationScopingTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : RegulationScopingTests(app), IClassFixture<PostgresAppFactory>;
}
