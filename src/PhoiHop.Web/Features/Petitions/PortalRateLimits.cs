using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PhoiHop.Features.Petitions;

/// <summary>
/// Per-address fixed windows for what anonymous callers may do: send letters, look up receipts. Checked by the handlers
/// that do the work (not by middleware), so that showing a form costs nothing. Per node: behind a load balancer the
/// effective limit is the node count times this one.
/// </summary>
public sealed class PortalRateLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string> _submissions;
    private readonly PartitionedRateLimiter<string> _lookups;

    public PortalRateLimits(IOptions<PortalOptions> options)
    {
        var o = options.Value;
        _submissions = Create(o.SubmissionsPerWindow, o.WindowMinutes);
        _lookups = Create(o.LookupsPerWindow, o.WindowMinutes);
    }

    public bool TrySubmit(HttpContext http) => Acquire(_submissions, http);

    public bool TryLookup(HttpContext http) => Acquire(_lookups, http);

    public void Dispose()
    {
        _submissions.Dispose();
        _lookups.Dispose();
    }

    private static bool Acquire(PartitionedRateLimiter<string> limiter, HttpContext http)
    {
        using var lease = limiter.AttemptAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    private static PartitionedRateLimiter<string> Create(int permits, int minutes) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromMinutes(Math.Max(1, minutes)),
            QueueLimit = 0,
        }));
}
