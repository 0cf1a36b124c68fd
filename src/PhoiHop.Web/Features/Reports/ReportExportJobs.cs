using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;
using PhoiHop.Infrastructure.Exports;
using PhoiHop.Infrastructure.Files;
using PhoiHop.Infrastructure.Jobs;

namespace PhoiHop.Features.Reports;

/// <summary>
/// The background exports of drill-down lists: queued by a person, claimed by one node with a conditional update (so
/// several nodes never write the same job twice), written streaming to a file under Files:Root, with progress.
/// </summary>
public sealed class ReportExportJobs(AppDbContext db, PetitionStatistics statistics, ReportExports exports, FileStore files,
    IConfiguration configuration, TimeProvider clock, ILogger<ReportExportJobs> log)
{
    public const int ProgressEveryRows = 2000;

    /// <summary>Lists longer than this go to the background (Reports:BackgroundExportRows).</summary>
    public int Threshold => configuration.GetValue("Reports:BackgroundExportRows", 5000);

    /// <summary>How long a finished file is kept (Reports:ExportKeepDays).</summary>
    public TimeSpan KeepFor => TimeSpan.FromDays(configuration.GetValue("Reports:ExportKeepDays", 7));

    public IQueryable<ReportExport> Jobs => db.Set<ReportExport>();

    /// <summary>How many exports one person may have queued or running at once: the others wait for theirs.</summary>
    public const int MaxPendingPerPerson = 3;

    /// <summary>Queues an export; null when the person already has <see cref="MaxPendingPerPerson"/> waiting.</summary>
    public async Task<ReportExport?> EnqueueAsync(ClaimsPrincipal user, ReportScope scope, PetitionFigure figure, ExportFormat format, int rows,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(figure);
        var owner = user.UserId() ?? throw new InvalidOperationException("An export needs a signed-in person.");
        if (await Jobs.CountAsync(e => e.OwnerId == owner && (e.Status == ReportExportStatus.Queued || e.Status == ReportExportStatus.Running), ct)
            >= MaxPendingPerPerson)
            return null;
        var now = clock.GetUtcNow();
        var job = new ReportExport
        {
            OwnerId = owner,
            OwnerBodyId = user.BodyId(),
            Figure = figure.Code,
            BodyCode = scope.BodyCode,
            From = scope.Period.From,
            To = scope.Period.To,
            Format = format,
            FileName = $"danh-sach-{figure.Code}-{scope.BodyCode ?? "toan-tinh"}-{ReportForm.Iso(scope.Period.From)}-{ReportForm.Iso(scope.Period.To)}.{ExportFormats.Extension(format)}",
            Status = ReportExportStatus.Queued,
            RowsTotal = rows,
            CreatedAt = now,
            ExpiresAt = now + KeepFor,
        };
        db.Add(job);
        await db.SaveChangesAsync(ct);
        return job;
    }

    /// <summary>Claims the oldest queued job and writes it; false when none was queued.</summary>
    public async Task<bool> RunNextAsync(CancellationToken ct)
    {
        var next = await Jobs.AsNoTracking().Where(e => e.Status == ReportExportStatus.Queued)
            .OrderBy(e => e.CreatedAt).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
        if (next is not { } id)
            return false;
        var started = clock.GetUtcNow();
        var claimed = await Jobs.Where(e => e.Id == id && e.Status == ReportExportStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, ReportExportStatus.Running)
                .SetProperty(e => e.ClaimedBy, ScheduledJobRunner.NodeName).SetProperty(e => e.StartedAt, started), ct);
        if (claimed == 1)
            await WriteAsync(id, ct);
        return true;
    }

    /// <summary>Deletes the files of expired exports; the rows stay, as the record of who exported what.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var expired = await Jobs.Where(e => e.Status == ReportExportStatus.Ready && e.ExpiresAt < now).ToListAsync(ct);
        foreach (var job in expired)
        {
            File.Delete(Path.Combine(files.Root, job.StoredPath));
            job.Status = ReportExportStatus.Expired;
        }
        await db.SaveChangesAsync(ct);
        return expired.Count;
    }

    public string PathOf(ReportExport job) => Path.Combine(files.Root, job.StoredPath);

    private async Task WriteAsync(Guid id, CancellationToken ct)
    {
        var job = await Jobs.AsNoTracking().SingleAsync(e => e.Id == id, ct);
        var path = PathOf(job);
        var partial = path + ".part";
        // Headings are Vietnamese whoever runs the job (a request's culture does not reach a background thread).
        (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = (Display.Vietnamese, Display.Vietnamese);
        try
        {
            var body = job.BodyCode is null ? null
                : await db.Bodies.AsNoTracking().Where(b => b.Code == job.BodyCode).Select(b => new { b.Id, b.Name }).SingleAsync(ct);
            var scope = new ReportScope(body?.Id, job.BodyCode, body?.Name ?? "", new ReportPeriod(job.From, job.To));
            var figure = statistics.Find(job.Figure) ?? throw new InvalidOperationException($"Unknown figure {job.Figure}.");
            // The access was checked when the job was queued; the owner's body is the issuer of the document.
            var owner = new ClaimsPrincipal(new ClaimsIdentity(
                job.OwnerBodyId is { } b ? [new Claim(StaffClaims.Body, b.ToString())] : [], "export"));
            var table = await exports.ListAsync(scope, figure, owner, ct);
            await Jobs.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.RowsTotal, table.ExpectedRows ?? 0), ct);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var written = 0;
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
                await ExportFormats.WriteAsync(job.Format, table with { Rows = Counted(table.Rows, id, n => written = n, ct) }, file, null, ct);
            File.Move(partial, path, overwrite: true);
            var finished = clock.GetUtcNow();
            await Jobs.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, ReportExportStatus.Ready)
                .SetProperty(e => e.RowsDone, written).SetProperty(e => e.FinishedAt, finished).SetProperty(e => e.ExpiresAt, finished + KeepFor), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Export {Export} failed", id);
            File.Delete(partial);
            var message = Common.TextInput.Cut(e.Message, 2000);
            var finished = clock.GetUtcNow();
            await Jobs.Where(x => x.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ReportExportStatus.Failed)
                .SetProperty(x => x.Error, message).SetProperty(x => x.FinishedAt, finished), CancellationToken.None);
        }
    }

    // Rows pass through as they stream; every few thousand the count is saved, between the statistics' batches (which
    // are read whole), so the update never meets an open reader on the same connection.
    private async IAsyncEnumerable<object?[]> Counted(IAsyncEnumerable<object?[]> rows, Guid id, Action<int> done,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var n = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return row;
            done(++n);
            if (n % ProgressEveryRows == 0)
                await Jobs.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.RowsDone, n), ct);
        }
    }
}
