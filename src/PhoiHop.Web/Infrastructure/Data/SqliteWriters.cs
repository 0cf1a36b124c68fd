using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace PhoiHop.Infrastructure.Data;

/// <summary>
/// The turn to write to a SQLite database, one per database file in this process. SQLite lets one transaction write at a
/// time. A second writer that reached the locked file slept between tries (SQLite's busy handler, the driver's retry
/// loop), each on a blocked thread, so under load writers went in no order and the unlucky waited a second
/// (bench/README.md, Intake, session 9). A save of the app (<see cref="Features.Audit.AuditInterceptor"/>) now waits
/// here instead, asynchronously, queued. What does not go through a save still meets the lock and its busy timeout:
/// bulk ExecuteUpdate/ExecuteDelete, a caller's own transaction, and other processes (the sqlite3 shell, a CLI command).
/// </summary>
public static class SqliteWriters
{
    /// <summary>
    /// How long a save waits for its turn before it goes on without it (and then meets SQLite's busy timeout as well):
    /// a turn that some failure never gave back slows the writers after it, it never stops them.
    /// </summary>
    public static readonly TimeSpan WaitLimit = TimeSpan.FromMilliseconds(SqlitePragmas.BusyTimeoutMs);

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Turns = new(StringComparer.Ordinal);

    // Every save asks: the connection string is parsed once per string, not once per save.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> ByConnectionString = new(StringComparer.Ordinal);

    /// <summary>The turn of the database file the connection opens, whether or not it is open.</summary>
    public static SemaphoreSlim Of(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return ByConnectionString.GetOrAdd(connection.ConnectionString, static connectionString =>
        {
            // From the connection string, not DataSource: that one is SQLite's canonical path once the connection is open.
            var builder = new SqliteConnectionStringBuilder(connectionString);
            var key = builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:"
                ? connectionString
                : Path.GetFullPath(builder.DataSource);
            return Turns.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        });
    }
}
