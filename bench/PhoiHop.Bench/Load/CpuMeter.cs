using System.Diagnostics;
using System.Globalization;

namespace PhoiHop.Bench.Load;

/// <summary>
/// How busy the machine, the app and this client were during a measurement, from /proc/stat and the processes' CPU
/// times: on two shared cores the client's own work is part of the picture.
/// </summary>
internal sealed class CpuMeter
{
    private readonly AppServer _server;
    private readonly (long Busy, long Total) _machine;
    private readonly TimeSpan _serverCpu;
    private readonly TimeSpan _clientCpu;
    private readonly long _started;

    public CpuMeter(AppServer server)
    {
        _server = server;
        _machine = MachineTicks();
        _serverCpu = server.CpuTime;
        _clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
        _started = Stopwatch.GetTimestamp();
    }

    /// <summary>Machine busy %, then the app's and this client's CPU in cores (1.0 = one core fully used).</summary>
    public string Report()
    {
        var wall = Stopwatch.GetElapsedTime(_started).TotalSeconds;
        var machine = MachineTicks();
        var busy = (double)(machine.Busy - _machine.Busy) / Math.Max(1, machine.Total - _machine.Total) * 100;
        var server = (_server.CpuTime - _serverCpu).TotalSeconds / wall;
        var client = (Process.GetCurrentProcess().TotalProcessorTime - _clientCpu).TotalSeconds / wall;
        return string.Create(CultureInfo.InvariantCulture,
            $"machine CPU {busy:F0}% of {Environment.ProcessorCount} cores; app {server:F2} cores, load client {client:F2} cores, database and rest {Math.Max(0, (busy / 100 * Environment.ProcessorCount) - server - client):F2} cores");
    }

    private static (long Busy, long Total) MachineTicks()
    {
        // cpu  user nice system idle iowait irq softirq steal ...
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Take(8).Sum();
        var idle = fields[3] + fields[4];
        return (total - idle, total);
    }
}
