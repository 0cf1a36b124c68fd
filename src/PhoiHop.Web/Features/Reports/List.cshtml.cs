using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PhoiHop.Common;
using PhoiHop.Features.Petitions;

namespace PhoiHop.Features.Reports;

/// <summary>The letters behind one figure of the report (drill-down): the same predicate, the same scope, so the same count.</summary>
[Authorize(Policy = ReportsPermissions.Read)]
public sealed class ListModel(ReportAccess access, PetitionStatistics statistics, ReportExportJobs exports, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public ReportForm Form { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Figure { get; set; }
    [FromQuery(Name = PageLinks.Parameter)] public int PageNumber { get; set; } = 1;

    public ReportScope Scope { get; private set; } = null!;
    public PetitionFigure Shown { get; private set; } = null!;
    public Page<PetitionRow> Result { get; private set; } = new([], 0, 1, 50);
    public DateOnly Today { get; private set; }
    public int BackgroundThreshold => exports.Threshold;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Today = Display.VietnamToday(clock);
        if (statistics.Find(Figure) is not { } figure)
            return NotFound();
        var (from, to) = Form.Range(Today);
        var (scope, error) = await access.ResolveAsync(User, from, to, Form.BodyCode, Today, ct);
        if (error is { IsForbidden: true })
            return Forbid();
        if (error is not null)
            return BadRequest();
        (Scope, Shown) = (scope!, figure);
        Result = await statistics.ListAsync(Scope, figure, PageNumber, 50, ct);
        return Page();
    }

    public string Link(int page) => Request.ToPage(page);

    public string? ReportLink() => Url.Page("/Reports/Petitions", null, new RouteValueDictionary(ReportForm.Query(Scope)));

    public Dictionary<string, string?> ExportQuery() =>
        new(ReportForm.Query(Scope).Where(kv => kv.Key != "period")) { ["figure"] = Shown.Code };

    public string ExportLink(string extension) => $"/api/v1/reports/petitions/letters.{extension}{QueryString.Create(ExportQuery())}";
}
