using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PhoiHop.Infrastructure.Data;

/// <summary>
/// WAL lets readers proceed while one writer writes; the busy timeout makes concurrent writers wait for the
/// lock instead of failing at once.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    public const int BusyTimeoutMs = 10_000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA journal_mode = WAL; PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA foreign_keys = ON;";
        command.ExecuteNonQuery();
    }
}
