using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PhoiHop.Common;

namespace PhoiHop.Features.Reports;

/// <summary>The coordination report page (and its print view, /Reports/Coordination/Print, on the same model).</summary>
[Authorize(Policy = ReportsPermissions.Read)]
public sealed class CoordinationModel(CoordinationReport report, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public ReportForm Form { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "regulationId")] public string? RegulationId { get; set; }

    public CoordinationReportResult? Report { get; private set; }
    public List<(Guid Id, string Label)> Regulations { get; private set; } = [];

    public (ReportForm Form, string? RegulationId, List<(Guid Id, string Label)> Regulations) Picker => (Form, RegulationId, Regulations);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Regulations = await report.ChoicesAsync(User, ct);
        var (from, to) = Form.Range(Display.VietnamToday(clock));
        var (request, error) = await report.ResolveAsync(User, from, to, RegulationId, ct);
        if (error is { IsForbidden: true })
            return Forbid();
        if (error is not null)
        {
            ModelState.AddModelError(error.Field, text[error.MessageKey]);
            return Page();
        }
        Report = await report.ReportAsync(request!, User, ct);
        return Page();
    }

    public string ExportLink(string extension) =>
        $"/api/v1/reports/coordination.{extension}{QueryString.Create(CoordinationReport.Query(Report!.Request).Where(kv => kv.Value is not null))}";

    public string PrintLink() =>
        $"/Reports/Coordination/Print{QueryString.Create(new Dictionary<string, string?>(CoordinationReport.Query(Report!.Request).Where(kv => kv.Value is not null)) { ["period"] = nameof(PeriodKind.Custom) })}";
}
