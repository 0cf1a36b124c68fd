namespace PhoiHop.Infrastructure.Jobs;

/// <summary>
/// One run of a scheduled job for one slot. The primary key (job, slot) is what makes a job run exactly once per
/// slot across all nodes: the node whose insert succeeds runs it, the others get a key violation and skip.
/// </summary>
public sealed class JobRun
{
    public string Job { get; init; } = "";
    public DateTimeOffset Slot { get; init; }
    public string Node { get; init; } = "";
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? Outcome { get; set; }
}
