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

    // The form reader decodes what it can and keeps the rest as text; what reaches the page is refused on the field.
    [Theory]
    [InlineData("a%00b")]       // NUL
    [InlineData("a%1Bb")]       // ESC, a control character
    [InlineData("a%EF%BF%BDb")] // U+FFFD, what broken UTF-8 leaves behind
    [InlineData("a%EF%BF%BEb")] // U+FFFE, a non-character
    public async Task LoginForm_InvalidCharacterInUserName_IsRefusedOnTheField(string encodedUserName)
    {
        using var client = App.CreateBrowserClient();
        var login = await HtmlForms.GetDocumentAsync(client, "/Account/Login");

        using var response = await PostLoginAsync(client, login, Encoding.ASCII.GetBytes(encodedUserName));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.OK)
            Assert.Equal(App.Text("Validation.InvalidCharacters"), FieldMessage(await HtmlForms.ParseAsync(response), "Form.UserName"));
    }

    public static TheoryData<string, byte[]> NotUtf8 => new()
    {
        { "percent-encoded lone surrogate U+D800", "%ED%A0%80"u8.ToArray() },
        { "percent-encoded bytes that are not UTF-8", "abc%FF%FE"u8.ToArray() },
        { "percent-encoded truncated sequence", "%C3"u8.ToArray() },
        { "raw bytes that are not UTF-8", [0x61, 0x62, 0x63, 0xFF, 0xFE] },
        { "raw lone surrogate U+D800", [0x61, 0xED, 0xA0, 0x80, 0x62] },
    };

    [Theory]
    [MemberData(nameof(NotUtf8))]
    public async Task LoginForm_BytesThatAreNotUtf8_AreRefusedWithoutServerError(string what, byte[] userName)
    {
        using var client = App.CreateBrowserClient();
        var login = await HtmlForms.GetDocumentAsync(client, "/Account/Login");

        using var response = await PostLoginAsync(client, login, userName);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{what}: answered {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.OK)
        {
            var page = await HtmlForms.ParseAsync(response);
            Assert.NotNull(page.QuerySelector("#login-submit"));
            Assert.False(string.IsNullOrWhiteSpace(FieldMessage(page, "Form.UserName") + page.QuerySelector(".error-summary")?.TextContent));
        }
    }

    [Theory]
    [InlineData("/culture")]
    [InlineData("/Account/Login")]
    [InlineData("/api/v1/regulations")]
    [InlineData("/api/v1/bodies")]
    public async Task Post_MalformedJson_Returns4xx(string path)
    {
        // Tokens open the API only; the pages are posted by a signed-in browser.
        using var client = path.StartsWith("/api", StringComparison.Ordinal) ? await App.CreateApiClientAsync("mttq.tiepdan") : App.CreateBrowserClient();
        if (!path.StartsWith("/api", StringComparison.Ordinal))
            await HtmlForms.LoginAsync(client, "mttq.tiepdan");
        using var body = new StringContent("{\"culture\": \"en-GB\", [", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(path, body, Ct);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Theory]
    [InlineData("/Reports/Petitions/List")]            // a page with only a GET handler
    [InlineData("/Regulations")]
    [InlineData("/Search?handler=Nothing")]            // a handler the page does not have
    public async Task Post_ToAPageWithoutThatHandler_Returns405(string path)
    {
        using var client = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(client, "mttq.lanhdao");
        // Any form of the session carries a valid antiforgery token: the language switch's, sent elsewhere.
        var page = await HtmlForms.GetDocumentAsync(client, "/");
        page.QuerySelector("form.lang-switch")!.SetAttribute("action", path);

        using var response = await HtmlForms.SubmitAsync(client, page, new Dictionary<string, string>(), "form.lang-switch");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("/%E3%80%80/evil.example")]            // an ideographic space: the redirect threw (500)
    [InlineData("/%EF%BC%8F/evil.example")]            // a fullwidth solidus
    public async Task LanguageSwitch_ReturnAddressThatIsNotAHeader_GoesHome(string encodedReturnUrl)
    {
        using var client = App.CreateBrowserClient();
        var page = await HtmlForms.GetDocumentAsync(client, "/Account/Login");
        page.QuerySelector<IHtmlInputElement>("form.lang-switch input[name=returnUrl]")!.Value = Uri.UnescapeDataString(encodedReturnUrl);

        using var response = await HtmlForms.SubmitAsync(client, page, new Dictionary<string, string>(), "form.lang-switch");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    // Posts the login form as a browser would, with the user name given as raw bytes.
    private static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, IHtmlDocument login, byte[] userName)
    {
        var antiforgery = login.QuerySelector<IHtmlInputElement>("main form input[name=__RequestVerificationToken]")!.Value;
        byte[] body = [.. Encoding.ASCII.GetBytes($"__RequestVerificationToken={Uri.EscapeDataString(antiforgery)}&Form.UserName="),
            .. userName, .. Encoding.ASCII.GetBytes("&Form.Password=Whatever-123")];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        return await client.PostAsync("/Account/Login", content, Ct);
    }

    private static string? FieldMessage(IHtmlDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim();

    public sealed class Sqlite(SqliteAppFactory app) : BadInputTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : BadInputTests(app), IClassFixture<PostgresAppFactory>;
}
