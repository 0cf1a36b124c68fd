using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Organizations;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Account;

// Sessions end when asked; a personal token opens the API only, and dies with the user's password.
public abstract class SessionAndTokenScopeTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task SignOut_FromTheHeaderForm_EndsTheSession()
    {
        using var client = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(client, "mttq.tiepdan");
        var home = await HtmlForms.GetDocumentAsync(client, "/");

        using var response = await HtmlForms.SubmitAsync(client, home, new Dictionary<string, string>(), formSelector: "form[action='/Account/Logout']");
        using var after = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BearerToken_OnAPage_DoesNotSignIn()
    {
        using var client = await App.CreateApiClientAsync("admin");

        using var page = await client.GetAsync("/Organizations/Staff/Create", Ct);
        using var api = await client.GetAsync("/api/v1/bodies", Ct);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/Account/Login", page.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task BearerToken_AfterPasswordReset_Returns401()
    {
        var secret = await App.IssueTokenAsync("hoi.nongdan", "tích hợp");
        using var client = App.CreateBrowserClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/bodies", Ct)).StatusCode);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = (await users.FindByNameAsync("hoi.nongdan"))!;
            var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), "Mat-khau-moi-2027");
            Assert.True(reset.Succeeded);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/bodies", Ct)).StatusCode);
    }

    public sealed class Sqlite(SqliteAppFactory app) : SessionAndTokenScopeTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : SessionAndTokenScopeTests(app), IClassFixture<PostgresAppFactory>;
}
