using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Bench.Load;

/// <summary>
/// The database a load command works on: by default the database <c>phoihop_bench</c> of the throwaway cluster of
/// <c>bench/scripts/benchpg.sh</c> (127.0.0.1:56100), or the file <c>/tmp/phoihop-bench/phoihop.db</c>.
/// </summary>
internal sealed class BenchDatabase
{
    public const string DefaultPostgres = "Host=127.0.0.1;Port=56100;Username=postgres;Database=phoihop_bench";
    public const string DefaultSqlite = "Data Source=/tmp/phoihop-bench/phoihop.db";

    private BenchDatabase(DatabaseProvider provider, string connectionString)
    {
        Provider = provider;
        ConnectionString = connectionString;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public bool IsPostgres => Provider == DatabaseProvider.PostgreSQL;

    public static BenchDatabase From(LoadOptions options)
    {
        var provider = options.Provider;
        var connection = options.Optional("connection") ?? (provider == DatabaseProvider.PostgreSQL ? DefaultPostgres : DefaultSqlite);
        return new BenchDatabase(provider, connection);
    }

    /// <summary>Drops the database (or deletes the file); the app creates and seeds it again at its next start.</summary>
    public async Task DropAsync()
    {
        if (IsPostgres)
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
            var name = builder.Database ?? throw new InvalidOperationException("The connection string names no database.");
            builder.Database = "postgres";
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
            await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection))
                await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        else
        {
            var file = SqliteFile;
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
                File.Delete(path);
        }
    }

    public string SqliteFile => new SqliteConnectionStringBuilder(ConnectionString).DataSource;

    public async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = IsPostgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    public async Task<List<string>> ColumnAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        return values;
    }

    /// <summary>The app's own DbContext over this database, to read reference data the way the app does.</summary>
    public AppDbContext CreateContext() => IsPostgres
        ? new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(ConnectionString).Options)
        : new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>SQL literal of a body id as the provider stores it (SQLite: upper-case text, as EF writes it).</summary>
    public string GuidLiteral(Guid id) => IsPostgres ? $"'{id}'" : $"'{id.ToString().ToUpperInvariant()}'";

    public override string ToString() => IsPostgres
        ? $"PostgreSQL ({new NpgsqlConnectionStringBuilder(ConnectionString) { Password = null }.ConnectionString})"
        : $"SQLite ({SqliteFile})";
}
