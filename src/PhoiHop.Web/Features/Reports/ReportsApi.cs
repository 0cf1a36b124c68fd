using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Exports;

namespace PhoiHop.Features.Reports;

public static class ReportsApi
{
    /// <summary>A background export queued instead of a file: follow it (and download it) at <c>Location</c>.</summary>
    public sealed record ExportJobDto(Guid Id, string Status, int Rows, string Location);

    public sealed record FigureDto(string Code, string Group, string Label, int Count);

    /// <summary>The letter report: <c>received</c> is the total of letters received in the period.</summary>
    public sealed record PetitionReportDto(
        DateOnly From, DateOnly To, string? BodyCode, string? BodyName, DateOnly ComputedOn, int Received, IReadOnlyList<FigureDto> Figures);

    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reports").WithTags("Reports");

        group.MapGet("/petitions", async (string? from, string? to, string? bodyCode, ClaimsPrincipal user, ReportAccess access,
            PetitionStatistics statistics, IStringLocalizer<SharedResource> L, TimeProvider clock, CancellationToken ct) =>
        {
            var (scope, error) = await access.ResolveAsync(user, from, to, bodyCode, Display.VietnamToday(clock), ct);
            if (error is not null)
                return Refused(error, L);
            var report = await statistics.ReportAsync(scope!, ct);
            return Results.Ok(ToDto(report, L));
        }).WithSummary("Letter statistics of a body (or the province) for a period: from, to (yyyy-MM-dd), bodyCode ('*' for the province)");

        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            var extension = ExportFormats.Extension(format);
            group.MapGet($"/petitions.{extension}", async (string? from, string? to, string? bodyCode, ClaimsPrincipal user, ReportAccess access,
                PetitionStatistics statistics, ReportExports exports, IStringLocalizer<SharedResource> L, TimeProvider clock, CancellationToken ct) =>
            {
                var (scope, error) = await access.ResolveAsync(user, from, to, bodyCode, Display.VietnamToday(clock), ct);
                if (error is not null)
                    return Refused(error, L);
                var table = await exports.ReportAsync(await statistics.ReportAsync(scope!, ct), user, ct);
                using var buffer = new MemoryStream();
                await ExportFormats.WriteAsync(format, table, buffer, null, ct);
                return Results.File(buffer.ToArray(), ExportFormats.ContentType(format), FileName("bao-cao-don-thu", scope!, extension));
            }).WithSummary($"The letter statistics as .{extension}");

            // A drill-down list can hold every letter of the province. Up to Reports:BackgroundExportRows rows it is written
            // to a temporary file as it streams from the database, then sent (the file is deleted once sent); longer lists
            // become a background export (202, followed at /Reports/Exports). background=true|false overrides the choice.
            group.MapGet($"/petitions/letters.{extension}", async (string? figure, string? from, string? to, string? bodyCode, bool? background,
                ClaimsPrincipal user, ReportAccess access, PetitionStatistics statistics, ReportExports exports, ReportExportJobs queue, IStringLocalizer<SharedResource> L, TimeProvider clock,
                CancellationToken ct) =>
            {
                if (statistics.Find(figure) is not { } shown)
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["figure"] = [L["Reports.UnknownFigure"]] });
                var (scope, error) = await access.ResolveAsync(user, from, to, bodyCode, Display.VietnamToday(clock), ct);
                if (error is not null)
                    return Refused(error, L);
                var rows = await statistics.Letters(scope!, shown).CountAsync(ct);
                if (background ?? rows > queue.Threshold)
                {
                    if (await queue.EnqueueAsync(user, scope!, shown, format, rows, ct) is not { } job)
                    {
                        return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests,
                            detail: $"At most {ReportExportJobs.MaxPendingPerPerson} exports of one person wait at once; download or let one finish first.");
                    }
                    return Results.Accepted("/Reports/Exports", new ExportJobDto(job.Id, job.Status.ToString(), job.RowsTotal, "/Reports/Exports"));
                }
                var table = await exports.ListAsync(scope!, shown, user, ct);
                var path = Path.GetTempFileName();
                await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
                    await ExportFormats.WriteAsync(format, table, file, null, ct);
                var sent = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16,
                    FileOptions.Asynchronous | FileOptions.DeleteOnClose);
                return Results.File(sent, ExportFormats.ContentType(format), FileName($"danh-sach-{shown.Code}", scope!, extension));
            }).WithSummary($"The letters behind one figure as .{extension}");
        }
        return api;
    }

    private static string FileName(string what, ReportScope scope, string extension) =>
        $"{what}-{scope.BodyCode ?? "toan-tinh"}-{ReportForm.Iso(scope.Period.From)}-{ReportForm.Iso(scope.Period.To)}.{extension}";

    public static PetitionReportDto ToDto(PetitionReport report, IStringLocalizer L)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(L);
        var s = report.Scope;
        return new PetitionReportDto(s.Period.From, s.Period.To, s.BodyCode, s.IsProvince ? null : s.BodyName, report.Today,
            report[PetitionFigures.Received],
            [.. report.Figures.Select(f => new FigureDto(f.Figure.Code, f.Figure.Group.ToString(), L[f.Figure.LabelKey], f.Count))]);
    }

    /// <summary>A refused request: 403 when the scope is not the caller's, otherwise 400 naming the field.</summary>
    public static IResult Refused(ReportRequestError error, IStringLocalizer L)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(L);
        return error.IsForbidden
            ? Results.Problem(detail: L[error.MessageKey], statusCode: StatusCodes.Status403Forbidden,
                extensions: new Dictionary<string, object?> { ["code"] = "report.forbidden" })
            : Results.ValidationProblem(new Dictionary<string, string[]> { [error.Field] = [L[error.MessageKey]] });
    }
}
