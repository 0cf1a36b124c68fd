namespace PhoiHop.Infrastructure.Jobs;

/// <summary>A job that runs once per slot (e.g. hourly, daily at 07:00 Vietnam time) across all nodes.</summary>
public interface IScheduledJob
{
    string Name { get; }

    /// <summary>The start of the slot that <paramref name="now"/> falls in.</summary>
    DateTimeOffset SlotOf(DateTimeOffset now);

    /// <summary>Runs the job for a slot; the returned text is kept as the run's outcome.</summary>
    Task<string> RunAsync(DateTimeOffset slot, IServiceProvider services, CancellationToken ct);
}
