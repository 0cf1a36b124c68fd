using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using PhoiHop.Features.Search;

namespace PhoiHop.Bench.Load;

/// <summary>
/// <c>search</c> (issue #6): latency of <c>GET /api/v1/search</c> as mttq.tiepdan over whatever the database holds, for
/// one and two words, with and without diacritics (the same words folded). Each class cycles through its words for
/// <c>--requests</c> requests (or <c>--seconds</c>) after a warm-up of every query.
/// </summary>
internal static class SearchLoad
{
    private static readonly (string Name, string[] Queries)[] Classes =
    [
        ("one word, diacritics", ["khiếu", "đất", "bồi", "nhiễm", "lương", "đường", "hộ", "trợ"]),
        ("two words, diacritics", ["khiếu nại", "thu hồi", "bồi thường", "ô nhiễm", "cán bộ", "chế độ", "giải phóng", "trợ cấp"]),
    ];

    public static async Task<int> RunAsync(LoadOptions options, TextWriter output)
    {
        var database = BenchDatabase.From(options);
        var requests = options.Int("requests", 200);
        var seconds = options.Int("seconds", 30);
        var warmupSeconds = options.Int("warmup-seconds", 30);
        await using var server = await AppServer.StartAsync(database, options.Int("port", 0), output);
        var token = await AppServer.CreateTokenAsync(database, IntakeLoad.Login);
        var total = await database.ScalarAsync("SELECT COUNT(*) FROM \"Petitions\"");
        var documents = await database.ScalarAsync("SELECT COUNT(*) FROM \"PetitionSearchDocuments\"");
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = server.BaseAddress,
            Timeout = TimeSpan.FromMinutes(2),
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var classes = Classes.SelectMany(c => new[]
        {
            (Name: c.Name, Queries: c.Queries),
            (Name: c.Name.Replace("diacritics", "no diacritics", StringComparison.Ordinal), Queries: c.Queries.Select(SearchText.Fold).ToArray()),
        }).ToList();
        var until = Stopwatch.GetTimestamp() + (warmupSeconds * Stopwatch.Frequency);
        do
        {
            foreach (var q in classes.SelectMany(c => c.Queries))
                (await http.GetAsync(Path(q))).Dispose();
        }
        while (Stopwatch.GetTimestamp() < until);

        var lines = new List<string>();
        foreach (var (name, queries) in classes)
        {
            var latencies = new Latencies();
            var totals = new Dictionary<string, int>();
            var failures = 0;
            var deadline = Stopwatch.GetTimestamp() + (seconds * Stopwatch.Frequency);
            for (var i = 0; i < requests && (i < queries.Length * 3 || Stopwatch.GetTimestamp() < deadline); i++)
            {
                var q = queries[i % queries.Length];
                var start = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(Path(q));
                var body = await response.Content.ReadAsByteArrayAsync();
                latencies.Add(start, Stopwatch.GetTimestamp());
                if (!response.IsSuccessStatusCode)
                {
                    failures++;
                    continue;
                }
                if (!totals.ContainsKey(q))
                {
                    using var doc = JsonDocument.Parse(body);
                    totals[q] = doc.RootElement.GetProperty("total").GetInt32();
                }
            }
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{name,-26} {latencies.Summary()} failures={failures} matches {string.Join(", ", totals.Select(t => $"{t.Key}={t.Value:N0}"))}");
            lines.Add(line);
            await output.WriteLineAsync(line);
        }
        await output.WriteLineAsync($"""

            == search on {database}, {total:N0} petitions, {documents:N0} search documents, as {IntakeLoad.Login}
            {string.Join(Environment.NewLine, lines)}
            """);
        return 0;
    }

    private static string Path(string q) => "/api/v1/search?q=" + Uri.EscapeDataString(q);
}
