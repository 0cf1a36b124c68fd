using System.Net;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Infrastructure;

public abstract class AnonymousAccessTests(AppFactory app) : AppTests(app)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_Anonymous_Returns200(string path)
    {
        using var client = App.CreateBrowserClient();

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/Portal/Submit")]
    [InlineData("/Portal/Track")]
    public async Task FormPages_WriteNoInlineStyle_WhichTheContentSecurityPolicyWouldBlock(string path)
    {
        using var client = App.CreateBrowserClient();

        using var response = await client.GetAsync(path, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("style-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HomePage_Anonymous_RedirectsToLogin()
    {
        using var client = App.CreateBrowserClient();

        using var response = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = new Uri(client.BaseAddress!, response.Headers.Location!);
        Assert.Equal("/Account/Login", location.AbsolutePath);
    }

    [Fact]
    public async Task BodiesApi_WithoutCredentials_Returns401NotARedirect()
    {
        using var client = App.CreateBrowserClient();

        using var response = await client.GetAsync("/api/v1/bodies", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    public sealed class Sqlite(SqliteAppFactory app) : AnonymousAccessTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : AnonymousAccessTests(app), IClassFixture<PostgresAppFactory>;
}
