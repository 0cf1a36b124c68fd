using Microsoft.EntityFrameworkCore;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Calendar;

/// <summary>
/// The working calendar every deadline is counted on: stored years (confirmed or being reviewed) from the database,
/// the generated proposal for the others. Cached per node and reloaded when it changes here, or after
/// <see cref="MaxAge"/> so that a change made on another node arrives within seconds.
/// </summary>
public sealed class CalendarStore(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);

    // Published whole (a reference), so a reader never sees half of a reload.
    private Snapshot? _current;

    private sealed record Snapshot(WorkingCalendar Calendar, IReadOnlyDictionary<int, bool> Stored, DateTimeOffset LoadedAt);

    public async Task<WorkingCalendar> GetAsync(CancellationToken ct) => (await SnapshotAsync(ct)).Calendar;

    /// <summary>Whether a year is stored, and if so whether it is confirmed; null when only the proposal exists.</summary>
    public async Task<bool?> StatusOfAsync(int year, CancellationToken ct) =>
        (await SnapshotAsync(ct)).Stored.TryGetValue(year, out var confirmed) ? confirmed : null;

    public void Invalidate() => Volatile.Write(ref _current, null);

    public void Dispose() => _gate.Dispose();

    private async Task<Snapshot> SnapshotAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (Volatile.Read(ref _current) is { } fresh && now - fresh.LoadedAt < MaxAge)
            return fresh;
        await _gate.WaitAsync(ct);
        try
        {
            if (Volatile.Read(ref _current) is { } again && now - again.LoadedAt < MaxAge)
                return again;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var years = await db.Set<CalendarYear>().AsNoTracking().Include(y => y.Entries).ToListAsync(ct);
            var entries = years.ToDictionary(y => y.Year, y => y.ToHolidays());
            var calendar = new WorkingCalendar(year => entries.TryGetValue(year, out var list) ? list : HolidayProposal.Generate(year));
            var snapshot = new Snapshot(calendar, years.ToDictionary(y => y.Year, y => y.IsConfirmed), now);
            Volatile.Write(ref _current, snapshot);
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }
}
