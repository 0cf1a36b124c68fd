using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Calendar;
using PhoiHop.Features.Petitions;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Reports;

// The steps and resolution outcomes a letter keeps on its row for the report (Petition.WasAccepted …) say what its
// history and its tracked time limits say: as the domain sets them step by step, and as migration
// StepsAndResolutionOnLetter fills them for the letters stored before it.
public abstract class LetterMarksTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task Marks_EqualTheHistory_AsSetByEachStep_AndAsFilledByTheMigration()
    {
        await ReportData.EnsureAsync(App);
        await CoordinationData.EnsureAsync(App);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var marked = await AssertMarksEqualTheRecordAsync(db);
        // The data reach every mark, so that equality is not all false.
        Assert.All(marked, m => Assert.True(m.Value > 0, $"no letter has {m.Key}"));

        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_StepsAndResolutionOnLetter", StringComparison.Ordinal)) - 1];
        await migrator.MigrateAsync(before, Ct);
        await migrator.MigrateAsync(null, Ct);

        Assert.Equal(marked, await AssertMarksEqualTheRecordAsync(db));
    }

    // For every letter, each mark against the record; returns how many letters have each mark.
    private static async Task<Dictionary<string, int>> AssertMarksEqualTheRecordAsync(AppDbContext db)
    {
        db.ChangeTracker.Clear();
        var letters = await db.Petitions.AsNoTracking().Include(p => p.Transitions).ToListAsync(Ct);
        string[] rules = [.. PetitionDeadlines.ResolutionRules];
        var met = await db.Set<TrackedDeadline>().AsNoTracking()
            .Where(d => d.Module == PetitionDeadlines.Module && d.Status == DeadlineStatus.Met && rules.Contains(d.RuleCode))
            .Select(d => new { d.ItemId, d.CompletedOn, d.DueDate }).ToListAsync(Ct);
        var inTime = met.Where(d => d.CompletedOn <= d.DueDate).Select(d => d.ItemId).ToHashSet();
        var late = met.Where(d => d.CompletedOn > d.DueDate).Select(d => d.ItemId).ToHashSet();

        var counts = new Dictionary<string, int>();
        void Check(Petition p, string mark, bool kept, bool recorded)
        {
            Assert.True(kept == recorded, $"{p.TrackingCode} ({p.Id}): {mark} is {kept}, the record says {recorded}");
            counts[mark] = counts.GetValueOrDefault(mark) + (kept ? 1 : 0);
        }
        foreach (var p in letters)
        {
            bool Took(PetitionAction action) => p.Transitions.Any(t => t.Action == action);
            Check(p, nameof(Petition.WasAccepted), p.WasAccepted, Took(PetitionAction.Accept));
            Check(p, nameof(Petition.WasGuided), p.WasGuided, Took(PetitionAction.Guide));
            Check(p, nameof(Petition.WasFiled), p.WasFiled, Took(PetitionAction.File));
            Check(p, nameof(Petition.AnswerRecorded), p.AnswerRecorded, Took(PetitionAction.RecordAnswer));
            Check(p, nameof(Petition.ResolvedInTime), p.ResolvedInTime, inTime.Contains(PetitionDeadlines.ItemId(p)));
            Check(p, nameof(Petition.ResolvedLate), p.ResolvedLate, late.Contains(PetitionDeadlines.ItemId(p)));
        }
        return counts;
    }

    public sealed class Sqlite(SqliteAppFactory app) : LetterMarksTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : LetterMarksTests(app), IClassFixture<PostgresAppFactory>;
}
