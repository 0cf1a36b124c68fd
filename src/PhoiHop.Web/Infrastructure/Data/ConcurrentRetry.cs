using Microsoft.EntityFrameworkCore;

namespace PhoiHop.Infrastructure.Data;

/// <summary>
/// Work that reads many rows and saves them at the end (a calendar recompute, the reminders) while steps may change
/// some of them: a concurrency token makes the save fail, nothing is saved, and the work runs again on fresh rows.
/// </summary>
public static class ConcurrentRetry
{
    /// <summary>How many times such work runs when steps keep changing its rows meanwhile.</summary>
    public const int Attempts = 3;

    /// <summary>Runs <paramref name="work"/> on <paramref name="db"/>, again after clearing its tracker when the save meets a concurrent change.</summary>
    public static async Task<T> RunAsync<T>(AppDbContext db, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work();
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
