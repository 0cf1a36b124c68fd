namespace PhoiHop.Infrastructure.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Seed the demo province (Thái Nguyên) on an empty database. On by default for SQLite only.</summary>
    public bool? SeedDemo { get; set; }

    /// <summary>With the demo province, a few dozen generated letters taken through legal steps (the tests turn it off).</summary>
    public bool SeedDemoPetitions { get; set; } = true;

    /// <summary>Set at start: this deployment runs the demo province (the login page then lists the demo accounts).</summary>
    public bool IsDemo { get; set; }
}
