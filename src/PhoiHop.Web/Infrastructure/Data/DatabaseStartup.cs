using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Data.Seed;

namespace PhoiHop.Infrastructure.Data;

public static class DatabaseStartup
{
    /// <summary>How long one statement of a migration may run at start.</summary>
    public static readonly TimeSpan MigrationTimeout = TimeSpan.FromMinutes(30);

    // Migrations that rewrite many rows of a table, and the table vacuumed after them.
    private static readonly Dictionary<string, string> VacuumAfter = new()
    {
        ["_StepsAndResolutionOnLetter"] = "Petitions",
        ["_NameTokens"] = "PetitionNameTokens",
    };

    /// <summary>
    /// Applies migrations (EF takes a migration lock, so several nodes may start at once), then the reference data
    /// every deployment needs, then the demo province when enabled and the database is empty.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, bool allowDemo, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        var options = sp.GetRequiredService<DatabaseOptions>();
        sp.GetRequiredService<AuditActor>().ActAs(null, "system:startup");

        // A migration may fill a new column of every letter once (StepsAndResolutionOnLetter): longer than the 30 s a
        // request's command may take at a million letters, so migrations get their own limit.
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        db.Database.SetCommandTimeout(MigrationTimeout);
        try
        {
            await db.Database.MigrateAsync(ct);
            // PostgreSQL: the rows a migration wrote are not all-visible until autovacuum comes, so the index-only reads of
            // the report and of one-name search visit the table meanwhile (1M letters: 1.8 s for a quarter instead of 0.6 s).
            var rewritten = VacuumAfter.Where(v => pending.Any(m => m.EndsWith(v.Key, StringComparison.Ordinal))).Select(v => v.Value).Distinct();
            foreach (var table in db.Provider == DatabaseProvider.PostgreSQL ? rewritten : [])
            {
                var vacuum = $"VACUUM (ANALYZE) \"{table}\"";
                await db.Database.ExecuteSqlRawAsync(vacuum, ct);
            }
        }
        finally
        {
            db.Database.SetCommandTimeout(null);
        }
        await SeedReferenceDataAsync(db, sp.GetRequiredService<RoleManager<IdentityRole<Guid>>>(), ct);

        // The demo province, with its published password, only where someone asked for it: Database:SeedDemo, or by
        // default a development run on SQLite (the README's run command). Never in production by accident.
        var environment = sp.GetRequiredService<IHostEnvironment>();
        var seedDemo = allowDemo && (options.SeedDemo ?? (db.Provider == DatabaseProvider.Sqlite && environment.IsDevelopment()));
        if (seedDemo && !await db.Bodies.AnyAsync(ct))
        {
            await sp.GetRequiredService<DemoProvinceSeeder>().SeedAsync(ct);
            if (options.SeedDemoPetitions)
                await sp.GetRequiredService<Features.Petitions.DemoPetitionSeeder>().SeedAsync(ct);
        }
        // Letters saved before search existed (or by a bulk load) get their search documents in the background once the
        // app runs (Features.Search.SearchBackfill).
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            // Statistics for SQLite's planner on the tables that lack them or changed much (PostgreSQL keeps its own by
            // autovacuum), sampling at most 1,000 rows an index so that it takes milliseconds even at a million letters.
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002;", ct);
        }
        options.IsDemo = seedDemo && await db.Bodies.AnyAsync(b => b.Code == "MTTQ-TN", ct);
    }

    private static async Task SeedReferenceDataAsync(AppDbContext db, RoleManager<IdentityRole<Guid>> roles, CancellationToken ct)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
        }

        // Terms of the People's Councils and the National Assembly (elections of March 2021 and March 2026).
        (string Code, string Name, DateOnly From, DateOnly To)[] terms =
        [
            ("2021-2026", "Nhiệm kỳ 2021–2026", new(2021, 5, 23), new(2026, 3, 14)),
            ("2026-2031", "Nhiệm kỳ 2026–2031", new(2026, 3, 15), new(2031, 3, 14)),
        ];
        foreach (var (code, name, from, to) in terms)
        {
            if (!await db.Terms.AnyAsync(t => t.Code == code, ct))
                db.Terms.Add(Term.Create(code, name, from, to));
        }
        await db.SaveChangesAsync(ct);
    }
}
