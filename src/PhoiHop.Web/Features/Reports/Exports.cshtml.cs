using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;
using PhoiHop.Infrastructure.Exports;

namespace PhoiHop.Features.Reports;

/// <summary>My background exports: queue one, watch its progress, download it when ready (only its owner may).</summary>
[Authorize(Policy = ReportsPermissions.Read)]
public sealed class ExportsModel(ReportExportJobs queue, ReportAccess access, PetitionStatistics statistics, AppDbContext db, TimeProvider clock,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> L)
    : PageModel
{
    public List<ReportExport> Mine { get; private set; } = [];

    public bool AnyPending => Mine.Any(e => e.IsPending);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = User.UserId();
        Mine = await queue.Jobs.AsNoTracking().Where(e => e.OwnerId == me).OrderByDescending(e => e.CreatedAt).Take(50).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(string? figure, string? from, string? to, string? bodyCode, string? format, CancellationToken ct)
    {
        if (statistics.Find(figure) is not { } shown || ExportFormats.Parse(format) is not { } kind)
            return BadRequest();
        var (scope, error) = await access.ResolveAsync(User, from, to, bodyCode, Display.VietnamToday(clock), ct);
        if (error is { IsForbidden: true })
            return Forbid();
        if (error is not null)
            return BadRequest();
        var rows = await statistics.Letters(scope!, shown).CountAsync(ct);
        if (await queue.EnqueueAsync(User, scope!, shown, kind, rows, ct) is null)
            TempData["Flash"] = L["Exports.TooMany", ReportExportJobs.MaxPendingPerPerson].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnGetDownloadAsync(Guid id, CancellationToken ct)
    {
        var job = await queue.Jobs.SingleOrDefaultAsync(e => e.Id == id, ct);
        // Someone else's export is not found, as if it did not exist.
        if (job is null || job.OwnerId != User.UserId())
            return NotFound();
        if (job.Status != ReportExportStatus.Ready || !System.IO.File.Exists(queue.PathOf(job)))
            return NotFound();
        job.RecordDownload();
        await db.SaveChangesAsync(ct);
        return PhysicalFile(queue.PathOf(job), ExportFormats.ContentType(job.Format), job.FileName);
    }

    public static int Percent(ReportExport job) =>
        job.Status == ReportExportStatus.Ready ? 100 : job.RowsTotal <= 0 ? 0 : Math.Min(100, job.RowsDone * 100 / job.RowsTotal);
}
