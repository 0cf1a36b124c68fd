using System.Security.Claims;
using PhoiHop.Features.Organizations;

namespace PhoiHop.Features.Regulations;

public static class RegulationsApi
{
    public sealed record RegulationSummaryDto(Guid Id, string Number, string Title, string Term, DateOnly? SignedOn, RegulationStatus Status,
        int Version, bool IsIllustrativeText, IReadOnlyList<string> Parties, int ArticleCount);

    public sealed record RegulationDto(Guid Id, string Number, string Title, string? Summary, string Term, DateOnly? SignedOn,
        DateOnly? ValidFrom, DateOnly? ValidTo, RegulationStatus Status, int Version, bool IsIllustrativeText,
        IReadOnlyList<PartyDto> Parties, IReadOnlyList<ChapterDto> Chapters);

    public sealed record PartyDto(string Code, string Name);

    public sealed record ChapterDto(int Number, string Title, IReadOnlyList<ArticleDto> Articles);

    public sealed record ArticleDto(Guid Id, int Number, string Title, string Text, CoordinationArea Area, IReadOnlyList<ObligationDto> Obligations);

    public sealed record ObligationDto(string ResponsibleBodyCode, string? PartnerBodyCode, string Description, Recurrence Recurrence);

    public static RouteGroupBuilder MapRegulationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/regulations").WithTags("Regulations");

        group.MapGet("/", async (ClaimsPrincipal user, RegulationQueries queries, string? term, RegulationStatus? status, CancellationToken ct) =>
        {
            var rows = await queries.ListAsync(user, term, status, null, ct);
            return rows.OrderByDescending(r => r.SignedOn).ThenBy(r => r.Number, StringComparer.Ordinal)
                .Select(r => new RegulationSummaryDto(r.Id, r.Number, r.Title, r.TermCode, r.SignedOn, r.Status, r.Version, r.IsIllustrativeText,
                    r.Parties, r.ArticleCount))
                .ToList();
        }).WithSummary("Coordination regulations the caller may read");

        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, RegulationQueries queries, CancellationToken ct) =>
        {
            var r = await queries.FindReadableAsync(user, id, ct);
            return r is null ? Results.NotFound() : Results.Ok(ToDto(r));
        }).WithSummary("One regulation with its chapters, articles and obligations");

        return api;
    }

    private static RegulationDto ToDto(CoordinationRegulation r)
    {
        var codes = r.Chapters.SelectMany(c => c.Articles).SelectMany(a => a.Obligations)
            .SelectMany(o => new[] { o.ResponsibleBody, o.PartnerBody }).OfType<Body>()
            .DistinctBy(b => b.Id).ToDictionary(b => b.Id, b => b.Code);
        return new RegulationDto(r.Id, r.Number, r.Title, r.Summary, r.Term.Code, r.SignedOn, r.ValidFrom, r.ValidTo, r.Status, r.Version,
            r.IsIllustrativeText,
            [.. r.Parties.OrderBy(p => p.Order).Select(p => new PartyDto(p.Body.Code, p.Body.Name))],
            [.. r.Chapters.OrderBy(c => c.Number).Select(c => new ChapterDto(c.Number, c.Title,
                [.. c.Articles.OrderBy(a => a.Number).Select(a => new ArticleDto(a.Id, a.Number, a.Title, a.Text, a.Area,
                    [.. a.Obligations.Select(o => new ObligationDto(codes[o.ResponsibleBodyId], o.PartnerBodyId is { } p ? codes[p] : null, o.Description, o.Recurrence))]))]))]);
    }
}
