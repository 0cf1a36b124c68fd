using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Infrastructure;

// Hostile or broken input gets a page with a field message or a 400, never a 500 and never raw markup.
public abstract class BadInputTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task LoginForm_HundredThousandCharacterUserName_IsRefusedWithoutServerError()
    {
        using var client = App.CreateBrowserClient();
        var login = await HtmlForms.GetDocumentAsync(client, "/Account/Login");

        using var response = await HtmlForms.SubmitAsync(client, login,
            new Dictionary<string, string> { ["Form.UserName"] = new('a', 100_000), ["Form.Password"] = "Whatever-123" }, submitSelector: "#login-submit");

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.OK)
            Assert.False(string.IsNullOrWhiteSpace(FieldMessage(await HtmlForms.ParseAsync(response), "Form.UserName")));
    }

    [Fact]
    public async Task LoginForm_ScriptInUserName_ComesBackEscaped()
    {
        const string script = "<script>alert(1)</script>";
        using var client = App.CreateBrowserClient();
        var login = await HtmlForms.GetDocumentAsync(client, "/Account/Login");

        using var response = await HtmlForms.SubmitAsync(client, login,
            new Dictionary<string, string> { ["Form.UserName"] = script, ["Form.Password"] = "Whatever-123" }, submitSelector: "#login-submit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(script, html, StringComparison.OrdinalIgnoreCase);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal(script, page.QuerySelector<IHtmlInputElement>("#Form_UserName")?.Value);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Theory]
    [InlineData("%ED%A0%80")]   // UTF-8 encoding of a lone surrogate (U+D800)
    [InlineData("abc%FF%FE")]   // bytes that are not UTF-8
    [InlineData("%C3")]         // a truncated sequence
    [InlineData("a%00b")]       // NUL
    [InlineData("a%1Bb")]       // ESC, a control character
    public async Task LoginForm_InvalidCharactersInUserName_IsRefusedOnTheField(string encodedUserName)
    {
        using var client = App.CreateBrowserClient();
        var login = await HtmlForms.GetDocumentAsync(client, "/Account/Login");
        var antiforgery = login.QuerySelector<IHtmlInputElement>("main form input[name=__RequestVerificationToken]")!.Value;
        using var body = new StringContent($"__RequestVerificationToken={Uri.EscapeDataString(antiforgery)}&Form.UserName={encodedUserName}&Form.Password=Whatever-123",
            Encoding.ASCII, "application/x-www-form-urlencoded");

        using var response = await client.PostAsync("/Account/Login", body, Ct);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.OK)
            Assert.Equal(App.Text("Validation.InvalidCharacters"), FieldMessage(await HtmlForms.ParseAsync(response), "Form.UserName"));
    }

    [Fact]
    public async Task LoginForm_RawBytesThatAreNotUtf8_IsRefusedWithoutServerError()
    {
        using var client = App.CreateBrowserClient();
        var login = await HtmlForms.GetDocumentAsync(client, "/Account/Login");
        var antiforgery = login.QuerySelector<IHtmlInputElement>("main form input[name=__RequestVerificationToken]")!.Value;
        byte[] bytes = [.. Encoding.ASCII.GetBytes($"__RequestVerificationToken={Uri.EscapeDataString(antiforgery)}&Form.UserName=a"),
            0xFF, 0xC0, 0x80, 0xED, 0xA0, 0x80, .. Encoding.ASCII.GetBytes("&Form.Password=Whatever-123")];
        using var body = new ByteArrayContent(bytes);
        body.Headers.ContentType = new("application/x-www-form-urlencoded");

        using var response = await client.PostAsync("/Account/Login", body, Ct);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.OK)
            Assert.Equal(App.Text("Validation.InvalidCharacters"), FieldMessage(await HtmlForms.ParseAsync(response), "Form.UserName"));
    }

    [Theory]
    [InlineData("/culture")]
    [InlineData("/Account/Login")]
    [InlineData("/api/v1/regulations")]
    [InlineData("/api/v1/bodies")]
    public async Task Post_MalformedJson_Returns4xx(string path)
    {
        using var client = await App.CreateApiClientAsync("mttq.tiepdan");
        using var body = new StringContent("{\"culture\": \"en-GB\", [", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(path, body, Ct);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    private static string? FieldMessage(IHtmlDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim();

    public sealed class Sqlite(SqliteAppFactory app) : BadInputTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : BadInputTests(app), IClassFixture<PostgresAppFactory>;
}
