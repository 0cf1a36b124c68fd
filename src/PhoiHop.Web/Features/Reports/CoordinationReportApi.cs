using System.Security.Claims;
using Microsoft.Extensions.Localization;
using PhoiHop.Features.Regulations;
using PhoiHop.Infrastructure.Exports;

namespace PhoiHop.Features.Reports;

public static class CoordinationReportApi
{
    public sealed record CoordinationReportDto(DateOnly From, DateOnly To, DateOnly ComputedOn, Guid? RegulationId, string? BodyCode,
        IReadOnlyList<RegulationDto> Regulations);

    public sealed record RegulationDto(Guid Id, string Number, string Title, RegulationStatus Status, bool IsIllustrativeText, IReadOnlyList<ChapterDto> Chapters);

    public sealed record ChapterDto(int Number, string Title, IReadOnlyList<ArticleDto> Articles);

    public sealed record ArticleDto(Guid Id, int Number, string Title, CoordinationArea Area, IReadOnlyList<ObligationDto> Obligations);

    /// <summary>
    /// <c>state</c> is <c>recorded</c> (the figures come from a module) or <c>noModule</c> (no module records the
    /// obligation's area yet: no figures, and <c>stateText</c> says so); <c>notRecordedYet</c> names the parts of a
    /// recorded area that no module records yet (citizen reception sessions).
    /// </summary>
    public sealed record ObligationDto(Guid Id, string ResponsibleBodyCode, string ResponsibleBodyName, string? PartnerBodyCode, string? PartnerBodyName,
        string Description, Recurrence Recurrence, string State, string? StateText, IReadOnlyList<string> NotRecordedYet, IReadOnlyList<FigureDto> Figures);

    /// <summary>One count and the page listing the letters behind it (<c>list</c>).</summary>
    public sealed record FigureDto(string Code, string? Direction, string Measure, string Label, int Count, string List);

    public static RouteGroupBuilder MapCoordinationReportApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reports").WithTags("Reports");

        group.MapGet("/coordination", async (string? from, string? to, string? regulationId, ClaimsPrincipal user, CoordinationReport report,
            IStringLocalizer<SharedResource> L, CancellationToken ct) =>
        {
            var (request, error) = await report.ResolveAsync(user, from, to, regulationId, ct);
            if (error is not null)
                return ReportsApi.Refused(error, L);
            return Results.Ok(ToDto(await report.ReportAsync(request!, user, ct), L));
        }).WithSummary("Coordination report: per regulation, chapter, article and obligation, what the modules recorded in the period: "
            + "from, to (yyyy-MM-dd), regulationId (none: every regulation in force in the period)");

        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            var extension = ExportFormats.Extension(format);
            group.MapGet($"/coordination.{extension}", async (string? from, string? to, string? regulationId, ClaimsPrincipal user,
                CoordinationReport report, CoordinationExports exports, IStringLocalizer<SharedResource> L, CancellationToken ct) =>
            {
                var (request, error) = await report.ResolveAsync(user, from, to, regulationId, ct);
                if (error is not null)
                    return ReportsApi.Refused(error, L);
                var table = await exports.ReportAsync(await report.ReportAsync(request!, user, ct), user, ct);
                using var buffer = new MemoryStream();
                await ExportFormats.WriteAsync(format, table, buffer, null, ct);
                var name = $"bao-cao-phoi-hop-{ReportForm.Iso(request!.Period.From)}-{ReportForm.Iso(request.Period.To)}.{extension}";
                return Results.File(buffer.ToArray(), ExportFormats.ContentType(format), name);
            }).WithSummary($"The coordination report as .{extension}");
        }
        return api;
    }

    private static CoordinationReportDto ToDto(CoordinationReportResult result, IStringLocalizer L)
    {
        var request = result.Request;
        return new CoordinationReportDto(request.Period.From, request.Period.To, result.Today, request.RegulationId, request.BodyCode,
            [.. result.Regulations.Select(r => new RegulationDto(r.Id, r.Number, r.Title, r.Status, r.IsIllustrativeText,
                [.. r.Chapters.Select(c => new ChapterDto(c.Number, c.Title,
                    [.. c.Articles.Select(a => new ArticleDto(a.Id, a.Number, a.Title, a.Area,
                        [.. a.Obligations.Select(o => Obligation(request, a.Area, o, L))]))]))]))]);
    }

    private static ObligationDto Obligation(CoordinationRequest request, CoordinationArea area, CoordinationReportResult.ObligationPart o, IStringLocalizer L) =>
        new(o.Id, o.ResponsibleCode, o.ResponsibleName, o.PartnerCode, o.PartnerName, o.Description, o.Recurrence,
            o.IsRecorded ? "recorded" : "noModule",
            o.IsRecorded ? null : L["Coordination.NoModule", L[$"CoordinationArea.{area}"].Value].Value,
            area == CoordinationArea.CitizenReceptionAndPetitions ? [L["Coordination.ReceptionNotRecorded"].Value] : [],
            [.. o.Counts.Select(c => new FigureDto(c.Figure.Code, c.Figure.Direction?.ToString(), c.Figure.Measure,
                CoordinationLabels.Label(L, o, c.Figure), c.Count, CoordinationReport.ListLink(request, o.Id, c.Figure.Code)))]);
}
