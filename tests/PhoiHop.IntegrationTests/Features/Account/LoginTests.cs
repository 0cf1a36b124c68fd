using System.Net;
using PhoiHop.Infrastructure.Data.Seed;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Account;

// Each test signs in as a different seeded user: failed attempts count per user and the class shares one database.
public abstract class LoginTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task Login_RightPassword_HomeShowsFullName()
    {
        using var client = App.CreateBrowserClient();
        var login = await HtmlForms.GetDocumentAsync(client, "/Account/Login");

        using var response = await HtmlForms.SubmitAsync(client, login, Credentials("mttq.tiepdan", DemoProvinceSeeder.DemoPassword),
            submitSelector: "#login-submit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var home = await HtmlForms.GetDocumentAsync(client, "/");
        Assert.Contains("Lê Thị Hoa", home.QuerySelector("main h1")?.TextContent);
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsFailureAndStaysOnPage()
    {
        using var client = App.CreateBrowserClient();
        var login = await HtmlForms.GetDocumentAsync(client, "/Account/Login");

        using var response = await HtmlForms.SubmitAsync(client, login, Credentials("ubnd.tiepdan", "Wrong-Password-1"),
            submitSelector: "#login-submit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains(App.Text("Login.Failed"), page.QuerySelector(".error-summary")?.TextContent);
        Assert.NotNull(page.QuerySelector("#login-submit"));
        using var home = await client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task Login_AfterFiveWrongPasswords_RightPasswordIsLockedOut()
    {
        using var client = App.CreateBrowserClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var form = await HtmlForms.GetDocumentAsync(client, "/Account/Login");
            using var failed = await HtmlForms.SubmitAsync(client, form, Credentials("hoi.nongdan", $"Wrong-Password-{attempt}"),
                submitSelector: "#login-submit");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }
        var login = await HtmlForms.GetDocumentAsync(client, "/Account/Login");

        using var response = await HtmlForms.SubmitAsync(client, login, Credentials("hoi.nongdan", DemoProvinceSeeder.DemoPassword),
            submitSelector: "#login-submit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains(App.Text("Login.Failed"), page.QuerySelector(".error-summary")?.TextContent);
        using var home = await client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task Login_LockedAccountAndUnknownLogin_GetTheSameAnswer()
    {
        async Task<string?> AttemptAsync(string login, string password)
        {
            using var client = App.CreateBrowserClient();
            var form = await HtmlForms.GetDocumentAsync(client, "/Account/Login");
            using var response = await HtmlForms.SubmitAsync(client, form, Credentials(login, password), submitSelector: "#login-submit");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await HtmlForms.ParseAsync(response)).QuerySelector(".error-summary")?.TextContent.Trim();
        }
        string? locked = null, unknown = null;
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            locked = await AttemptAsync("dbqh.daibieu", $"Wrong-Password-{attempt}");
            unknown = await AttemptAsync("khong.ton.tai", $"Wrong-Password-{attempt}");
        }

        Assert.Contains(App.Text("Login.Failed"), locked);
        Assert.Equal(locked, unknown);
        Assert.Equal(locked, await AttemptAsync("dbqh.daibieu", DemoProvinceSeeder.DemoPassword));
    }

    [Fact]
    public async Task ChangePassword_FiveWrongCurrentPasswords_LockTheAccountAndEndTheSession()
    {
        using var client = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(client, "stp.soanthao");
        HttpStatusCode last = default;
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var form = await HtmlForms.GetDocumentAsync(client, "/Account/ChangePassword");
            using var failed = await HtmlForms.SubmitAsync(client, form, new Dictionary<string, string>
            {
                ["Form.CurrentPassword"] = $"Doan-sai-{attempt}-abc",
                ["Form.NewPassword"] = "Mat-khau-moi-2027",
                ["Form.ConfirmPassword"] = "Mat-khau-moi-2027",
            });
            last = failed.StatusCode;
        }
        using var home = await client.GetAsync("/", Ct);
        var login = await HtmlForms.GetDocumentAsync(client, "/Account/Login");
        using var again = await HtmlForms.SubmitAsync(client, login, Credentials("stp.soanthao", DemoProvinceSeeder.DemoPassword),
            submitSelector: "#login-submit");

        Assert.Equal(HttpStatusCode.Redirect, last);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Contains(App.Text("Login.Failed"), (await HtmlForms.ParseAsync(again)).QuerySelector(".error-summary")?.TextContent);
    }

    private static Dictionary<string, string> Credentials(string login, string password) =>
        new() { ["Form.UserName"] = login, ["Form.Password"] = password };

    public sealed class Sqlite(SqliteAppFactory app) : LoginTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : LoginTests(app), IClassFixture<PostgresAppFactory>;
}
