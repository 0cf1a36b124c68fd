using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Notifications;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Notifications;

// The bell: each person sees and marks only their own notifications.
public abstract class NotificationsPageTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task Bell_NewNotification_CountsAndMarkReadClearsIt()
    {
        var title = $"Việc mới {Guid.NewGuid():N}"[..20];
        var id = await NotifyAsync("hdnd.lanhdao", title);
        using var client = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(client, "hdnd.lanhdao");
        var before = await HtmlForms.GetDocumentAsync(client, "/Notifications");
        Assert.Equal("1", before.QuerySelector(".bell-count")!.TextContent.Trim());
        Assert.Contains(title, before.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var response = await HtmlForms.SubmitAsync(client, before, new Dictionary<string, string>(), formSelector: $"form[action*='{id}']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await HtmlForms.GetDocumentAsync(client, "/Notifications");
        Assert.Equal("0", after.QuerySelector(".bell-count")!.TextContent.Trim());
    }

    [Fact]
    public async Task MarkRead_AnotherUsersNotification_Returns404AndChangesNothing()
    {
        var theirs = await NotifyAsync("ubnd.lanhdao", $"Của người khác {Guid.NewGuid():N}"[..24]);
        using var client = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(client, "hdnd.lanhdao");
        var page = await HtmlForms.GetDocumentAsync(client, "/Notifications");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var response = await client.PostAsync($"/Notifications?handler=Read&id={theirs}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var scope = App.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Notification>().AsNoTracking().SingleAsync(n => n.Id == theirs, Ct);
        Assert.Null(stored.ReadAt);
    }

    private async Task<Guid> NotifyAsync(string login, string title)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<AuditActor>().ActAs(null, "test:arrange");
        var db = sp.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == login, Ct);
        await sp.GetRequiredService<Notifier>().NotifyAsync([user.Id], title, "Nội dung thông báo", "/Regulations", Ct);
        await db.SaveChangesAsync(Ct);
        return await db.Set<Notification>().Where(n => n.UserId == user.Id && n.Title == title).Select(n => n.Id).SingleAsync(Ct);
    }

    public sealed class Sqlite(SqliteAppFactory app) : NotificationsPageTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : NotificationsPageTests(app), IClassFixture<PostgresAppFactory>;
}
