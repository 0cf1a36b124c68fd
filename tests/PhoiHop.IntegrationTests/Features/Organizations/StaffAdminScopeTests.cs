using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Organizations;

// A body's administrator manages the staff of that body only; the platform operator's administrators manage all.
public abstract class StaffAdminScopeTests(AppFactory app) : AppTests(app)
{
    private const string Password = "Quan-tri-UBND-2026";

    [Fact]
    public async Task BodyAdministrator_AnotherBodysStaff_Returns404AndCannotBeReset()
    {
        var login = await CreateBodyAdministratorAsync("UBND-TN");
        var frontUser = await UserIdAsync("mttq.lanhdao");
        using var client = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(client, login, Password);

        using var page = await client.GetAsync($"/Organizations/Staff/{frontUser}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task BodyAdministrator_AboveTheAuditorsBody_CannotOpenOrResetTheAuditor()
    {
        // The province's auditor works at the inspectorate, a body under the People's Committee: the committee's
        // administrator manages that body's staff, but not a role of the whole platform.
        var login = await CreateBodyAdministratorAsync("UBND-TN");
        var auditor = await UserIdAsync("kiemtoan");
        var colleague = await UserIdAsync("ubnd.lanhdao");
        using var client = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(client, login, Password);

        using var page = await client.GetAsync($"/Organizations/Staff/{auditor}", Ct);
        var body = await HtmlForms.GetDocumentAsync(client, "/Organizations/Bodies/TTRA-TN");
        // The reset form of a colleague the administrator does manage, sent for the auditor instead.
        var own = await HtmlForms.GetDocumentAsync(client, $"/Organizations/Staff/{colleague}");
        var form = own.QuerySelector("form[action*='handler=ResetPassword']")!;
        form.SetAttribute("action", form.GetAttribute("action")!.Replace(colleague.ToString(), auditor.ToString(), StringComparison.OrdinalIgnoreCase));
        using var reset = await HtmlForms.SubmitAsync(client, own, new Dictionary<string, string> { ["newPassword"] = "Chiem-quyen-2026" },
            "form[action*='handler=ResetPassword']");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Null(body.QuerySelector($"a[href='/Organizations/Staff/{auditor}']"));
        Assert.Equal(HttpStatusCode.NotFound, reset.StatusCode);
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var kiemtoan = (await users.FindByNameAsync("kiemtoan"))!;
        Assert.False(await users.CheckPasswordAsync(kiemtoan, "Chiem-quyen-2026"));
    }

    [Fact]
    public async Task BodyAdministrator_CreateForm_OffersOwnBodiesAndNoPlatformRoles()
    {
        var login = await CreateBodyAdministratorAsync("UBND-TN");
        using var client = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(client, login, Password);

        var page = await HtmlForms.GetDocumentAsync(client, "/Organizations/Staff/Create");

        var bodies = page.QuerySelectorAll("#form_BodyId option").Select(o => o.TextContent).ToList();
        Assert.Contains("Ủy ban nhân dân tỉnh Thái Nguyên", bodies);
        Assert.Contains("Sở Xây dựng tỉnh Thái Nguyên", bodies); // a department under the People's Committee
        Assert.DoesNotContain("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Nguyên", bodies);
        var roles = page.QuerySelectorAll("input[name='form.Roles']").Select(i => i.GetAttribute("value")).ToList();
        Assert.DoesNotContain(Roles.Auditor, roles);
        Assert.DoesNotContain(Roles.CalendarAdministrator, roles);
        Assert.Contains(Roles.LetterHandler, roles);
    }

    [Fact]
    public async Task PlatformAdministrator_SeesAnyBodysStaff()
    {
        var frontUser = await UserIdAsync("mttq.lanhdao");
        using var client = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(client, "admin");

        var page = await HtmlForms.GetDocumentAsync(client, $"/Organizations/Staff/{frontUser}");

        Assert.Contains("mttq.lanhdao", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<string> CreateBodyAdministratorAsync(string bodyCode)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<AuditActor>().ActAs(null, "test:arrange");
        var body = await sp.GetRequiredService<AppDbContext>().Bodies.SingleAsync(b => b.Code == bodyCode, Ct);
        var users = sp.GetRequiredService<UserManager<StaffUser>>();
        var login = $"qt.{Guid.NewGuid():N}"[..12];
        var user = new StaffUser { UserName = login, FullName = "Quản trị UBND", BodyId = body.Id, CreatedAt = App.Clock.GetUtcNow() };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Administrator)).Succeeded);
        return login;
    }

    private async Task<Guid> UserIdAsync(string login)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync(login))!.Id;
    }

    public sealed class Sqlite(SqliteAppFactory app) : StaffAdminScopeTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : StaffAdminScopeTests(app), IClassFixture<PostgresAppFactory>;
}
