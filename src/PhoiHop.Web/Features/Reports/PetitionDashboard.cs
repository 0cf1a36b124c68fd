using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Features.Calendar;
using PhoiHop.Features.Petitions;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Reports;

/// <summary>One number of the dashboard and the list it counts.</summary>
public sealed record DashboardNumber(string LabelKey, int Count, string Link);

/// <summary>One series of a chart: a label, one value per category, and the list behind each value.</summary>
public sealed record ChartSeries(string LabelKey, IReadOnlyList<int> Values, IReadOnlyList<string> Links);

/// <summary>A bar chart and the table that carries the same numbers (issue #6 item 4: every chart has its table).</summary>
public sealed record BarChart(string Id, string TitleKey, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, bool CategoriesAreKeys = false);

/// <summary>What the home page shows a person about letters: the queues they work from, and the trends of their scope.</summary>
public sealed record PetitionDashboardView(
    IReadOnlyList<DashboardNumber> Queues, ReportScope? Scope, BarChart? ByMonth, BarChart? ByField, BarChart? ByUnit = null);

/// <summary>
/// The letter dashboard of the home page. The queue numbers are the totals of the work queues themselves
/// (<see cref="PetitionQueries.ListAsync"/>), and the trends are report figures over the last twelve months (the same
/// predicates as <see cref="PetitionFigures"/>), so every number is the length of the list it links to.
/// </summary>
public sealed class PetitionDashboard(PetitionQueries queries, PetitionStatistics statistics, ReportAccess access, CalendarStore calendars,
    AppDbContext db, TimeProvider clock)
{
    public const int Months = 12;

    /// <summary>The units the province's chart shows: those with the most letters received in the twelve months.</summary>
    public const int Units = 10;

    private static readonly string[] UnitFigures = [PetitionFigures.Received, "resolution.Overdue"];

    private static readonly PetitionWorklist[] QueueOrder =
        [PetitionWorklist.Mine, PetitionWorklist.Body, PetitionWorklist.DueSoon, PetitionWorklist.Overdue];

    private static readonly string[] MonthFigures = [PetitionFigures.Received, "resolution.InTime", "resolution.Late"];

    public async Task<PetitionDashboardView?> BuildAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!PetitionsPermissions.Has(user, PetitionsPermissions.Read))
            return null;
        var today = Display.VietnamToday(clock);
        var calendar = await calendars.GetAsync(ct);
        var view = new WorkingCalendarView(calendar.AddWorkingDays(today, PetitionQueries.DueSoonWorkingDays));
        var queues = new List<DashboardNumber>();
        foreach (var queue in QueueOrder)
        {
            // PageSize 1: only the total is wanted, and it is the queue page's own total.
            var page = await queries.ListAsync(user, new PetitionFilter { Queue = queue, PageSize = 1 }, view, ct);
            queues.Add(new($"PetitionWorklist.{queue}", page.Total, $"/Petitions?queue={queue}"));
        }

        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - Months);
        var last = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);
        var (scope, error) = await access.ResolveAsync(user, ReportForm.Iso(first), ReportForm.Iso(last), null, today, ct);
        if (error is not null || scope is null)
            return new PetitionDashboardView(queues, null, null, null);
        return new PetitionDashboardView(queues, scope, await ByMonthAsync(scope, first, ct), await ByFieldAsync(scope, ct),
            scope.IsProvince ? await ByUnitAsync(scope, ct) : null);
    }

    private async Task<BarChart> ByMonthAsync(ReportScope scope, DateOnly first, CancellationToken ct)
    {
        var months = Enumerable.Range(0, Months).Select(first.AddMonths).ToList();
        var series = new List<ChartSeries>();
        foreach (var code in MonthFigures)
        {
            // By month of receipt: the letters of one bar are its month's drill-down list.
            var counts = await CountByAsync(scope, code, p => p.ReceivedOn.Year * 100 + p.ReceivedOn.Month, ct);
            var values = months.Select(m => counts.GetValueOrDefault(m.Year * 100 + m.Month)).ToList();
            var links = months.Select(m => ListLink(scope with { Period = new ReportPeriod(m, m.AddMonths(1).AddDays(-1)) }, code)).ToList();
            series.Add(new ChartSeries($"ReportFigure.{code}", values, links));
        }
        var labels = months.Select(m => m.ToString("MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return new BarChart("chart-months", "Dashboard.ByMonth", labels, series);
    }

    private async Task<BarChart> ByFieldAsync(ReportScope scope, CancellationToken ct)
    {
        var fields = statistics.Figures().Where(f => f.Group == FigureGroup.Field).ToList();
        var counts = await statistics.ReportQuery(scope, fields).ToListAsync(ct);
        var values = counts.SingleOrDefault() ?? new int[fields.Count];
        var series = new ChartSeries("ReportFigure.received", values, [.. fields.Select(f => ListLink(scope, f.Code))]);
        return new BarChart("chart-fields", "Dashboard.ByField", [.. fields.Select(f => f.LabelKey)], [series], CategoriesAreKeys: true);
    }

    // The province's view by unit: the receiving bodies with the most letters, each bar the report list of that body's
    // scope, so its number is the body's own report figure (a body's scope counts the letters it received).
    private async Task<BarChart> ByUnitAsync(ReportScope scope, CancellationToken ct)
    {
        var counts = new List<Dictionary<Guid, int>>();
        foreach (var code in UnitFigures)
            counts.Add(await CountByAsync(scope, code, p => p.ReceivingBodyId, ct));
        var top = counts[0].OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(Units).Select(c => c.Key).ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => top.Contains(b.Id))
            .Select(b => new { b.Id, b.Code, b.Name }).ToDictionaryAsync(b => b.Id, ct);
        var units = top.Where(bodies.ContainsKey).Select(id => bodies[id]).ToList();
        var series = UnitFigures.Select((code, i) => new ChartSeries($"ReportFigure.{code}",
            [.. units.Select(u => counts[i].GetValueOrDefault(u.Id))],
            [.. units.Select(u => ListLink(scope with { BodyId = u.Id, BodyCode = u.Code, BodyName = u.Name }, code))])).ToList();
        return new BarChart("chart-units", "Dashboard.ByUnit", [.. units.Select(u => u.Name)], series);
    }

    // One grouped count of a figure's letters: each group is the drill-down list of the figure over that part of the scope.
    private Task<Dictionary<TKey, int>> CountByAsync<TKey>(ReportScope scope, string code, Expression<Func<Petition, TKey>> key, CancellationToken ct)
        where TKey : notnull =>
        statistics.Letters(scope, statistics.Find(code)!).GroupBy(key).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    /// <summary>The drill-down list of a figure over a scope (the same link as the report page's).</summary>
    public static string ListLink(ReportScope scope, string figure) =>
        $"/Reports/Petitions/List{QueryString.Create(new Dictionary<string, string?>(ReportForm.Query(scope)) { ["figure"] = figure })}";
}
