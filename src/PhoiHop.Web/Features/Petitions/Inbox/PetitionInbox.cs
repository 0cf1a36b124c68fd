using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Petitions.Inbox;

/// <summary>
/// Registers the letters waiting in the inbox, oldest first (<see cref="PetitionInboxWorker"/> on every node with jobs
/// enabled, each claiming its batches; a reader asking for one letter by id registers it on the spot). Two registrations
/// of one entry are harmless: the second finds the letter already made and lets go. A failure leaves the entry, tried again later with a growing
/// pause; nothing accepted is dropped.
/// </summary>
public sealed partial class PetitionInbox(AppDbContext db, PetitionIntake intake, TimeProvider clock, ILogger<PetitionInbox> log)
{
    /// <summary>How long a letter may wait before the health check says the inbox is behind.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(10);

    /// <summary>How long a node's claim on a batch holds: long enough to register it, short enough that a crashed node's batch is soon taken up again.</summary>
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan LastRetry = TimeSpan.FromHours(1);

    private IQueryable<PetitionInboxEntry> Entries => db.Set<PetitionInboxEntry>();

    /// <summary>Registers the oldest letter that is due; the time it was accepted, or null when none is waiting.</summary>
    public async Task<DateTimeOffset?> RegisterNextAsync(CancellationToken ct)
    {
        var next = await ClaimAsync(1, ct);
        if (next.Count == 0)
            return null;
        await SettleAsync(next[0].Id, ct);
        return next[0].AcceptedAt;
    }

    /// <summary>
    /// Claims the oldest letters that are due (not waiting out a failure, not claimed by another node) for
    /// <see cref="ClaimFor"/>, so that two nodes' workers do not register the same letters; oldest first.
    /// </summary>
    public async Task<List<(Guid Id, DateTimeOffset AcceptedAt)>> ClaimAsync(int count, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await Due(now).OrderBy(e => e.AcceptedAt).Take(count).Select(e => e.Id).ToListAsync(ct);
        if (due.Count == 0)
            return [];
        var claim = Guid.NewGuid();
        var until = now + ClaimFor;
        await Due(now).Where(e => due.Contains(e.Id)).ExecuteUpdateAsync(s => s.SetProperty(e => e.ClaimedUntil, until).SetProperty(e => e.Claim, claim), ct);
        var claimed = await Entries.AsNoTracking().Where(e => e.Claim == claim).OrderBy(e => e.AcceptedAt)
            .Select(e => new { e.Id, e.AcceptedAt }).ToListAsync(ct);
        return [.. claimed.Select(e => (e.Id, e.AcceptedAt))];
    }

    private IQueryable<PetitionInboxEntry> Due(DateTimeOffset now) =>
        Entries.Where(e => (e.RetryAfter == null || e.RetryAfter <= now) && (e.ClaimedUntil == null || e.ClaimedUntil <= now));

    /// <summary>
    /// Registers the letter <paramref name="id"/> now if it waits in the inbox and is not waiting out a failure. True when
    /// the letter exists as a letter afterwards.
    /// </summary>
    public async Task<bool> SettleAsync(Guid id, CancellationToken ct)
    {
        var entry = await Entries.SingleOrDefaultAsync(e => e.Id == id, ct);
        // No entry: never queued, or registered meanwhile by the worker or another request.
        if (entry is null)
            return await db.Petitions.AnyAsync(p => p.Id == id, ct);
        // A client polling a letter that failed does not get it tried again at each look.
        return entry.RetryAfter is not { } after || after <= clock.GetUtcNow() ? await RegisterAsync(entry, ct) : false;
    }

    /// <summary>
    /// <see cref="SettleAsync"/> in a scope of its own: the registration acts (and is audited) as the letter's sender, and
    /// must not leave that on the caller's scope, whose next save is the caller's own.
    /// </summary>
    public static async Task<bool> SettleApartAsync(IServiceScopeFactory scopes, Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PetitionInbox>().SettleAsync(id, ct);
    }

