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

    /// <summary>Reads the letters registered since the last read (all of them the first time) into the index.</summary>
    public async Task<int> SyncAsync(CancellationToken ct)
    {
        await _sync.WaitAsync(ct);
        try
        {
            // One streamed read of the letters; their senders are read in batches on a second connection.
            await using var scope = scopes.CreateAsyncScope();
            await using var sendersScope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var senders = sendersScope.ServiceProvider.GetRequiredService<PetitionSenders>();
            var q = db.Petitions.AsNoTracking();
            if (_seenUntil - Overlap is { } from)
                q = q.Where(p => p.RegisteredAt >= from);
            var rows = q.Select(p => new Row(p.Id, p.CaseId, p.ReceivingBodyId, p.ReceivedOn, p.Subject, p.Content, p.RegisteredAt))
                .AsAsyncEnumerable();
            var pending = new List<Row>(Batch);
            var seen = _seenUntil;
            var added = 0;
            await foreach (var row in rows.WithCancellation(ct))
            {
                if (seen is null || row.RegisteredAt > seen)
                    seen = row.RegisteredAt;
                if (Index.Contains(row.Id))
                    continue;
                pending.Add(row);
                if (pending.Count == Batch)
                    added += await AddAsync(pending, senders, ct);
            }
            added += await AddAsync(pending, senders, ct);
            _seenUntil = seen;
            return added;
        }
        finally
        {
            _sync.Release();
        }
    }

    private async Task<int> AddAsync(List<Row> rows, PetitionSenders senders, CancellationToken ct)
    {
        if (rows.Count == 0)
            return 0;
        var people = await senders.ForMatchingAsync([.. rows.Select(p => p.Id)], ct);
        foreach (var p in rows)
        {
            Index.Add(new IndexedLetter(p.Id, p.CaseId, p.ReceivingBodyId, p.ReceivedOn),
                DuplicateFingerprint.Of(new DuplicateLetter(p.Subject, p.Content, [.. people[p.Id]])));
        }
        var count = rows.Count;
        rows.Clear();
        return count;
    }

    private sealed record Row(Guid Id, Guid CaseId, Guid ReceivingBodyId, DateOnly ReceivedOn, string Subject, string Content, DateTimeOffset RegisteredAt);

    public override void Dispose()
    {
        _sync.Dispose();
        Index.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Duplicate index built: {Letters} letters in {Seconds:0.0} s")]
    private static partial void LogBuilt(ILogger logger, int letters, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Duplicate index could not read the letters")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
