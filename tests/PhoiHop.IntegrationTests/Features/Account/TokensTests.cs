using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Account;

public abstract class TokensTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task TokensCreateCli_ForUser_PrintsWorkingTokenOnLastLine()
    {
        var outcome = await WebCli.RunAsync(App, "tokens", "create", "--user", "mttq.tiepdan");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var token = outcome.LastLine;
        Assert.Matches("^ph_[A-Za-z0-9_-]{43}$", token);
        Assert.Equal(HttpStatusCode.OK, await GetBodiesStatusAsync(token));
    }

    [Fact]
    public async Task TokensPage_Create_TokenAuthenticatesApi()
    {
        using var client = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(client, "mttq.tiepdan");
        var tokens = await HtmlForms.GetDocumentAsync(client, "/Account/Tokens");

        using var response = await HtmlForms.SubmitAsync(client, tokens, new Dictionary<string, string> { ["Form.Name"] = "Tích hợp cổng tỉnh" },
            formSelector: "form[action*='handler=Create']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        var secret = page.QuerySelector("#new-token")?.TextContent.Trim();
        Assert.NotNull(secret);
        Assert.Equal(HttpStatusCode.OK, await GetBodiesStatusAsync(secret));
        Assert.Contains("Tích hợp cổng tỉnh", page.QuerySelector("table.data")?.TextContent);
    }

    [Fact]
    public async Task TokensPage_Revoke_TokenGets401()
    {
        var name = UniqueName();
        var secret = await App.IssueTokenAsync("mttq.tiepdan", name);
        using var client = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(client, "mttq.tiepdan");
        var tokens = await HtmlForms.GetDocumentAsync(client, "/Account/Tokens");
        Assert.Equal(HttpStatusCode.OK, await GetBodiesStatusAsync(secret));

        using var response = await HtmlForms.SubmitAsync(client, tokens, new Dictionary<string, string>(),
            formSelector: $"form[action*='{await TokenIdAsync(name)}']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await GetBodiesStatusAsync(secret));
    }

    [Fact]
    public async Task TokensPage_RevokeAnotherUsersToken_Returns404AndTokenStillWorks()
    {
        var ownId = await TokenIdAsync(await IssueNamedTokenAsync("mttq.tiepdan"));
        var othersName = UniqueName();
        var othersSecret = await App.IssueTokenAsync("dbqh.daibieu", othersName);
        var othersId = await TokenIdAsync(othersName);
        using var client = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(client, "mttq.tiepdan");
        var tokens = await HtmlForms.GetDocumentAsync(client, "/Account/Tokens");
        // The user's own revoke form, with its antiforgery token, aimed at the other user's token.
        var form = tokens.QuerySelector<IHtmlFormElement>($"form[action*='{ownId}']")!;
        form.Action = form.Action.Replace(ownId.ToString(), othersId.ToString(), StringComparison.Ordinal);

        using var response = await HtmlForms.SubmitAsync(client, tokens, new Dictionary<string, string>(), formSelector: $"form[action*='{othersId}']");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await GetBodiesStatusAsync(othersSecret));
    }

    [Fact]
    public async Task DisablingTheUser_StopsTheirToken_AtTheNextRequest_ThoughTheirPrincipalIsKept()
    {
        var login = "t" + Guid.NewGuid().ToString("N")[..10];
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var body = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Bodies.SingleAsync(b => b.Code == "MTTQ-TN", Ct);
            var user = new StaffUser { UserName = login, Email = $"{login}@test.vn", EmailConfirmed = true, FullName = "Cán bộ thử", BodyId = body.Id, CreatedAt = App.Clock.GetUtcNow() };
            Assert.True((await users.CreateAsync(user, "PhoiHop@2026")).Succeeded);
            await users.AddToRoleAsync(user, Roles.ReceptionOfficer);
        }
        var secret = await App.IssueTokenAsync(login, UniqueName());
        Assert.Equal(HttpStatusCode.OK, await GetBodiesStatusAsync(secret));
        Assert.Equal(HttpStatusCode.OK, await GetBodiesStatusAsync(secret));

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = (await users.FindByNameAsync(login))!;
            user.IsActive = false;
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await GetBodiesStatusAsync(secret));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("ph_")]
    [InlineData("ph_garbage")]
    [InlineData("ph_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("ph_' OR 1=1 --")]
    [InlineData("ph_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    public async Task BearerToken_Garbage_Returns401(string token)
    {
        var status = await GetBodiesStatusAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    private async Task<HttpStatusCode> GetBodiesStatusAsync(string token)
    {
        using var client = App.CreateBrowserClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetAsync("/api/v1/bodies", Ct);
        return response.StatusCode;
    }

    private async Task<Guid> TokenIdAsync(string name)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.ApiTokens.Where(t => t.Name == name).Select(t => t.Id).SingleAsync(Ct);
    }

    private async Task<string> IssueNamedTokenAsync(string login)
    {
        var name = UniqueName();
        await App.IssueTokenAsync(login, name);
        return name;
    }

    private static string UniqueName() => $"test-{Guid.NewGuid():N}"[..20];

    public sealed class Sqlite(SqliteAppFactory app) : TokensTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : TokensTests(app), IClassFixture<PostgresAppFactory>;
}
