using Npgsql;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.IntegrationTests.Testing;

/// <summary>
/// The app over a fresh PostgreSQL database on the server named by <c>TEST_PG</c> (test.sh starts a throwaway one),
/// dropped afterwards. Without <c>TEST_PG</c> the fixture fails: a skipped engine would pass silently.
/// </summary>
public sealed class PostgresAppFactory : AppFactory
{
    public const string ServerVariable = "TEST_PG";

    private readonly string _database = $"t_{Guid.NewGuid():N}";
    private string? _server;

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSQL;

    protected override async Task<string> CreateDatabaseAsync(CancellationToken ct)
    {
        _server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(_server))
        {
            throw new InvalidOperationException(
                $"{ServerVariable} is not set, so the PostgreSQL tests cannot run. Run ./test.sh, which starts a throwaway "
                + $"PostgreSQL cluster, or export {ServerVariable}=\"Host=127.0.0.1;Port=5432;Database=app;Username=app\" "
                + "for a role with CREATEDB.");
        }
        var owner = new NpgsqlConnectionStringBuilder(_server).Username ?? "app";
        await ExecuteAsync($"CREATE DATABASE \"{_database}\" OWNER \"{owner}\"", ct);
        return new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString;
    }

    protected override async Task DropDatabaseAsync()
    {
        if (_server is null)
            return;
        await using (var connection = new NpgsqlConnection(ConnectionString))
            NpgsqlConnection.ClearPool(connection);
        // FORCE ends the sessions still open, but waits only 5 s for them to go: on a loaded machine a backend can take
        // longer ("database … is being accessed by other users"), so try again a few times before giving up.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", CancellationToken.None);
                return;
            }
            catch (Exception e) when (attempt < 5 && e is PostgresException or NpgsqlException)
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt * 2));
            }
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync(ct);
        // DROP DATABASE can wait on a checkpoint and on the sessions it ends: more than the default 30 s when loaded.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 180 };
        await command.ExecuteNonQueryAsync(ct);
    }
}
