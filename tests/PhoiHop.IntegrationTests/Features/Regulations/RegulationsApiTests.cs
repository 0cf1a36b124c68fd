using System.Net;
using System.Text.Json;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Regulations;

public abstract class RegulationsApiTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task RegulationsApi_List_ReturnsTheThreeSeededRegulations()
    {
        using var client = await App.CreateApiClientAsync("mttq.tiepdan");

        using var response = await client.GetAsync("/api/v1/regulations", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var numbers = json.RootElement.EnumerateArray().Select(r => r.GetProperty("number").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["01/QCPH-HĐND-MTTQ", "02/QCPH-UBND-MTTQ", "03/QCPH-ĐĐBQH-MTTQ"], numbers);
        Assert.All(json.RootElement.EnumerateArray(), r => Assert.Equal("InForce", r.GetProperty("status").GetString()));
    }

    [Theory]
    [InlineData("01/QCPH-HĐND-MTTQ", 3, 12)]
    [InlineData("02/QCPH-UBND-MTTQ", 3, 13)]
    [InlineData("03/QCPH-ĐĐBQH-MTTQ", 3, 11)]
    public async Task RegulationsApi_GetById_ReturnsChaptersAndArticles(string number, int chapters, int articles)
    {
        using var client = await App.CreateApiClientAsync("mttq.tiepdan");
        var id = await IdOfAsync(client, number);

        using var response = await client.GetAsync($"/api/v1/regulations/{id}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var regulation = json.RootElement;
        Assert.Equal(number, regulation.GetProperty("number").GetString());
        var chapterList = regulation.GetProperty("chapters").EnumerateArray().ToList();
        Assert.Equal(chapters, chapterList.Count);
        var articleNumbers = chapterList.SelectMany(c => c.GetProperty("articles").EnumerateArray()).Select(a => a.GetProperty("number").GetInt32());
        Assert.Equal(Enumerable.Range(1, articles), articleNumbers);
    }

    [Fact]
    public async Task RegulationsApi_UnknownId_Returns404()
    {
        using var client = await App.CreateApiClientAsync("mttq.tiepdan");

        using var response = await client.GetAsync($"/api/v1/regulations/{Guid.CreateVersion7()}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("123")]
    [InlineData("%7B%7D")]
    [InlineData("00000000-0000-0000-0000-00000000000g")]
    public async Task RegulationsApi_MalformedId_Returns404(string id)
    {
        using var client = await App.CreateApiClientAsync("mttq.tiepdan");

        using var response = await client.GetAsync($"/api/v1/regulations/{id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_Anonymous_IsJsonListingRegulations()
    {
        using var client = App.CreateBrowserClient();

        using var response = await client.GetAsync("/openapi/v1.json", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var paths = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/regulations", paths);
        Assert.Contains("/api/v1/regulations/{id}", paths);
        // Enums are described by their names, as the API reads and writes them.
        var channel = json.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("Channel");
        Assert.Equal("string", channel.GetProperty("type").GetString());
        Assert.Contains("ForwardedByFront", channel.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    private static async Task<Guid> IdOfAsync(HttpClient client, string number)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/regulations", Ct));
        return json.RootElement.EnumerateArray().Single(r => r.GetProperty("number").GetString() == number).GetProperty("id").GetGuid();
    }

    public sealed class Sqlite(SqliteAppFactory app) : RegulationsApiTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : RegulationsApiTests(app), IClassFixture<PostgresAppFactory>;
}