    /// <summary>How many letters wait, and since when the oldest has.</summary>
    public async Task<(int Count, DateTimeOffset? Oldest, int Failing)> BacklogAsync(CancellationToken ct)
    {
        var count = await Entries.CountAsync(ct);
        if (count == 0)
            return (0, null, 0);
        // Registered meanwhile: null, not an exception.
        var oldest = await Entries.OrderBy(e => e.AcceptedAt).Select(e => (DateTimeOffset?)e.AcceptedAt).FirstOrDefaultAsync(ct);
        return (count, oldest, await Entries.CountAsync(e => e.Attempts > 0, ct));
    }

    private async Task<bool> RegisterAsync(PetitionInboxEntry entry, CancellationToken ct, int redraws = 0)
    {
        Exception failure;
        try
        {
            await intake.RegisterQueuedAsync(entry, ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            failure = e;
        }
        try
        {
            if (failure is DbUpdateException && await AfterConflictAsync(entry, redraws, ct) is { } settled)
                return settled;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            failure = e;
        }
        var wait = TimeSpan.FromTicks(Math.Min(LastRetry.Ticks, FirstRetry.Ticks << Math.Min(entry.Attempts, 16)));
        // The type only: a message could quote the letter.
        var error = failure.GetType().Name;
        LogFailed(error, entry.Id, entry.Attempts + 1, wait);
        var retryAfter = clock.GetUtcNow() + wait;
        await Entries.Where(x => x.Id == entry.Id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Attempts, x => x.Attempts + 1)
            .SetProperty(x => x.RetryAfter, retryAfter)
            .SetProperty(x => x.ClaimedUntil, (DateTimeOffset?)null)
            .SetProperty(x => x.LastError, error.Length > PetitionInboxEntry.ErrorLength ? error[..PetitionInboxEntry.ErrorLength] : error), ct);
        return false;
    }

    // After a conflict: another node or request registered the letter first (its key is taken, the entry gone), so there is
    // nothing to do but drop an entry that should not have outlived its letter (a restored backup), or it would be taken
    // for ever; or the code promised was drawn meanwhile by a letter registered at once (one chance in 10¹² per waiting
    // letter), and the letter keeps its id, gets another code, and its page and the API show that one. Null: a real failure.
    private async Task<bool?> AfterConflictAsync(PetitionInboxEntry entry, int redraws, CancellationToken ct)
    {
        if (await db.Petitions.AnyAsync(p => p.Id == entry.Id, ct))
        {
            await Entries.Where(x => x.Id == entry.Id).ExecuteDeleteAsync(ct);
            return true;
        }
        if (redraws >= 3 || !await db.Petitions.AnyAsync(p => p.TrackingCode == entry.TrackingCode, ct))
            return null;
        var code = TrackingCodes.New();
        LogCodeTaken(entry.Id, entry.TrackingCode, code);
        await Entries.Where(x => x.Id == entry.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.TrackingCode, code), ct);
        var again = await Entries.SingleOrDefaultAsync(x => x.Id == entry.Id, ct);
        return again is null ? await db.Petitions.AnyAsync(p => p.Id == entry.Id, ct) : await RegisterAsync(again, ct, redraws + 1);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The tracking code {Promised} promised to inbox letter {Id} was taken meanwhile; it gets {Code}")]
    private partial void LogCodeTaken(Guid id, string promised, string code);

    [LoggerMessage(Level = LogLevel.Error, Message = "Registering inbox letter {Id} failed ({Error}), attempt {Attempt}; tried again in {Wait}")]
    private partial void LogFailed(string error, Guid id, int attempt, TimeSpan wait);
}

