using System.Security.Claims;
using Microsoft.Extensions.Localization;
using PhoiHop.Common;
using PhoiHop.Features.Regulations;
using PhoiHop.Infrastructure.Exports;

namespace PhoiHop.Features.Reports;

/// <summary>The coordination report as an <see cref="ExportTable"/> (Excel, CSV, PDF in the official layout), with Vietnamese headings.</summary>
public sealed class CoordinationExports(ReportExports reports, IStringLocalizer<SharedResource> L)
{
    public async Task<ExportTable> ReportAsync(CoordinationReportResult result, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = Rows(result).ToList();
        var table = new ExportTable(L["Reports.CoordinationTitle"], Subtitle(result),
            [
                new(L["Exports.Number"], ExportType.Number, 6), new(L["Coordination.Article"], ExportType.Text, 28),
                new(L["Coordination.Obligation"], ExportType.Text, 50), new(L["Reports.Figure"], ExportType.Text, 50),
                new(L["Reports.Count"], ExportType.Number, 10),
            ],
            rows.ToAsyncEnumerable())
        {
            ExpectedRows = rows.Count,
        };
        return await reports.Official(table, user, ct);
    }

    // One row per figure; the obligation is written on the first row of its block only, so that the PDF reads as a table
    // of blocks. An obligation whose area no module records has one row that says so, with no count.
    private IEnumerable<object?[]> Rows(CoordinationReportResult result)
    {
        var n = 0;
        foreach (var regulation in result.Regulations)
        {
            foreach (var article in regulation.Chapters.SelectMany(c => c.Articles))
            {
                var where = $"{regulation.Number}, {L["Regulations.ArticleN", article.Number]}. {article.Title}";
                if (article.Obligations.Count == 0)
                    yield return [++n, where, L["Coordination.NoObligations"].Value, null, null];
                foreach (var o in article.Obligations)
                {
                    var obligation = $"{o.ResponsibleName} → {o.PartnerName ?? "…"}: {o.Description}";
                    if (!o.IsRecorded)
                    {
                        yield return [++n, where, obligation, L["Coordination.NoModule", L[$"CoordinationArea.{article.Area}"].Value].Value, null];
                        continue;
                    }
                    var first = true;
                    foreach (var c in o.Counts)
                    {
                        yield return [++n, first ? where : "", first ? obligation : "", CoordinationLabels.Label(L, o, c.Figure), c.Count];
                        first = false;
                    }
                    if (article.Area == CoordinationArea.CitizenReceptionAndPetitions)
                        yield return [++n, "", "", L["Coordination.ReceptionNotRecorded"].Value, null];
                }
            }
        }
    }

    private List<string> Subtitle(CoordinationReportResult result)
    {
        var request = result.Request;
        var regulation = request.RegulationId is null
            ? L["Coordination.AllInForce"].Value
            : string.Join("; ", result.Regulations.Select(r => $"{r.Number} – {r.Title}"));
        return
        [
            $"{(request.IsProvince ? L["Reports.Province"] : request.BodyName)} – {L["Reports.PeriodLabel", Display.Date(request.Period.From), Display.Date(request.Period.To)]}",
            regulation,
            L["Coordination.Basis", Display.Date(result.Today)],
        ];
    }
}
