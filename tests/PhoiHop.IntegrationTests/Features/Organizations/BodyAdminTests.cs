using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Organizations;

// Administrators add and correct bodies; nobody else can.
public abstract class BodyAdminTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task CreateBody_ByAdministrator_AppearsInApiWithParent()
    {
        using var admin = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(admin, "admin");
        var page = await HtmlForms.GetDocumentAsync(admin, "/Organizations/Bodies/New");
        var (unitId, parentId) = await IdsAsync("19", "UBND-TN");
        var code = $"SYT-{Guid.NewGuid():N}"[..12].ToUpperInvariant();

        using var response = await HtmlForms.SubmitAsync(admin, page, new Dictionary<string, string>
        {
            ["form.Code"] = code,
            ["form.Name"] = "Sở Y tế tỉnh Thái Nguyên",
            ["form.ShortName"] = "Sở Y tế",
            ["form.DocumentSymbol"] = "SYT",
            ["form.Kind"] = nameof(BodyKind.Department),
            ["form.UnitId"] = unitId.ToString(),
            ["form.ParentId"] = parentId.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var api = await App.CreateApiClientAsync("mttq.tiepdan");
        var bodies = await api.GetStringAsync("/api/v1/bodies", Ct);
        Assert.Contains($"\"code\":\"{code}\"", bodies, StringComparison.Ordinal);
        Assert.Contains("Sở Y tế tỉnh Thái Nguyên", bodies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateBody_DuplicateCode_IsRefusedOnTheField()
    {
        using var admin = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(admin, "admin");
        var page = await HtmlForms.GetDocumentAsync(admin, "/Organizations/Bodies/New");
        var (unitId, _) = await IdsAsync("19", "UBND-TN");

        using var response = await HtmlForms.SubmitAsync(admin, page, new Dictionary<string, string>
        {
            ["form.Code"] = "MTTQ-TN",
            ["form.Name"] = "Trùng mã",
            ["form.ShortName"] = "Trùng",
            ["form.DocumentSymbol"] = "X",
            ["form.UnitId"] = unitId.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(App.Text("Organizations.CodeTaken"), await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using var scope = App.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Bodies.CountAsync(b => b.Code == "MTTQ-TN", Ct));
    }

    [Fact]
    public async Task EditBody_NonAdministrator_IsDenied()
    {
        using var client = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(client, "mttq.lanhdao");

        using var response = await client.GetAsync("/Organizations/Bodies/MTTQ-TN/Edit", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private async Task<(Guid Unit, Guid Body)> IdsAsync(string unitCode, string bodyCode)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return ((await db.AdministrativeUnits.SingleAsync(u => u.Code == unitCode, Ct)).Id, (await db.Bodies.SingleAsync(b => b.Code == bodyCode, Ct)).Id);
    }

    public sealed class Sqlite(SqliteAppFactory app) : BodyAdminTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : BodyAdminTests(app), IClassFixture<PostgresAppFactory>;
}
