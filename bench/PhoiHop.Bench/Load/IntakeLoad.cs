using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using PhoiHop.Common;
using PhoiHop.Features.Petitions;
using PhoiHop.Features.Petitions.Generation;

namespace PhoiHop.Bench.Load;

/// <summary>
/// <c>petitions-intake</c>: N clients, each with its own HttpClient and connection, post generated letters to
/// <c>POST /api/v1/petitions</c> as fast as the app answers, for a warm-up and then a measured window. Afterwards the
/// app is killed (SIGKILL, no graceful shutdown) and every acknowledged letter is looked up in the database.
/// With <c>--queued</c> the clients send <c>Prefer: respond-async</c>: a 202 is acknowledged, the letter is found in the
/// letters or the inbox after the kill, and the app is started again to time the inbox's drain.
/// </summary>
internal static class IntakeLoad
{
    public const string Login = "mttq.tiepdan";
    public const string BodyCode = "MTTQ-TN";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    // The bench turns the app's jobs off; the inbox's worker is what a queued letter needs to become a letter.
    private static readonly Dictionary<string, string> InboxWorker = new() { ["Petitions__Inbox__Worker"] = "true" };

    public static async Task<int> RunAsync(LoadOptions options, TextWriter output)
    {
        var database = BenchDatabase.From(options);
        var clients = options.Int("clients", 8);
        var seconds = options.Int("seconds", 30);
        // The app tiers its JIT code up for about 45 s after start on this machine (dotnet-counters: 3,000 methods and
        // 6 s of JIT per 10 s, then almost none); measuring earlier measures the JIT.
        var warmup = options.Int("warmup", 60);
        var queued = options.Flag("queued");
        var acknowledged = queued ? HttpStatusCode.Accepted : HttpStatusCode.Created;
        if (options.Flag("fresh"))
            await database.DropAsync();

        var server = await AppServer.StartAsync(database, options.Int("port", 0), output, queued ? InboxWorker : null);
        var token = await AppServer.CreateTokenAsync(database, Login);
        var payloads = Payloads(options.Int("letters", 10_000), options.Int("seed", 20261127));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{payloads.Length} distinct letters to {BodyCode} ({payloads.Average(p => p.Length) / 1024:F1} KiB of JSON on average), {clients} clients, {warmup} s warm-up + {seconds} s measured"));
        var before = await database.ScalarAsync("SELECT COUNT(*) FROM \"Petitions\"");

        var next = -1;
        var begin = Stopwatch.GetTimestamp();
        var measureFrom = begin + (warmup * Stopwatch.Frequency);
        var measureTo = measureFrom + (seconds * Stopwatch.Frequency);
        CpuMeter? cpu = null;
        var cpuStarter = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(warmup));
            cpu = new CpuMeter(server, database.IsPostgres ? options.String("pgdata", "/tmp/benchpg/data") : null);
        });

        var results = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            var result = new ClientResult();
            using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
            {
                BaseAddress = server.BaseAddress,
                Timeout = TimeSpan.FromSeconds(60),
            };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (queued)
                http.DefaultRequestHeaders.Add("Prefer", "respond-async");
            while (true)
            {
                var start = Stopwatch.GetTimestamp();
                if (start >= measureTo)
                    break;
                var payload = payloads[Interlocked.Increment(ref next) % payloads.Length];
                using var content = new ByteArrayContent(payload);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                try
                {
                    using var response = await http.PostAsync("/api/v1/petitions", content);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    var end = Stopwatch.GetTimestamp();
                    var measured = start >= measureFrom;
                    result.Count(response.StatusCode);
                    if (response.StatusCode == acknowledged)
                    {
                        using var doc = JsonDocument.Parse(body);
                        result.Ids.Add(doc.RootElement.GetProperty("id").GetGuid());
                        if (measured)
                            result.Latencies.Add(start, end);
                    }
                    else if (result.Errors.Count < 3)
                    {
                        result.Errors.Add($"{(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
                    }
                }
                catch (HttpRequestException e)
                {
                    result.Failures++;
                    if (result.Errors.Count < 3)
                        result.Errors.Add(e.Message);
                }
                catch (TaskCanceledException e)
                {
                    result.Failures++;
                    if (result.Errors.Count < 3)
                        result.Errors.Add(e.Message);
                }
            }
            return result;
        })));
        var cpuUse = cpu?.Measure();
        await cpuStarter;

        // Acknowledged means stored: kill the app without letting it flush anything, then count.
        server.Kill();
        await server.DisposeAsync();

        var latencies = new Latencies();
        foreach (var r in results)
            latencies.AddRange(r.Latencies);
        var ids = results.SelectMany(r => r.Ids).ToList();
        var created = ids.Count;
        var statuses = results.SelectMany(r => r.Statuses).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Sum(s => s.Value));
        var waiting = queued ? await database.ScalarAsync("SELECT COUNT(*) FROM \"PetitionInbox\"") : 0;
        var after = await database.ScalarAsync("SELECT COUNT(*) FROM \"Petitions\"") + waiting;
        var found = await CountFoundAsync(database, ids, queued);

        var measuredCreated = latencies.Count;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""

            == petitions-intake on {database}
            clients {clients}, measured {seconds} s after {warmup} s warm-up
            throughput  {measuredCreated / (double)seconds:F0} petitions/s ({(int)acknowledged} in the measured window: {measuredCreated})
            latency     {latencies.Summary()}
            statuses    {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key}: {s.Value}"))}; transport failures {results.Sum(r => r.Failures)}
            cpu         {cpuUse?.Describe(measuredCreated)}
            durability  {(int)acknowledged}s in the whole run {created}; rows added {after - before} (before {before}, after {after}{(queued ? $", of which {waiting} still in the inbox" : "")}); acknowledged ids found {found}/{created} -> {(after - before == created && found == created ? "OK" : "MISMATCH")}
            """));
        foreach (var error in results.SelectMany(r => r.Errors).Take(5))
            await output.WriteLineAsync("  error: " + error);
        var ok = after - before == created && found == created;
        if (queued && ok)
            ok = await DrainAsync(database, options, ids, waiting, output);
        return ok ? 0 : 1;
    }

    private static async Task<long> CountFoundAsync(BenchDatabase database, List<Guid> ids, bool inboxToo)
    {
        var found = 0L;
        foreach (var chunk in ids.Chunk(500))
        {
            var list = string.Join(',', chunk.Select(database.GuidLiteral));
            found += await database.ScalarAsync($"SELECT COUNT(*) FROM \"Petitions\" WHERE \"Id\" IN ({list})");
            if (inboxToo)
                found += await database.ScalarAsync($"SELECT COUNT(*) FROM \"PetitionInbox\" WHERE \"Id\" IN ({list})");
        }
        return found;
    }

    /// <summary>Starts the app again after the kill and times how long it takes to register what waited in the inbox.</summary>
    private static async Task<bool> DrainAsync(BenchDatabase database, LoadOptions options, List<Guid> ids, long waiting, TextWriter output)
    {
        var server = await AppServer.StartAsync(database, options.Int("port", 0), output, InboxWorker);
        var clock = Stopwatch.StartNew();
        var cpuBefore = server.CpuTime;
        long left;
        while ((left = await database.ScalarAsync("SELECT COUNT(*) FROM \"PetitionInbox\"")) > 0 && clock.Elapsed < TimeSpan.FromMinutes(30))
            await Task.Delay(500);
        var seconds = clock.Elapsed.TotalSeconds;
        var cpu = (server.CpuTime - cpuBefore).TotalMilliseconds;
        server.Kill();
        await server.DisposeAsync();
        var registered = await CountFoundAsync(database, ids, inboxToo: false);
        var ok = left == 0 && registered == ids.Count;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
            drain       {waiting} letters waited at the kill; after a restart the inbox was empty in {seconds:F1} s ({waiting / Math.Max(seconds, 0.001):F0} letters/s, app CPU {cpu / Math.Max(waiting, 1):F1} ms a letter); acknowledged ids now registered {registered}/{ids.Count} -> {(ok ? "OK" : "MISMATCH")}
            """));
        return ok;
    }

    /// <summary>Letters the generator addresses to the token's body, as the API's JSON, serialised before the run.</summary>
    private static byte[][] Payloads(int count, int seed)
    {
        var today = Display.VietnamToday(TimeProvider.System);
        var generator = new PetitionGenerator(seed, today.AddYears(-1), today);
        var payloads = new List<byte[]>(count);
        while (payloads.Count < count)
        {
            var g = generator.Next();
            if (g.BodyCode != BodyCode)
                continue;
            payloads.Add(JsonSerializer.SerializeToUtf8Bytes(Submission(g), Json));
        }
        return [.. payloads];
    }

    public static PetitionSubmission Submission(GeneratedPetition g) => new()
    {
        ReceivingBodyCode = g.BodyCode,
        Channel = g.Channel,
        ReceivedOn = g.ReceivedOn,
        Kind = g.Kind,
        FieldCode = g.FieldCode,
        Subject = g.Subject,
        Content = g.Content,
        Senders = [.. g.Senders.Select(s => new SenderSubmission
        {
            FullName = s.FullName,
            IdNumber = s.CitizenId,
            Phone = s.Phone,
            Address = s.Address,
            IsRepresentative = g.SenderCount >= PetitionOrigin.MultiPersonFrom,
        })],
        SenderCount = g.SenderCount,
        Anonymous = g.IsAnonymous,
    };

    private sealed class ClientResult
    {
        public List<Guid> Ids { get; } = [];
        public Latencies Latencies { get; } = new();
        public Dictionary<HttpStatusCode, int> Statuses { get; } = [];
        public List<string> Errors { get; } = [];
        public int Failures { get; set; }

        public void Count(HttpStatusCode status) => Statuses[status] = Statuses.GetValueOrDefault(status) + 1;
    }
}
