using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PhoiHop.Common;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Security;

namespace PhoiHop.Bench.Load;

/// <summary>
/// <c>petitions-load</c>: adds <c>--count</c> generated petitions straight into the tables (PostgreSQL binary COPY,
/// SQLite prepared INSERTs), with their matters, histories and encrypted senders, spread over the demo bodies with
/// <c>--main-share</c> of them (default 0.5, plus the generator's own share) going to MTTQ-TN. One thread generates and
/// encrypts while another writes. The audit log is bypassed: bulk rows have no audit entries and no tracked deadlines
/// (their DueOn is set directly).
/// </summary>
internal static class BulkLoad
{
    public static async Task<int> RunAsync(LoadOptions options, TextWriter output)
    {
        var database = BenchDatabase.From(options);
        var count = options.Int("count", 100_000);
        var batchSize = options.Int("batch", 10_000);
        var seed = options.Int("seed", 4);
        var mainShare = options.Double("main-share", 0.5);
        if (options.Flag("fresh"))
            await database.DropAsync();

        // The schema and the demo province come from the app itself (migrations and seed at start).
        await using (await AppServer.StartAsync(database, options.Int("port", 0), output))
        {
        }

        Dictionary<string, (Guid Id, BodyKind Kind)> bodies;
        Dictionary<Guid, (Guid Id, string Name)[]> staff;
        await using (var db = database.CreateContext())
        {
            bodies = await db.Bodies.AsNoTracking().Where(b => b.ValidTo == null).ToDictionaryAsync(b => b.Code, b => (b.Id, b.Kind));
            staff = (await db.Users.AsNoTracking().Select(u => new { u.Id, u.FullName, u.BodyId }).ToListAsync())
                .GroupBy(u => u.BodyId).ToDictionary(g => g.Key, g => g.Select(u => (u.Id, u.FullName)).ToArray());
        }
        var codes = (await database.ColumnAsync("SELECT \"TrackingCode\" FROM \"Petitions\"")).ToHashSet();
        var before = await database.ScalarAsync("SELECT COUNT(*) FROM \"Petitions\"");
        // --total N: top the table up to N petitions (what is there from intake runs counts).
        if (options.Optional("total") is not null)
            count = (int)Math.Max(0, options.Int("total", 0) - before);
        var cipher = new PersonalDataCipher(Options.Create(new ProtectionOptions
        {
            Keys = { [AppServer.KeyId] = AppServer.Key },
            CurrentKey = AppServer.KeyId,
            IndexKey = AppServer.IndexKey,
        }));
        var today = Display.VietnamToday(TimeProvider.System);
        var factory = new BulkPetitionFactory(seed, today, IntakeLoad.BodyCode, mainShare, bodies, staff, codes, cipher);

        await output.WriteLineAsync($"Loading {count:N0} petitions into {database} ({before:N0} there already), batches of {batchSize:N0}");
        var started = Stopwatch.StartNew();
        var queue = Channel.CreateBounded<List<BulkPetition>>(2);
        var producer = Task.Run(async () =>
        {
            for (var done = 0; done < count;)
            {
                var size = Math.Min(batchSize, count - done);
                var batch = new List<BulkPetition>(size);
                for (var i = 0; i < size; i++)
                    batch.Add(factory.Next());
                await queue.Writer.WriteAsync(batch);
                done += size;
            }
            queue.Writer.Complete();
        });
        if (options.Flag("generate-only"))
        {
            // Measures the producer alone (generation and encryption), to tell it from the database's share of a load.
            var generated = 0;
            await foreach (var batch in queue.Reader.ReadAllAsync())
                generated += batch.Count;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"generated {generated:N0} petitions in {started.Elapsed.TotalSeconds:F1} s ({generated / started.Elapsed.TotalSeconds:N0}/s), nothing written"));
            return 0;
        }
        await using (IBulkWriter writer = database.IsPostgres
            ? await PostgresBulkWriter.OpenAsync(database.ConnectionString)
            : await SqliteBulkWriter.OpenAsync(database.ConnectionString))
        {
            var written = 0;
            var lastReport = Stopwatch.StartNew();
            await foreach (var batch in queue.Reader.ReadAllAsync())
            {
                await writer.WriteAsync(batch, CancellationToken.None);
                written += batch.Count;
                if (lastReport.Elapsed > TimeSpan.FromSeconds(15) || written == count)
                {
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"  {written,10:N0} petitions  {started.Elapsed.TotalSeconds,7:F1} s  {written / started.Elapsed.TotalSeconds,8:N0}/s"));
                    lastReport.Restart();
                }
            }
        }
        await producer;
        var loaded = started.Elapsed;

        // PostgreSQL's autovacuum would analyse and vacuum after such an insert anyway; do it now so that the queries
        // see the steady state. The app never runs ANALYZE on SQLite, so neither does the loader (unless --analyze).
        var analyse = Stopwatch.StartNew();
        if (database.IsPostgres)
            await database.ExecuteAsync("VACUUM (ANALYZE)");
        else if (options.Flag("analyze"))
            await database.ExecuteAsync("ANALYZE");
        analyse.Stop();

        var after = await database.ScalarAsync("SELECT COUNT(*) FROM \"Petitions\"");
        var mainId = database.GuidLiteral(bodies[IntakeLoad.BodyCode].Id);
        var todayLiteral = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var main = await database.ScalarAsync($"SELECT COUNT(*) FROM \"Petitions\" WHERE \"ReceivingBodyId\" = {mainId}");
        var open = await database.ScalarAsync($"SELECT COUNT(*) FROM \"Petitions\" WHERE \"ReceivingBodyId\" = {mainId} AND \"DueOn\" IS NOT NULL");
        var overdue = await database.ScalarAsync(
            $"SELECT COUNT(*) FROM \"Petitions\" WHERE \"ReceivingBodyId\" = {mainId} AND \"DueOn\" < '{todayLiteral}'");
        var transitions = await database.ScalarAsync("SELECT COUNT(*) FROM \"PetitionTransitions\"");
        var senders = await database.ScalarAsync("SELECT COUNT(*) FROM \"PetitionSenders\"");
        var size = database.IsPostgres
            ? await database.ScalarAsync("SELECT pg_database_size(current_database())")
            : new FileInfo(database.SqliteFile).Length + (File.Exists(database.SqliteFile + "-wal") ? new FileInfo(database.SqliteFile + "-wal").Length : 0);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""

            == petitions-load on {database}
            loaded      {count:N0} petitions in {loaded.TotalSeconds:F1} s ({count / loaded.TotalSeconds:N0}/s){(database.IsPostgres ? $", then VACUUM ANALYZE {analyse.Elapsed.TotalSeconds:F1} s" : "")}
            petitions   {after:N0} in all; {IntakeLoad.BodyCode}: {main:N0}, of which open (DueOn set) {open:N0} and overdue {overdue:N0}
            rows        transitions {transitions:N0}, senders {senders:N0}
            flags       {factory.FlagsTrimmed:N0} letters had flags too long for the 48-character column (trimmed to fit)
            size        {size / 1024.0 / 1024:N0} MiB
            """));
        return after - before == count ? 0 : 1;
    }
}
