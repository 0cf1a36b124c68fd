using Microsoft.Data.Sqlite;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.IntegrationTests.Testing;

/// <summary>The app over a fresh SQLite file in the temporary folder, deleted afterwards.</summary>
public sealed class SqliteAppFactory : AppFactory
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "phoihop-tests", $"{Guid.NewGuid():N}.db");

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string> CreateDatabaseAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        return Task.FromResult($"Data Source={_path}");
    }

    protected override Task DropDatabaseAsync()
    {
        using (var connection = new SqliteConnection($"Data Source={_path}"))
            SqliteConnection.ClearPool(connection);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_path + suffix);
        return Task.CompletedTask;
    }
}
