using Microsoft.Extensions.Options;

namespace PhoiHop.Features.Notifications;

/// <summary>Polls the outbox and sends what is due, on every node (claims keep each message to one sender).</summary>
public sealed class MailOutboxWorker(IServiceScopeFactory scopes, IOptions<SmtpOptions> smtp, TimeProvider clock,
    IConfiguration configuration, ILogger<MailOutboxWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!smtp.Value.IsConfigured || !configuration.GetValue("Jobs:Enabled", true))
            return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(smtp.Value.PollSeconds), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<MailOutboxSender>().SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "Mail outbox round failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
