using System.Collections.Concurrent;
using System.Data.Common;

namespace PhoiHop.Infrastructure.Data;

/// <summary>
/// The turn to write to a SQLite database, one per database file in this process. SQLite lets one transaction write at a
/// time; a second writer that reaches the locked file sleeps in the busy handler (up to 100 ms between tries, a blocked
/// thread each), so under load the writers queued in no order and the slowest waited a second (bench/README.md, Intake).
/// Waiting here instead is asynchronous, in order of arrival. Writers of other processes (a second node, the
/// sqlite3 shell) still meet the busy timeout.
/// </summary>
public static class SqliteWriters
{
    /// <summary>As long as SQLite's busy timeout (<see cref="SqlitePragmas"/>): a writer never waits longer than before.</summary>
    public static readonly TimeSpan WaitLimit = TimeSpan.FromMilliseconds(SqlitePragmas.BusyTimeoutMs);

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Turns = new(StringComparer.Ordinal);

    public static SemaphoreSlim Of(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        // An in-memory database is private to its connection unless shared by name: key those by the connection string.
        var key = string.IsNullOrEmpty(connection.DataSource) || connection.DataSource == ":memory:"
            ? connection.ConnectionString
            : Path.GetFullPath(connection.DataSource);
        return Turns.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
    }
}
