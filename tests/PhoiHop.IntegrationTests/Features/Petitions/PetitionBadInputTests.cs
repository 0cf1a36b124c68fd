using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;
using static PhoiHop.IntegrationTests.Features.Petitions.PetitionApi;

namespace PhoiHop.IntegrationTests.Features.Petitions;

// Malformed, oversized and hostile input is answered with a 400 naming the field; nothing is stored or changed.
public abstract class PetitionBadInputTests(AppFactory app) : AppTests(app)
{
    [Theory]
    [InlineData("{\"receivingBodyCode\":\"MTTQ-TN\",\"channel\":\"Post\"", "body")]
    [InlineData("{\"receivingBodyCode\":\"MTTQ-TN\",\"channel\":\"Bồ câu\",\"receivedOn\":\"2026-11-26\",\"subject\":\"a\",\"content\":\"b\",\"anonymous\":true}", "channel")]
    [InlineData("{\"receivingBodyCode\":\"MTTQ-TN\",\"channel\":\"Post\",\"receivedOn\":\"26/11/2026\",\"subject\":\"a\",\"content\":\"b\",\"anonymous\":true}", "receivedOn")]
    [InlineData("{\"receivingBodyCode\":\"MTTQ-TN\",\"channel\":\"Post\",\"receivedOn\":\"2026-11-26\",\"subject\":\"\\ud800\",\"content\":\"b\",\"anonymous\":true}", "subject")]
    [InlineData("{\"receivingBodyCode\":\"MTTQ-TN\",\"channel\":\"Post\",\"receivedOn\":\"2026-11-26\",\"subject\":\"a\",\"content\":\"b\",\"senders\":[{\"fullName\":\"An\",\"idNumber\":\"0190850012345\"}]}", "senders[0].idNumber")]
    [InlineData("{\"receivingBodyCode\":\"MTTQ-TN\",\"channel\":\"Post\",\"receivedOn\":\"2026-11-26\",\"subject\":\"a\",\"content\":\"b\",\"senders\":[{\"fullName\":\"\"}]}", "senders[0].fullName")]
    [InlineData("{\"receivingBodyCode\":\"KHONG-CO\",\"channel\":\"Post\",\"receivedOn\":\"2026-11-26\",\"subject\":\"a\",\"content\":\"b\",\"anonymous\":true}", "receivingBodyCode")]
    [InlineData("{\"receivingBodyCode\":\"MTTQ-TN\",\"channel\":\"InPerson, Post\",\"receivedOn\":\"2026-11-26\",\"subject\":\"a\",\"content\":\"b\",\"anonymous\":true}", "channel")]
    [InlineData("{\"receivingBodyCode\":\"MTTQ-TN\",\"channel\":\"3\",\"receivedOn\":\"2026-11-26\",\"subject\":\"a\",\"content\":\"b\",\"anonymous\":true}", "channel")]
    [InlineData("{\"receivingBodyCode\":\"MTTQ-TN\",\"channel\":\"Post\",\"kind\":\"Complaint,Denunciation\",\"receivedOn\":\"2026-11-26\",\"subject\":\"a\",\"content\":\"b\",\"anonymous\":true}", "kind")]
    public async Task Register_BadInput_Returns400NamingTheField(string json, string field)
    {
        using var client = await App.CreateApiClientAsync("mttq.tiepdan");
        var before = await CountAsync();

        using var response = await client.PostAsync("/api/v1/petitions", new StringContent(json, Encoding.UTF8, "application/json"), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.Contains(field, body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Register_OversizedContent_Returns400()
    {
        using var client = await App.CreateApiClientAsync("mttq.tiepdan");

        using var response = await client.PostAsJsonAsync("/api/v1/petitions", Letter("MTTQ-TN", content: new string('đ', 60_000)), Ct);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("content", out _));
    }

    [Fact]
    public async Task Step_MissingArgumentOrUnknownBody_Returns400_AndKeepsTheLetter()
    {
        using var client = await App.CreateApiClientAsync("mttq.tiepdan");
        var id = (await RegisterAsync(client, Letter("MTTQ-TN"))).GetProperty("id").GetGuid();

        var (noKind, noKindBody) = await StepAsync(client, id, "classify", new { competence = "OtherBody" });
        await DoAsync(client, id, "classify", new { kind = "Complaint", competence = "OtherBody" });
        var (unknownBody, unknownBodyJson) = await StepAsync(client, id, "forward", new { toBodyCode = "../../etc" });
        var (script, _) = await StepAsync(client, id, "file", new { filingReason = "Duplicate", note = "<script>alert(1)</script>" });

        Assert.Equal(HttpStatusCode.BadRequest, noKind);
        Assert.True(noKindBody.GetProperty("errors").TryGetProperty("kind", out _));
        Assert.Equal(HttpStatusCode.BadRequest, unknownBody);
        Assert.True(unknownBodyJson.GetProperty("errors").TryGetProperty("toBodyCode", out _));
        Assert.Equal(HttpStatusCode.OK, script);
        var letter = await GetAsync(client, id);
        Assert.Equal("Filed", Status(letter));
        Assert.Equal("<script>alert(1)</script>", letter.GetProperty("history").EnumerateArray().Last().GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("{\"kind\":77,\"competence\":\"OtherBody\"}", "kind")]
    [InlineData("{\"kind\":\"77\",\"competence\":\"OtherBody\"}", "kind")]
    [InlineData("{\"kind\":\"Complaint\",\"competence\":-1}", "competence")]
    public async Task Step_ChoiceThatIsNotAMember_Returns400_AndKeepsTheLetter(string json, string field)
    {
        using var client = await App.CreateApiClientAsync("mttq.tiepdan");
        var id = (await RegisterAsync(client, Letter("MTTQ-TN"))).GetProperty("id").GetGuid();
        var before = await GetAsync(client, id);

        using var response = await client.PostAsync($"/api/v1/petitions/{id}/classify", new StringContent(json, Encoding.UTF8, "application/json"), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.Contains(field, body, StringComparison.OrdinalIgnoreCase);
        var after = await GetAsync(client, id);
        Assert.Equal(before.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
        Assert.Equal(Status(before), Status(after));
    }

    [Theory]
    [InlineData("status=77", "status")]
    [InlineData("kind=9", "kind")]
    [InlineData("sort=-3", "sort")]
    [InlineData("queue=12", "queue")]
    [InlineData("kind=Denunciation,Recommendation", "kind")]
    [InlineData("status=1", "status")]
    public async Task List_ChoiceThatIsNotAMember_Returns400NamingIt(string query, string field)
    {
        using var client = await App.CreateApiClientAsync("mttq.tiepdan");

        using var response = await client.GetAsync($"/api/v1/petitions?{query}", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), body);
    }

    [Fact]
    public async Task Step_DateYearsAhead_Returns400_AndTheStepIsNotTaken()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        using var committee = await App.CreateApiClientAsync("ubnd.lanhdao");
        var id = (await RegisterAsync(front, Letter("MTTQ-TN"))).GetProperty("id").GetGuid();
        await DoAsync(front, id, "classify", new { kind = "Complaint", competence = "OtherBody" });
        var copyId = (await DoAsync(front, id, "forward", new { toBodyCode = "UBND-TN" })).GetProperty("forwardedPetitionId").GetGuid();
        await DoAsync(committee, copyId, "classify", new { kind = "Complaint", competence = "Own", complaintObject = "AdministrativeDecision" });
        await DoAsync(committee, copyId, "accept");
        await DoAsync(committee, copyId, "start-verification");

        var (status, body) = await StepAsync(committee, copyId, "decide", new { firstInstanceOutcome = "Amend", takesEffectOn = "9999-12-31" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("takesEffectOn", out _), body.GetRawText());
        Assert.Equal("Verifying", Status(await GetAsync(committee, copyId)));
    }

    [Fact]
    public async Task UnknownStepOrLetter_Returns404()
    {
        using var client = await App.CreateApiClientAsync("mttq.tiepdan");

        var (status, _) = await StepAsync(client, Guid.NewGuid(), "accept");
        using var notGuid = await client.GetAsync("/api/v1/petitions/not-a-guid", Ct);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(HttpStatusCode.NotFound, notGuid.StatusCode);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Petitions.CountAsync(Ct);
    }

    public sealed class Sqlite(SqliteAppFactory app) : PetitionBadInputTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : PetitionBadInputTests(app), IClassFixture<PostgresAppFactory>;
}
