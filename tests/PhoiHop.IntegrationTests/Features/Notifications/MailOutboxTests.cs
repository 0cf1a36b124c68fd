using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Notifications;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Notifications;

// Mail goes through a real SMTP server (aiosmtpd) from the outbox; a server outage loses nothing.
public abstract class MailOutboxTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task Outbox_SmtpServerDown_RetriesWithBackoffAndDeliversWhenBack()
    {
        await using var smtp = new SmtpServerProcess();
        var subject = $"Nhắc việc {Guid.NewGuid():N}"[..20];
        await NotifyAsync("mttq.tiepdan", subject, "Đơn khiếu nại về thửa đất số 123, tờ bản đồ số 45 sắp đến hạn.", "/Regulations");

        var down = await SendAsync(smtp.Port);

        Assert.True(down.Failed >= 1);
        var waiting = await MailAsync(subject);
        Assert.Equal(OutboxMailStatus.Pending, waiting.Status);
        Assert.Equal(1, waiting.Attempts);
        Assert.NotNull(waiting.LastError);
        Assert.True(waiting.NextAttemptAt > App.Clock.GetUtcNow(), "the next attempt waits (backoff)");

        await smtp.StartAsync(Ct);
        var tooEarly = await SendAsync(smtp.Port);
        App.Clock.Advance(TimeSpan.FromMinutes(2));
        var back = await SendAsync(smtp.Port);

        Assert.Equal(0, tooEarly.Sent);
        Assert.True(back.Sent >= 1);
        Assert.Equal(OutboxMailStatus.Sent, (await MailAsync(subject)).Status);
        var received = Assert.Single(smtp.Received(), m => m.Subject == subject);
        Assert.Equal("mttq.tiepdan@demo.phoihop.vn", received.To.Mailboxes.Single().Address);
        Assert.Contains("thửa đất số 123", received.TextBody, StringComparison.Ordinal);
        Assert.Contains("http://localhost:5080/Regulations", received.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outbox_GivesUpAfterLastAttempt_AdministratorSeesItAndSendsAgain()
    {
        await using var smtp = new SmtpServerProcess();
        var subject = $"Quá hạn {Guid.NewGuid():N}"[..20];
        await NotifyAsync("mttq.lanhdao", subject, "Nội dung", null);
        for (var attempt = 0; attempt < OutboxMail.MaxAttempts; attempt++)
        {
            await SendAsync(smtp.Port);
            App.Clock.Advance(TimeSpan.FromHours(3));
        }
        var failed = await MailAsync(subject);
        Assert.Equal(OutboxMailStatus.Failed, failed.Status);
        using var admin = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(admin, "admin");
        var page = await HtmlForms.GetDocumentAsync(admin, "/Notifications/Outbox?status=Failed");
        Assert.Contains(subject, page.QuerySelector("table.data")!.TextContent, StringComparison.Ordinal);

        using var retry = await HtmlForms.SubmitAsync(admin, page, new Dictionary<string, string>(), formSelector: $"form[action*='{failed.Id}']");
        await smtp.StartAsync(Ct);
        var sent = await SendAsync(smtp.Port);

        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.True(sent.Sent >= 1);
        Assert.Equal(OutboxMailStatus.Sent, (await MailAsync(subject)).Status);
        Assert.Single(smtp.Received(), m => m.Subject == subject);
    }

    [Fact]
    public async Task OutboxPage_NonAdministrator_IsDenied()
    {
        using var client = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(client, "mttq.lanhdao");

        using var response = await client.GetAsync("/Notifications/Outbox", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private async Task NotifyAsync(string login, string title, string body, string? link)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<AuditActor>().ActAs(null, "test:arrange");
        var db = sp.GetRequiredService<AppDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == login, Ct);
        Assert.Equal(1, await sp.GetRequiredService<Notifier>().NotifyAsync([user.Id], title, body, link, Ct));
        await db.SaveChangesAsync(Ct);
    }

    private async Task<MailOutboxSender.Outcome> SendAsync(int port)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var sender = new MailOutboxSender(scope.ServiceProvider.GetRequiredService<AppDbContext>(), App.Clock,
            Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = port }), NullLogger<MailOutboxSender>.Instance);
        return await sender.SendDueAsync(Ct);
    }

    private async Task<OutboxMail> MailAsync(string subject)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMail>().AsNoTracking().SingleAsync(m => m.Subject == subject, Ct);
    }

    public sealed class Sqlite(SqliteAppFactory app) : MailOutboxTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : MailOutboxTests(app), IClassFixture<PostgresAppFactory>;
}
