namespace PhoiHop.Features.Reports;

/// <summary>
/// Runs queued exports on every node that has jobs enabled (Jobs:Enabled); a job is written by the node that claims it.
/// Tests disable jobs and call <see cref="ReportExportJobs.RunNextAsync"/> themselves.
/// </summary>
public sealed class ReportExportWorker(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock,
    ILogger<ReportExportWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Jobs:Enabled", true))
            return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Reports:ExportPollSeconds", 2), 1, 60)), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var queue = scope.ServiceProvider.GetRequiredService<ReportExportJobs>();
                while (await queue.RunNextAsync(stoppingToken))
                {
                }
                await queue.SweepAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "Export worker failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
