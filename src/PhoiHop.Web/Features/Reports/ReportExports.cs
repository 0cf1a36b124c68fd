using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PhoiHop.Common;
using PhoiHop.Features.Petitions;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;
using PhoiHop.Infrastructure.Exports;

namespace PhoiHop.Features.Reports;

/// <summary>The report and the drill-down lists as <see cref="ExportTable"/>s, with Vietnamese headings.</summary>
public sealed class ReportExports(AppDbContext db, PetitionStatistics statistics, IStringLocalizer<SharedResource> L, TimeProvider clock)
{
    public async Task<ExportTable> ReportAsync(PetitionReport report, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = report.Figures.Select((f, i) => new object?[]
        {
            i + 1, L[$"ReportGroup.{f.Figure.Group}"].Value, L[f.Figure.LabelKey].Value, f.Count,
        });
        return await Official(new ExportTable(L["Reports.PetitionsTitle"], Subtitle(report.Scope),
            [
                new(L["Exports.Number"], ExportType.Number, 6), new(L["Exports.Group"], ExportType.Text, 30),
                new(L["Reports.Figure"], ExportType.Text, 50), new(L["Reports.Count"], ExportType.Number, 12),
            ],
            rows.ToAsyncEnumerable())
        {
            ExpectedRows = report.Figures.Count,
        }, user, ct);
    }

    public async Task<ExportTable> ListAsync(ReportScope scope, PetitionFigure figure, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(figure);
        var total = await statistics.Letters(scope, figure).CountAsync(ct);
        return await Official(new ExportTable($"{L["Reports.ListTitle"]}: {L[figure.LabelKey]}", Subtitle(scope),
            [
                new(L["Petitions.TrackingCode"], ExportType.Text, 14), new(L["Petitions.ReceivedOn"], ExportType.Date, 12),
                new(L["Petitions.Subject"], ExportType.Text, 50), new(L["Petitions.Kind"], ExportType.Text, 14),
                new(L["Petitions.Status"], ExportType.Text, 20), new(L["Petitions.ReceivingBody"], ExportType.Text, 30),
                new(L["Petitions.Assignee"], ExportType.Text, 20), new(L["Petitions.DueOn"], ExportType.Date, 12),
            ],
            Rows(scope, figure, ct))
        {
            ExpectedRows = total,
        }, user, ct);
    }

    private async IAsyncEnumerable<object?[]> Rows(ReportScope scope, PetitionFigure figure, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var kinds = Enum.GetValues<PetitionKind>().ToDictionary(k => k, k => L[$"PetitionKind.{k}"].Value);
        var statuses = Enum.GetValues<PetitionStatus>().ToDictionary(s => s, s => L[$"PetitionStatus.{s}"].Value);
        var unclassified = L["Petitions.NotClassified"].Value;
        await foreach (var r in statistics.StreamAsync(scope, figure, ct))
        {
            yield return [r.TrackingCode, r.ReceivedOn, r.Subject, (r.Kind ?? r.DeclaredKind) is { } k ? kinds[k] : unclassified, statuses[r.Status],
                r.ReceivingBodyName, r.AssigneeName, r.DueOn];
        }
    }

    private List<string> Subtitle(ReportScope scope) =>
        [$"{(scope.IsProvince ? L["Reports.Province"] : scope.BodyName)} – {L["Reports.PeriodLabel", Display.Date(scope.Period.From), Display.Date(scope.Period.To)]}"];

    // The issuer is the user's body; the place is its province or commune, without the unit's level ("Tỉnh Thái Nguyên" → "Thái Nguyên").
    internal async Task<ExportTable> Official(ExportTable table, ClaimsPrincipal user, CancellationToken ct)
    {
        var body = await db.Bodies.AsNoTracking().Where(b => b.Id == user.BodyId())
            .Select(b => new { b.Name, Unit = b.AdministrativeUnit.Name }).SingleOrDefaultAsync(ct);
        var place = body?.Unit ?? "";
        foreach (var level in new[] { "Tỉnh ", "Thành phố ", "Xã ", "Phường ", "Đặc khu " })
        {
            if (place.StartsWith(level, StringComparison.OrdinalIgnoreCase))
                place = place[level.Length..];
        }
        return table with { Issuer = body?.Name ?? "", Place = place, IssuedOn = Display.VietnamToday(clock) };
    }
}