/// <summary>
/// Tells the worker that letters arrived (it wakes at once instead of at its next look) and whether the API is busy
/// accepting them, so that registering gives way to answering while a flood lasts.
/// </summary>
public sealed class PetitionInboxSignal(TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan BusyWindow = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _arrived = new(0, 1);
    private long _lastAccepted;

    public void Accepted()
    {
        Volatile.Write(ref _lastAccepted, clock.GetTimestamp());
        if (_arrived.CurrentCount == 0)
        {
            try
            {
                _arrived.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another request woke it already.
            }
        }
    }

    /// <summary>A letter was accepted within the last second.</summary>
    public bool Busy => Volatile.Read(ref _lastAccepted) is var last and not 0 && clock.GetElapsedTime(last) < BusyWindow;

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _arrived.WaitAsync(timeout, ct);

    public void Dispose() => _arrived.Dispose();
}

/// <summary>
/// Registers the inbox's letters on every node with jobs enabled (<c>Petitions:Inbox:Worker</c>, by default
/// <c>Jobs:Enabled</c>; tests call <see cref="PetitionInbox.RegisterNextAsync"/> themselves). While the API is accepting letters it pauses
/// <c>Petitions:Inbox:BusyPauseMs</c> (100 ms) after each one, so that the requests have the processors; once the
/// oldest waiting letter is <see cref="PetitionInbox.MaxDelay"/> old it stops giving way.
/// </summary>
public sealed partial class PetitionInboxWorker(IServiceScopeFactory scopes, PetitionInboxSignal signal, IConfiguration configuration,
    TimeProvider clock, ILogger<PetitionInboxWorker> log) : BackgroundService
{
    private const int Batch = 64;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Petitions:Inbox:Worker", configuration.GetValue("Jobs:Enabled", true)))
            return;
        var busyPause = TimeSpan.FromMilliseconds(Math.Clamp(configuration.GetValue("Petitions:Inbox:BusyPauseMs", 100), 0, 10_000));
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Clamp(configuration.GetValue("Petitions:Inbox:Concurrency", 4), 1, 64),
            CancellationToken = stoppingToken,
        };
        var behind = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Letters are arriving: one at a time, with a pause, so that answering them comes first; unless the oldest
                // waiting has waited too long already.
                var giveWay = signal.Busy && busyPause > TimeSpan.Zero && !behind;
                List<(Guid Id, DateTimeOffset AcceptedAt)> due;
                await using (var scope = scopes.CreateAsyncScope())
                    due = await scope.ServiceProvider.GetRequiredService<PetitionInbox>().ClaimAsync(giveWay ? 1 : Batch, stoppingToken);
                if (due.Count == 0)
                {
                    behind = false;
                    await signal.WaitAsync(TimeSpan.FromSeconds(5), stoppingToken);
                    continue;
                }
                behind = clock.GetUtcNow() - due[0].AcceptedAt >= PetitionInbox.MaxDelay;
                await Parallel.ForEachAsync(due, parallel, async (letter, ct) => await PetitionInbox.SettleApartAsync(scopes, letter.Id, ct));
                if (giveWay && !behind)
                    await Task.Delay(busyPause, clock, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(e);
                await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The petition inbox worker failed")]
    private partial void LogFailed(Exception e);
}

/// <summary>Degraded while a letter has waited longer than <see cref="PetitionInbox.MaxDelay"/> or failed to register.</summary>
public sealed class PetitionInboxHealthCheck(PetitionInbox inbox, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (count, oldest, failing) = await inbox.BacklogAsync(cancellationToken);
        var data = new Dictionary<string, object> { ["waiting"] = count, ["failing"] = failing };
        if (failing > 0)
            return HealthCheckResult.Degraded($"{failing} letter(s) in the inbox failed to register", data: data);
        return oldest is { } o && clock.GetUtcNow() - o > PetitionInbox.MaxDelay
            ? HealthCheckResult.Degraded($"The oldest letter in the inbox has waited since {o:O}", data: data)
            : HealthCheckResult.Healthy($"{count} letter(s) waiting", data);
    }
}
