using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PhoiHop.Common;
using PhoiHop.Features.Petitions;

namespace PhoiHop.Features.Reports;

/// <summary>The letters behind one figure of one obligation of the coordination report: the same predicate, so the same count.</summary>
[Authorize(Policy = ReportsPermissions.Read)]
public sealed class CoordinationListModel(CoordinationReport report, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public ReportForm Form { get; set; } = new();
    [BindProperty(SupportsGet = true)] public Guid ObligationId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Figure { get; set; }
    [FromQuery(Name = PageLinks.Parameter)] public int PageNumber { get; set; } = 1;

    public CoordinationRequest Asked { get; private set; } = null!;
    public CoordinationFigure Shown { get; private set; } = null!;
    public CoordinationReport.DrillDownHeading Heading { get; private set; } = null!;
    public string Label { get; private set; } = "";
    public Page<PetitionRow> Result { get; private set; } = new([], 0, 1, 50);
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Today = Display.VietnamToday(clock);
        var (from, to) = Form.Range(Today);
        var (request, error) = await report.ResolveAsync(User, from, to, null, ct);
        if (error is { IsForbidden: true })
            return Forbid();
        if (error is not null)
            return BadRequest();
        var (figure, heading, problem) = await report.FindAsync(request!, User, ObligationId, Figure, ct);
        if (problem is { IsForbidden: true })
            return Forbid();
        if (problem is not null)
            return NotFound();
        (Asked, Shown, Heading) = (request!, figure!, heading!);
        Label = CoordinationLabels.Label(text, heading!.ResponsibleName, heading.PartnerName, figure!);
        Result = await report.ListAsync(figure!, User, request!.IsProvince, text["Coordination.HiddenSubject"], PageNumber, 50, ct);
        return Page();
    }

    public string Link(int page) => CoordinationReport.ListLink(Asked, ObligationId, Shown.Code) + $"&page={page}";

    public string ReportLink() =>
        $"/Reports/Coordination{QueryString.Create(new Dictionary<string, string?>(CoordinationReport.Query(Asked).Where(kv => kv.Value is not null)) { ["period"] = nameof(PeriodKind.Custom) })}";
}
