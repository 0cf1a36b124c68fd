using System.Net;
using System.Text.Json;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Organizations;

public abstract class OrganizationsApiTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task BodiesApi_WithBearerToken_ListsSeededBodies()
    {
        using var client = await App.CreateApiClientAsync("mttq.tiepdan");

        using var response = await client.GetAsync("/api/v1/bodies", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var bodies = json.RootElement.EnumerateArray().ToDictionary(b => b.GetProperty("code").GetString()!);
        Assert.Equal(21, bodies.Count); // 20 bodies of the province and the platform operator
        var front = bodies["MTTQ-TN"];
        Assert.Equal("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Nguyên", front.GetProperty("name").GetString());
        Assert.Equal("FrontCommittee", front.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, front.GetProperty("parentCode").ValueKind);
        var farmers = bodies["HND-TN"];
        Assert.Equal("MemberOrganisation", farmers.GetProperty("kind").GetString());
        Assert.Equal("MTTQ-TN", farmers.GetProperty("parentCode").GetString());
    }

    [Fact]
    public async Task UnitsApi_UnknownLevel_Returns400ProblemNamingLevel()
    {
        using var client = await App.CreateApiClientAsync("mttq.tiepdan");

        using var response = await client.GetAsync("/api/v1/units?level=notalevel", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("level", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitsApi_CommuneLevel_ListsOnlyCommunes()
    {
        using var client = await App.CreateApiClientAsync("mttq.tiepdan");

        using var response = await client.GetAsync("/api/v1/units?level=Commune", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var units = json.RootElement.EnumerateArray().ToList();
        Assert.Contains(units, u => u.GetProperty("code").GetString() == "05701" && u.GetProperty("parentCode").GetString() == "19");
        Assert.All(units, u => Assert.Equal("Commune", u.GetProperty("level").GetString()));
    }

    public sealed class Sqlite(SqliteAppFactory app) : OrganizationsApiTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : OrganizationsApiTests(app), IClassFixture<PostgresAppFactory>;
}
