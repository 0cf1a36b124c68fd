using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Reports;

[Authorize(Policy = ReportsPermissions.Read)]
public sealed class PetitionsModel(ReportAccess access, PetitionStatistics statistics, AppDbContext db, TimeProvider clock,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public ReportForm Form { get; set; } = new();

    public PetitionReport? Report { get; private set; }
    public List<(string Code, string Name)> Bodies { get; private set; } = [];
    public bool MaySeeProvince { get; private set; }

    public (ReportForm Form, List<(string Code, string Name)> Bodies, bool MaySeeProvince, string Action) Picker =>
        (Form, Bodies, MaySeeProvince, "/Reports/Petitions");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = Display.VietnamToday(clock);
        MaySeeProvince = ReportAccess.MaySeeProvince(User);
        Bodies = await ReportForm.BodiesAsync(db, User, ct);
        var (from, to) = Form.Range(today);
        var (scope, error) = await access.ResolveAsync(User, from, to, Form.BodyCode, today, ct);
        if (error is { IsForbidden: true })
            return Forbid();
        if (error is not null)
        {
            ModelState.AddModelError(error.Field, text[error.MessageKey]);
            return Page();
        }
        Report = await statistics.ReportAsync(scope!, ct);
        return Page();
    }

    public string? ListLink(string figure) =>
        Url.Page("/Reports/List", null, new RouteValueDictionary(ReportForm.Query(Report!.Scope)) { ["figure"] = figure });

    public string ExportLink(string extension) =>
        $"/api/v1/reports/petitions.{extension}{QueryString.Create(ReportForm.Query(Report!.Scope).Where(kv => kv.Key != "period"))}";
}
