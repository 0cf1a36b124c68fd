using System.Diagnostics;
using System.Globalization;

namespace PhoiHop.Bench.Load;

/// <summary>
/// Where the CPU went during a measurement: the app, this load client, the PostgreSQL cluster of the bench (the
/// postmaster of <c>/tmp/benchpg/data</c> and its backends) and everything else on the machine, from /proc. On two
/// shared cores, "everything else" says whether another engineer's build ran at the same time, and the CPU time per
/// request of each part does not depend on it as much as the throughput does.
/// </summary>
internal sealed class CpuMeter
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    private readonly AppServer _server;
    private readonly int? _postmaster;
    private readonly (long Busy, long Total) _machine;
    private readonly TimeSpan _serverCpu;
    private readonly TimeSpan _clientCpu;
    private readonly double _databaseCpu;
    private readonly long _started;

    public CpuMeter(AppServer server, string? postgresData)
    {
        _server = server;
        _postmaster = Postmaster(postgresData);
        _machine = MachineTicks();
        _serverCpu = server.CpuTime;
        _clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
        _databaseCpu = DatabaseSeconds();
        _started = Stopwatch.GetTimestamp();
    }

    public CpuUse Measure()
    {
        var wall = Stopwatch.GetElapsedTime(_started).TotalSeconds;
        var machine = MachineTicks();
        var busy = (double)(machine.Busy - _machine.Busy) / Math.Max(1, machine.Total - _machine.Total) * Environment.ProcessorCount * wall;
        var app = (_server.CpuTime - _serverCpu).TotalSeconds;
        var client = (Process.GetCurrentProcess().TotalProcessorTime - _clientCpu).TotalSeconds;
        var database = _postmaster is null ? 0 : DatabaseSeconds() - _databaseCpu;
        return new CpuUse(wall, busy, app, client, database, Math.Max(0, busy - app - client - database));
    }

    private double DatabaseSeconds()
    {
        if (_postmaster is not { } postmaster)
            return 0;
        double ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
                continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // pid (comm) state ppid ... utime(14) stime(15): split after the closing parenthesis of comm.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var ppid = int.Parse(fields[1], CultureInfo.InvariantCulture);
                if (pid == postmaster || ppid == postmaster)
                    ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return ticks / TicksPerSecond;
    }

    private static int? Postmaster(string? dataDirectory)
    {
        var file = dataDirectory is null ? null : Path.Combine(dataDirectory, "postmaster.pid");
        return file is not null && File.Exists(file) ? int.Parse(File.ReadLines(file).First(), CultureInfo.InvariantCulture) : null;
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

/// <summary>CPU seconds used during <see cref="Wall"/> seconds, by part.</summary>
internal sealed record CpuUse(double Wall, double Machine, double App, double Client, double Database, double Others)
{
    public string Describe(int requests)
    {
        var shares = string.Create(CultureInfo.InvariantCulture,
            $"machine {Machine / Wall:F2} of {Environment.ProcessorCount} cores busy: app {App / Wall:F2}, database {Database / Wall:F2}, load client {Client / Wall:F2}, others {Others / Wall:F2}");
        return requests == 0 ? shares : shares + string.Create(CultureInfo.InvariantCulture,
            $"; CPU per request: app {App * 1000 / requests:F1} ms, database {Database * 1000 / requests:F1} ms, client {Client * 1000 / requests:F1} ms");
    }
}
