using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using PhoiHop.Infrastructure.Data.Seed;

namespace PhoiHop.Bench.Load;

/// <summary>
/// <c>petitions-queries</c>: latency of the work queues and of one petition over whatever the database holds, as
/// mttq.tiepdan (API token, and a signed-in cookie for the HTML page). Each endpoint gets a few warm-up requests, then
/// <c>--requests</c> (or <c>--seconds</c>, whichever ends first) from <c>--clients</c> clients at once.
/// </summary>
internal static partial class QueryLoad
{
    private const int MinSamples = 5;

    public static async Task<int> RunAsync(LoadOptions options, TextWriter output)
    {
        var database = BenchDatabase.From(options);
        var requests = options.Int("requests", 200);
        var seconds = options.Int("seconds", 20);
        var clients = options.Int("clients", 1);
        var warmup = options.Int("warmup", 10);
        // All endpoints in turn first, long enough for the app's JIT to tier up (about 45 s after start, see IntakeLoad).
        var warmupSeconds = options.Int("warmup-seconds", 45);
        var only = options.Optional("only");

        await using var server = await AppServer.StartAsync(database, options.Int("port", 0), output);
        var token = await AppServer.CreateTokenAsync(database, IntakeLoad.Login);
        var total = await database.ScalarAsync("SELECT COUNT(*) FROM \"Petitions\"");
        var bodyId = (await database.ColumnAsync($"SELECT \"Id\" FROM \"Bodies\" WHERE \"Code\" = '{IntakeLoad.BodyCode}'")).Single();
        var ids = await database.ColumnAsync(
            $"SELECT \"Id\" FROM \"Petitions\" WHERE \"ReceivingBodyId\" = '{bodyId}' ORDER BY random() LIMIT 1000");
        if (ids.Count == 0)
            throw new InvalidOperationException("No petition of MTTQ-TN: run petitions-load or petitions-intake first.");
        var cookies = await SignInAsync(server.BaseAddress, IntakeLoad.Login, DemoProvinceSeeder.DemoPassword);
        await output.WriteLineAsync($"{total:N0} petitions stored; {clients} client(s), {warmup} warm-up then up to {requests} requests or {seconds} s per endpoint");

        var random = new Random(7);
        (string Name, Func<string> Path, bool Cookie)[] endpoints =
        [
            ("GET /api/v1/petitions?queue=Body", () => "/api/v1/petitions?queue=Body", false),
            ("GET /api/v1/petitions?queue=Overdue", () => "/api/v1/petitions?queue=Overdue", false),
            ("GET /api/v1/petitions?queue=Body&sort=DueAsc", () => "/api/v1/petitions?queue=Body&sort=DueAsc", false),
            ("GET /api/v1/petitions?queue=Overdue&sort=DueAsc", () => "/api/v1/petitions?queue=Overdue&sort=DueAsc", false),
            ("GET /api/v1/petitions?queue=Body&page=100", () => "/api/v1/petitions?queue=Body&page=100", false),
            ("GET /Petitions (HTML, cookie)", () => "/Petitions", true),
            ("GET /api/v1/petitions/{id}", () => $"/api/v1/petitions/{ids[random.Next(ids.Count)].ToLowerInvariant()}", false),
        ];

        using (var warm = Client(server.BaseAddress, null, token))
        using (var warmPage = Client(server.BaseAddress, cookies, null))
        {
            var until = Stopwatch.GetTimestamp() + (warmupSeconds * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < until)
            {
                foreach (var (_, path, cookie) in endpoints)
                    (await (cookie ? warmPage : warm).GetAsync(path())).Dispose();
            }
        }

        var lines = new List<string>();
        foreach (var (name, path, cookie) in endpoints)
        {
            if (only is not null && !name.Contains(only, StringComparison.OrdinalIgnoreCase))
                continue;
            var latencies = new Latencies();
            var statuses = new Dictionary<HttpStatusCode, int>();
            long bytes = 0;
            string? listTotal = null;
            var next = 0;
            using (var warm = Client(server.BaseAddress, cookie ? cookies : null, cookie ? null : token))
            {
                // A few requests of this endpoint alone first (at most half the measuring time: some take seconds at 1M).
                var warmUntil = Stopwatch.GetTimestamp() + (seconds * Stopwatch.Frequency / 2);
                for (var i = 0; i < warmup && Stopwatch.GetTimestamp() < warmUntil; i++)
                    (await warm.GetAsync(path())).Dispose();
            }
            var deadline = Stopwatch.GetTimestamp() + (seconds * Stopwatch.Frequency);
            var cpu = new CpuMeter(server, database.IsPostgres ? options.String("pgdata", "/tmp/benchpg/data") : null);
            await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
            {
                using var http = Client(server.BaseAddress, cookie ? cookies : null, cookie ? null : token);
                // Until --requests or --seconds, but never fewer than MinSamples per endpoint.
                int n;
                while ((n = Interlocked.Increment(ref next)) <= requests && (n <= MinSamples || Stopwatch.GetTimestamp() < deadline))
                {
                    var start = Stopwatch.GetTimestamp();
                    using var response = await http.GetAsync(path());
                    var body = await response.Content.ReadAsByteArrayAsync();
                    var end = Stopwatch.GetTimestamp();
                    lock (latencies)
                    {
                        latencies.Add(start, end);
                        statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
                        bytes += body.Length;
                        if (listTotal is null && !cookie && response.IsSuccessStatusCode && body.Length > 0 && body[0] == (byte)'{')
                        {
                            using var doc = JsonDocument.Parse(body);
                            if (doc.RootElement.TryGetProperty("total", out var t))
                                listTotal = t.GetInt32().ToString("N0", CultureInfo.InvariantCulture);
                        }
                    }
                }
            })));
            var use = cpu.Measure();
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{name,-52} {latencies.Summary()}  [{string.Join(",", statuses.Select(s => $"{(int)s.Key}x{s.Value}"))}] {bytes / Math.Max(1, latencies.Count) / 1024.0:F1} KiB{(listTotal is null ? "" : $" total={listTotal}")} cpu/req app {use.App * 1000 / Math.Max(1, latencies.Count):F1} ms db {use.Database * 1000 / Math.Max(1, latencies.Count):F1} ms, others {use.Others / use.Wall:F2} cores");
            lines.Add(line);
            await output.WriteLineAsync(line);
        }

        await output.WriteLineAsync($"""

            == petitions-queries on {database}, {total:N0} petitions
            {string.Join(Environment.NewLine, lines)}
            """);
        return 0;
    }

    private static HttpClient Client(Uri baseAddress, CookieContainer? cookies, string? token)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan, AllowAutoRedirect = false };
        if (cookies is not null)
        {
            handler.CookieContainer = cookies;
            handler.UseCookies = true;
        }
        var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        if (token is not null)
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>Signs in through the login form (antiforgery token included) and returns the cookies.</summary>
    private static async Task<CookieContainer> SignInAsync(Uri baseAddress, string login, string password)
    {
        var cookies = new CookieContainer();
        using var http = Client(baseAddress, cookies, null);
        var page = await http.GetStringAsync("/Account/Login");
        var antiforgery = AntiforgeryField().Match(page);
        if (!antiforgery.Success)
            throw new InvalidOperationException("No antiforgery token on the login page.");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.UserName"] = login,
            ["Form.Password"] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery.Groups[1].Value),
        });
        using var response = await http.PostAsync("/Account/Login", form);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {login} answered {(int)response.StatusCode}.");
        return cookies;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
