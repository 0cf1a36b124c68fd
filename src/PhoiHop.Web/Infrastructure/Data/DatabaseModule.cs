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
        // Search documents are written in the same save as the letter they index, before the audit entries.

        if (options.Provider == DatabaseProvider.PostgreSQL)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException("Database:Provider is PostgreSQL but ConnectionStrings:PhoiHop is empty.");
            services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, o) => o
                .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory"))
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

    private static string DefaultSqlite(IHostEnvironment environment)
    {
        var folder = AppDataDirectory.Of(environment);
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "phoihop.db")}";
    }
}
