using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Features.Petitions.Duplicates;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Petitions.Cases;

/// <summary>
/// The duplicate index of this node (issue #5 item 6): built from the database at start, then kept current by the
/// letters this node registers (at once) and by reading, every <see cref="PollInterval"/>, the letters any node
/// registered since it last looked, so that several app nodes agree within seconds. Nothing is rebuilt nightly.
/// </summary>
public sealed partial class DuplicateIndexHost(IServiceScopeFactory scopes, ILogger<DuplicateIndexHost> log) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    // A letter committed a little after a later-stamped one is still read: registration instants within this margin of
    // the last one seen are read again (those already indexed are skipped).
    private static readonly TimeSpan Overlap = TimeSpan.FromSeconds(10);
    private const int Batch = 1_000;

    private readonly SemaphoreSlim _sync = new(1, 1);
    private DateTimeOffset? _seenUntil;

    public DuplicateIndex Index { get; } = new();

    /// <summary>False until the first full read of the database is done; candidates found before may be incomplete.</summary>
    public bool IsReady { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var added = await SyncAsync(stoppingToken);
            IsReady = true;
            LogBuilt(log, added, Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(log, e);
        }
        using var timer = new PeriodicTimer(PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SyncAsync(stoppingToken);
                IsReady = true;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(log, e);
            }
        }
    }

    /// <summary>
    /// Reads the letters registered since the last read (all of them the first time) into the index: a letter whose
    /// stored fingerprint is current is added from its bytes; the others (no row, another <see cref="DuplicateFingerprint.Algorithm"/>,
    /// another index key) are fingerprinted again from their texts and senders, on every core, and their rows written.
    /// </summary>
    public async Task<int> SyncAsync(CancellationToken ct)
    {
        await _sync.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var keyTag = scope.ServiceProvider.GetRequiredService<PetitionSenders>().FingerprintKeyTag;
            var q = db.Petitions.AsNoTracking();
            if (_seenUntil - Overlap is { } from)
                q = q.Where(p => p.RegisteredAt >= from);
            // One streamed read of the letters with their stored fingerprints (only the current ones are sent back).
            var rows = (from p in q
                        join f in db.Set<PetitionFingerprint>() on p.Id equals f.PetitionId into stored
                        from f in stored.DefaultIfEmpty()
                        select new Row(p.Id, p.CaseId, p.ReceivingBodyId, p.ReceivedOn, p.RegisteredAt,
                            f != null && f.Algorithm == DuplicateFingerprint.Algorithm && f.KeyTag == keyTag ? f.Bytes : null,
                            f != null))
                .AsAsyncEnumerable();
            var stale = new List<Row>();
            var seen = _seenUntil;
            var added = 0;
            await foreach (var row in rows.WithCancellation(ct))
            {
                if (seen is null || row.RegisteredAt > seen)
                    seen = row.RegisteredAt;
                if (Index.Contains(row.Id))
                    continue;
                if (row.Bytes is { } bytes && TryRead(bytes) is { } fingerprint)
                {
                    Index.Add(row.Letter, fingerprint);
                    added++;
                }
                else
                {
                    stale.Add(row with { Bytes = null });
                }
            }
            // The stream is closed before anything is written (one SQLite writer, no reader held open).
            for (var at = 0; at < stale.Count; at += Batch)
                added += await RecomputeAsync(stale.GetRange(at, Math.Min(Batch, stale.Count - at)), keyTag, ct);
            _seenUntil = seen;
            return added;
        }
        finally
        {
            _sync.Release();
        }
    }

    private static DuplicateFingerprint? TryRead(byte[] bytes)
    {
        try
        {
            return DuplicateFingerprint.FromBytes(bytes);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private async Task<int> RecomputeAsync(List<Row> rows, int keyTag, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var senders = scope.ServiceProvider.GetRequiredService<PetitionSenders>();
        var ids = rows.Select(r => r.Id).ToList();
        var texts = await db.Petitions.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Subject, p.Content }).ToDictionaryAsync(p => p.Id, ct);
        var people = await senders.ForMatchingAsync(ids, ct);
        var fingerprints = new DuplicateFingerprint?[rows.Count];
        // Fingerprinting is ~100 µs of CPU a letter: a million letters want every core.
        Parallel.For(0, rows.Count, new ParallelOptions { CancellationToken = ct }, i =>
        {
            if (texts.TryGetValue(rows[i].Id, out var t))
                fingerprints[i] = senders.Fingerprint(t.Subject, t.Content, [.. people[t.Id]]);
        });
        var written = new List<PetitionFingerprint>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (fingerprints[i] is not { } fingerprint)
                continue;   // deleted since the first read
            Index.Add(rows[i].Letter, fingerprint);
            written.Add(new PetitionFingerprint(rows[i].Id, keyTag, fingerprint));
        }
        try
        {
            var outdated = rows.Where(r => r.HasStored).Select(r => r.Id).ToList();
            if (outdated.Count > 0)
                await db.Set<PetitionFingerprint>().Where(f => outdated.Contains(f.PetitionId)).ExecuteDeleteAsync(ct);
            db.AddRange(written);
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
        {
            // Another node wrote the same rows first, or a letter was deleted: the index is right either way, and a row
            // missing here is recomputed at the next start.
            LogNotStored(log, written.Count, e);
        }
        return written.Count;
    }

    private sealed record Row(Guid Id, Guid CaseId, Guid ReceivingBodyId, DateOnly ReceivedOn, DateTimeOffset RegisteredAt, byte[]? Bytes, bool HasStored)
    {
        public IndexedLetter Letter => new(Id, CaseId, ReceivingBodyId, ReceivedOn);
    }

    public override void Dispose()
    {
        _sync.Dispose();
        Index.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Duplicate index built: {Letters} letters in {Seconds:0.0} s")]
    private static partial void LogBuilt(ILogger logger, int letters, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Duplicate fingerprints of {Letters} letters were not stored; they are recomputed at the next start")]
    private static partial void LogNotStored(ILogger logger, int letters, Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Duplicate index could not read the letters")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
