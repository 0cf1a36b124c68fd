using Microsoft.EntityFrameworkCore;
using PhoiHop.Features.Audit;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Infrastructure.Jobs;

/// <summary>
/// Runs every registered <see cref="IScheduledJob"/> once per slot. Each node ticks every <c>Jobs:TickSeconds</c>;
/// the first node to record (job, slot) runs it.
/// </summary>
public sealed class ScheduledJobRunner(IServiceScopeFactory scopes, IEnumerable<IScheduledJob> jobs, TimeProvider clock,
    IConfiguration configuration, ILogger<ScheduledJobRunner> log) : BackgroundService
{
    public static readonly string NodeName = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Jobs:Enabled", true))
            return;
        var tick = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Jobs:TickSeconds", 60), 1, 3600));
        using var timer = new PeriodicTimer(tick, clock);
        do
        {
            foreach (var job in jobs)
            {
                try
                {
                    await RunIfDueAsync(job, stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    log.LogError(e, "Scheduled job {Job} failed", job.Name);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Runs the job for the current slot unless a node already did; true when this call ran it.</summary>
    public async Task<bool> RunIfDueAsync(IScheduledJob job, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var slot = job.SlotOf(now);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        scope.ServiceProvider.GetRequiredService<AuditActor>().ActAs(null, $"job:{job.Name}");
        if (await db.Set<JobRun>().AnyAsync(r => r.Job == job.Name && r.Slot == slot, ct))
            return false;

        var run = new JobRun { Job = job.Name, Slot = slot, Node = NodeName, StartedAt = now };
        db.Add(run);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node recorded this slot first: it runs the job.
            return false;
        }

        var outcome = await job.RunAsync(slot, scope.ServiceProvider, ct);
        run.FinishedAt = clock.GetUtcNow();
        run.Outcome = Common.TextInput.Cut(outcome, 2000);
        await db.SaveChangesAsync(ct);
        log.LogInformation("Job {Job} ran for slot {Slot:O}: {Outcome}", job.Name, slot, outcome);
        return true;
    }
}
