using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Reports;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Bench.Load;

/// <summary>
/// Issue #6 performance: the quarterly province report (target under 1 s) and an .xlsx export of about 100,000 letters
/// (target under 10 s, server peak memory under 300 MB), through the real app over an existing bench database.
/// The inspector (thanhtra.xacminh) reads the province.
/// </summary>
internal static class ReportLoad
{
    public const string Login = "thanhtra.xacminh";

    public static async Task<int> RunAsync(LoadOptions options, TextWriter output)
    {
        var database = BenchDatabase.From(options);
        var runs = options.Int("runs", 5);
        var exportRows = options.Int("export-rows", 100_000);
        await using var server = await AppServer.StartAsync(database, options.Int("port", 0), output);
        var token = await AppServer.CreateTokenAsync(database, Login);
        await server.WhenSettledAsync(TimeSpan.FromMinutes(2), output);
        var total = await database.ScalarAsync("SELECT COUNT(*) FROM \"Petitions\"");
        var text = database.IsPostgres ? "::text" : "";
        var last = DateOnly.Parse((await database.ColumnAsync($"SELECT MAX(\"ReceivedOn\"){text} FROM \"Petitions\"")).Single()[..10], CultureInfo.InvariantCulture);
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        // The last whole quarter of the data.
        var quarterStart = new DateOnly(last.Year, ((last.Month - 1) / 3 * 3) + 1, 1).AddMonths(-3);
        var quarter = $"from={Iso(quarterStart)}&to={Iso(quarterStart.AddMonths(3).AddDays(-1))}&bodyCode=*";
        var times = new List<double>();
        var received = 0;
        for (var i = 0; i < runs + 2; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync($"/api/v1/reports/petitions?{quarter}");
            var body = await response.Content.ReadAsStringAsync();
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"report: {(int)response.StatusCode} {body}");
            received = JsonDocument.Parse(body).RootElement.GetProperty("received").GetInt32();
            if (i >= 2)
                times.Add(ms);
        }
        times.Sort();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{total:N0} letters; quarterly province report {quarter}: {received:N0} received; {runs} runs after 2 warm-up: median {times[times.Count / 2]:F0} ms, p90 {times[(int)Math.Ceiling(times.Count * 0.9) - 1]:F0} ms, max {times[^1]:F0} ms"));
        if (options.Flag("figures"))
            await FiguresAsync(database, new ReportPeriod(quarterStart, quarterStart.AddMonths(3).AddDays(-1)), options.Flag("sql"), output);
        if (exportRows <= 0)
            return 0;

        // The newest ~N letters: from the receipt date of the N-th newest to the last.
        var from = DateOnly.Parse((await database.ColumnAsync(
            $"SELECT \"ReceivedOn\"{text} FROM \"Petitions\" ORDER BY \"ReceivedOn\" DESC LIMIT 1 OFFSET {exportRows - 1}")).Single()[..10], CultureInfo.InvariantCulture);
        var export = $"/api/v1/reports/petitions/letters.xlsx?figure=received&from={Iso(from)}&to={Iso(last)}&bodyCode=*&background=false";
        var hwmBefore = Memory(server.ProcessId, "VmHWM");
        // The peak is reset (Linux: "5" to clear_refs) so that the peak read afterwards is the export's, not the report's.
        await File.WriteAllTextAsync($"/proc/{server.ProcessId}/clear_refs", "5");
        var rssBefore = Memory(server.ProcessId, "VmRSS");
        var watch = Stopwatch.StartNew();
        using (var response = await http.GetAsync(export, HttpCompletionOption.ResponseHeadersRead))
        {
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"export: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            await using var stream = await response.Content.ReadAsStreamAsync();
            var head = new byte[2];
            await stream.ReadExactlyAsync(head);
            var bytes = 2L;
            var buffer = new byte[1 << 16];
            int n;
            while ((n = await stream.ReadAsync(buffer)) > 0)
                bytes += n;
            watch.Stop();
            var peak = Memory(server.ProcessId, "VmHWM");
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"export {Iso(from)}..{Iso(last)} (about {exportRows:N0} letters) as .xlsx: {watch.Elapsed.TotalSeconds:F1} s, {bytes / 1048576.0:F1} MB, starts with '{(char)head[0]}{(char)head[1]}'; server RSS before {rssBefore} MB (peak before {hwmBefore} MB), peak during the export {peak} MB: the export's own share {peak - rssBefore} MB"));
        }
        return 0;
    }

    // Each figure counted alone as its drill-down list counts it (its predicate in a WHERE over the scope), then the
    // aggregate of every figure as one query: where the report's time goes, figure by figure.
    private static async Task FiguresAsync(BenchDatabase database, ReportPeriod period, bool sql, TextWriter output)
    {
        await using var db = database.CreateContext();
        // Only the figures' queries are used here, not ReportAsync (whose parts on SQLite need the app's services).
        using var services = new ServiceCollection().BuildServiceProvider();
        var statistics = new PetitionStatistics(db, TimeProvider.System, new OwnConnections(services.GetRequiredService<IServiceScopeFactory>()));
        var scope = new ReportScope(null, null, "province", period);
        var figures = statistics.Figures();
        foreach (var figure in figures)
        {
            var started = Stopwatch.GetTimestamp();
            var count = await statistics.Letters(scope, figure).CountAsync();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {figure.Code,-28} {count,9:N0}  {Stopwatch.GetElapsedTime(started).TotalMilliseconds,7:F0} ms"));
        }
        var start = Stopwatch.GetTimestamp();
        var query = statistics.ReportQuery(scope, figures);
        if (sql)
            await output.WriteLineAsync(query.ToQueryString());
        _ = await query.ToListAsync();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  the {figures.Count} figures in one aggregate: {Stopwatch.GetElapsedTime(start).TotalMilliseconds:F0} ms"));
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Resident memory of the server process, from Linux /proc (kB → MB).
    private static long Memory(int pid, string field) =>
        long.Parse(File.ReadLines($"/proc/{pid}/status").Single(l => l.StartsWith(field + ":", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
}
