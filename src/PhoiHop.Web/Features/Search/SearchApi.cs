using System.Security.Claims;
using Microsoft.Extensions.Localization;
using PhoiHop.Features.Petitions;

namespace PhoiHop.Features.Search;

public static class SearchApi
{
    /// <summary>One letter found. <c>subjectHtml</c> and <c>snippet</c> are HTML: the text is encoded, matching words are in &lt;mark&gt;.</summary>
    public sealed record ItemDto(Guid Id, string Type, string TrackingCode, DateOnly ReceivedOn, string Subject, string SubjectHtml, string Snippet,
        PetitionKind? Kind, PetitionStatus Status, Channel Channel, string? FieldCode, string ReceivingBodyCode, DateOnly? DueOn, bool IsOverdue,
        double Rank);

    /// <summary>
    /// <c>total</c> counts the letters found among the full-text index's best candidates (at most
    /// <see cref="SearchOptions.MaxCandidates"/>); <c>totalIsCapped</c> says the index had more, so the true number is
    /// larger than <c>total</c>.
    /// </summary>
    public sealed record ResultDto(IReadOnlyList<ItemDto> Items, int Total, bool TotalIsCapped, int Page, int PageSize);

    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", async (ClaimsPrincipal user, PetitionSearch search, IStringLocalizer<SharedResource> L, string? q, string? kind,
            string? field, string? bodyCode, string? status, string? channel, string? from, string? to, string? overdue, string? flag, string? sort,
            string? page, string? pageSize, CancellationToken ct) =>
        {
            var (request, problems) = PetitionSearchRequest.Parse(q, kind, field, bodyCode, status, channel, from, to, overdue, flag, sort, page, pageSize);
            if (problems.Count > 0)
                return Results.ValidationProblem(problems.ToDictionary(p => p.Key, p => new[] { L[p.Value, SearchText.MaxQueryLength].Value }));
            var result = await search.SearchAsync(user, request, ct);
            return Results.Ok(new ResultDto([.. result.Items.Select(r => new ItemDto(r.Id, "petition", r.TrackingCode, r.ReceivedOn, r.Subject, r.SubjectHtml,
                r.SnippetHtml, r.Kind, r.Status, r.Channel, r.FieldCode, r.ReceivingBodyCode, r.DueOn, r.IsOverdue, r.Rank))],
                result.Total, result.TotalIsCapped, result.PageNumber, result.PageSize));
        }).WithTags("Search").RequireAuthorization(PetitionsPermissions.Read)
            .WithSummary("Search the letters the caller may read: words with or without diacritics, tracking code, ID number, phone, name; filtered, ranked, paged");
        return api;
    }
}
