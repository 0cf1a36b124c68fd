using System.Security.Claims;
using Microsoft.Extensions.Localization;
using PhoiHop.Features.Petitions.Duplicates;

namespace PhoiHop.Features.Petitions.Cases;

/// <summary>Duplicate candidates, same-matter judgements and the matter view (issue #5) over HTTP.</summary>
public static class CasesApi
{
    public sealed record CandidateDto(
        Guid PetitionId, string TrackingCode, Guid CaseId, string ReceivingBodyCode, DateOnly ReceivedOn, PetitionKind? Kind, PetitionStatus Status,
        double Score, bool LikelySameMatter, IReadOnlyList<string> Reasons, IReadOnlyList<ReasonDto> ReasonCodes);

    public sealed record ReasonDto(MatchReasonCode Code, IReadOnlyList<string> Arguments);

    public sealed record CandidatesDto(IReadOnlyList<CandidateDto> Items, bool IndexReady);

    public sealed record LinkRequest(Guid? OtherPetitionId, CaseLinkDecision? Decision);

    public sealed record LinkDto(Guid Id, Guid PetitionId, Guid OtherPetitionId, CaseLinkDecision Decision, double Score, string Reasons,
        DateTimeOffset DecidedAt, DateTimeOffset? UndoneAt, Guid CaseId);

    public static CandidateDto ToDto(CandidateView c, IStringLocalizer L)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.PetitionId, c.TrackingCode, c.CaseId, c.ReceivingBodyCode, c.ReceivedOn, c.Kind, c.Status, Math.Round(c.Score, 3),
            c.LikelySameMatter, [.. c.Reasons.Select(r => DuplicateMatcher.Render(L, r))], [.. c.Reasons.Select(r => new ReasonDto(r.Code, r.Arguments))]);
    }

    public static RouteGroupBuilder MapCasesApi(this RouteGroupBuilder api)
    {
        var petitions = api.MapGroup("/petitions").WithTags("Duplicates and matters").RequireAuthorization(PetitionsPermissions.Read);

        // The letters of every body that may be the same matter as a letter about to be registered.
        petitions.MapPost("/duplicate-candidates", async (PetitionSubmission? input, DuplicateMatcher matcher, IStringLocalizer<SharedResource> L,
            CancellationToken ct) =>
        {
            if (input is null)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [L["Validation.BodyRequired"]] });
            var problems = PetitionSubmissionValidator.ValidateForMatching(input);
            if (problems.Count > 0)
                return Results.ValidationProblem(PetitionMessages.ToErrors(L, problems));
            var found = await matcher.FindAsync(matcher.Fingerprint(input), ct);
            return Results.Ok(found.Select(c => ToDto(c, L)).ToList());
        }).WithSummary("Letters at any body that may be the same matter as this one, best first");

        petitions.MapGet("/{id:guid}/duplicate-candidates", async (Guid id, ClaimsPrincipal user, PetitionQueries queries, DuplicateMatcher matcher,
            IStringLocalizer<SharedResource> L, CancellationToken ct) =>
        {
            var p = await queries.FindReadableAsync(user, id, ct);
            if (p is null || !PetitionQueries.IsOwnBody(user, p))
                return Results.NotFound();
            var found = await matcher.FindAsync(p, ct);
            return Results.Ok(new CandidatesDto([.. found.Select(c => ToDto(c, L))], matcher.IsReady));
        }).WithSummary("Possible duplicates of a letter of the caller's body, not yet judged");

        petitions.MapGet("/{id:guid}/case-links", async (Guid id, ClaimsPrincipal user, PetitionQueries queries, CaseLinks links, CancellationToken ct) =>
        {
            var p = await queries.FindReadableAsync(user, id, ct);
            return p is null || !PetitionQueries.IsOwnBody(user, p) ? Results.NotFound() : Results.Ok(await links.ForPetitionAsync(id, ct));
        }).WithSummary("The same-matter and different judgements on a letter");

        petitions.MapPost("/{id:guid}/case-links", async (Guid id, LinkRequest? request, ClaimsPrincipal user, PetitionQueries queries,
            CaseLinks links, DuplicateMatcher matcher, IStringLocalizer<SharedResource> L, CancellationToken ct) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (request?.OtherPetitionId is null)
                errors["otherPetitionId"] = [L["Validation.Required", "otherPetitionId"]];
            if (request?.Decision is not { } decision || !Enum.IsDefined(decision))
                errors["decision"] = [L["Validation.Required", "decision"]];
            if (errors.Count > 0)
                return Results.ValidationProblem(errors);
            var p = await queries.FindReadableAsync(user, id, ct);
            if (p is null)
                return Results.NotFound();
            if (!CaseLinks.MayDecide(user, p))
                return Problem(403, "petition.forbidden", L["Petitions.StepForbidden"]);
            var evidence = await matcher.EvidenceAsync(p, request!.OtherPetitionId!.Value, L, ct);
            var outcome = await links.DecideAsync(user, id, request.OtherPetitionId.Value, request.Decision!.Value, evidence, ct);
            return Respond(outcome, L);
        }).WithSummary("Judge a candidate: the same matter (the letters join one matter) or a different one");

        petitions.MapPost("/{id:guid}/case-links/{linkId:guid}/undo", async (Guid id, Guid linkId, ClaimsPrincipal user, CaseLinks links,
            IStringLocalizer<SharedResource> L, CancellationToken ct) => Respond(await links.UndoAsync(user, id, linkId, ct), L))
            .WithSummary("Undo a judgement");

        api.MapGet("/cases/{id:guid}", async (Guid id, ClaimsPrincipal user, CaseView view, CancellationToken ct) =>
                await view.GetAsync(user, id, ct) is { } details ? Results.Ok(details) : Results.NotFound())
            .WithTags("Duplicates and matters").RequireAuthorization(PetitionsPermissions.Read)
            .WithSummary("One matter across bodies: its letters, lead body, statuses, due dates, timeline and counts");
        return api;
    }

    private static IResult Respond(LinkOutcome outcome, IStringLocalizer L) => outcome.Status switch
    {
        LinkStatus.NotFound => Results.NotFound(),
        LinkStatus.Forbidden => Problem(403, "petition.forbidden", L["Petitions.StepForbidden"]),
        LinkStatus.Refused => Problem(409, outcome.Error!.Code, L[outcome.Error.MessageKey]),
        _ => Results.Ok(new LinkDto(outcome.Link!.Id, outcome.Link.PetitionId, outcome.Link.OtherPetitionId, outcome.Link.Decision,
            outcome.Link.Score, outcome.Link.Reasons, outcome.Link.DecidedAt, outcome.Link.UndoneAt,
            outcome.Link.ToCaseId is { } to && outcome.Link.IsActive ? to : outcome.Link.FromCaseId ?? Guid.Empty)),
    };

    private static IResult Problem(int status, string code, string detail) =>
        Results.Problem(detail: detail, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code });
}
