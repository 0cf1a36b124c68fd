using Microsoft.EntityFrameworkCore;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Search;

namespace PhoiHop.Infrastructure.Data;

public static class DatabaseModule
{
    /// <summary>
    /// SQLite (a file under data/) unless <c>Database:Provider</c> says PostgreSQL; the connection string is
    /// <c>ConnectionStrings:PhoiHop</c> for both.
    /// </summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        var connectionString = configuration.GetConnectionString("PhoiHop");

        services.AddScoped<AuditActor>();
        services.AddScoped<AuditInterceptor>();
        services.AddSingleton<OwnConnections>();
        // Search documents are written in the same save as the letter they index, before the audit entries.

        if (options.Provider == DatabaseProvider.PostgreSQL)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:Provider is PostgreSQL but ConnectionStrings:PhoiHop is empty.");
            // Once, not in the options action: that runs for every context, i.e. every request.
            var postgres = PostgresDefaults(connectionString);
            services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, o) => o
                .UseNpgsql(postgres, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory"))
                .AddInterceptors(sp.GetRequiredService<SearchDocumentsInterceptor>(), sp.GetRequiredService<AuditInterceptor>()));
        }
        else
        {
            connectionString = string.IsNullOrWhiteSpace(connectionString) ? DefaultSqlite(environment) : connectionString;
            services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, o) => o
                .UseSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<SearchDocumentsInterceptor>(), sp.GetRequiredService<AuditInterceptor>(), SqlitePragmas.Instance));
        }

        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// The connection string with the pool settings PhoiHop wants unless the operator chose otherwise: the app keeps no
    /// session state (no SET, temporary tables, LISTEN or advisory locks), so a pooled connection need not be reset
    /// with DISCARD ALL each time EF Core closes it (once per query); and statements used often are prepared once per
    /// connection instead of parsed and planned each time (measured in bench/README "Intake").
    /// </summary>
    public static string PostgresDefaults(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var keys = given.Keys.Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()).ToHashSet();
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!keys.Contains("NORESETONCLOSE"))
            builder.NoResetOnClose = true;
        if (!keys.Contains("MAXAUTOPREPARE"))
            builder.MaxAutoPrepare = 100;
        return builder.ConnectionString;
    }

    private static string DefaultSqlite(IHostEnvironment environment)
    {
        var folder = AppDataDirectory.Of(environment);
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "phoihop.db")}";
    }
}
