using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PhoiHop.Infrastructure.Web;

namespace PhoiHop.Features.Petitions;

public static class PetitionsApi
{
    public sealed record CreatedDto(Guid Id, string TrackingCode, Guid CaseId, PetitionStatus Status, string ReceivingBodyCode,
        IReadOnlyList<Cases.CasesApi.CandidateDto> DuplicateCandidates);

    /// <summary>The answer to a letter accepted into the inbox (<c>Prefer: respond-async</c>): registered within seconds.</summary>
    public sealed record AcceptedDto(Guid Id, string TrackingCode, Guid CaseId, string ReceivingBodyCode, string Status = "Queued");

    public sealed record PetitionDto(
        Guid Id, string TrackingCode, Guid CaseId, string ReceivingBodyCode, Channel Channel, DateOnly ReceivedOn, string Subject, string Content,
        PetitionKind? Kind, PetitionKind? DeclaredKind, string? FieldCode, Competence? Competence, IReadOnlyList<PetitionFlags> Flags,
        PetitionStatus Status, PetitionTrack Track, int SenderCount, Guid? AssigneeId, DateOnly? DueOn, Guid? ForwardedFromId,
        string? ForwardedToBodyCode, DateOnly? AnswerDueOn, string? AnswerSummary, int Version, bool IdentitySealed,
        IReadOnlyList<SenderDto>? Senders, IReadOnlyList<PetitionAction> AllowedActions, IReadOnlyList<TransitionDto> History,
        IReadOnlyList<DeadlineDto> Deadlines)
    {
        /// <summary>The letter this one was split from (tách đơn), if any.</summary>
        public Guid? SplitFromId { get; init; }

        /// <summary>The letters this one was split into.</summary>
        public IReadOnlyList<LinkDto> SplitInto { get; init; } = [];
    }

    /// <summary>Another letter named from this one.</summary>
    public sealed record LinkDto(Guid Id, string TrackingCode, string Subject, PetitionKind? Kind);

    public sealed record SenderDto(
        string FullName, string? IdNumber, string? Phone, string? Address, bool IsRepresentative, string? AdministrativeUnitCode,
        string? AdministrativeUnit);

    public sealed record TransitionDto(PetitionAction Action, PetitionStatus From, PetitionStatus To, DateTimeOffset At, string ActorName, string? Reason);

    public sealed record DeadlineDto(string RuleCode, DateOnly StartDate, DateOnly DueDate, string Status, IReadOnlyList<string> Explanation);

    public sealed record RowDto(Guid Id, string TrackingCode, DateOnly ReceivedOn, string Subject, PetitionKind? Kind, PetitionStatus Status,
        Channel Channel, string ReceivingBodyCode, Guid? AssigneeId, DateOnly? DueOn, Guid CaseId);

    public sealed record ListDto(IReadOnlyList<RowDto> Items, int Total, int Page, int PageSize);

    public sealed record StepResultDto(PetitionDto Petition, Guid? ForwardedPetitionId, string? ForwardedTrackingCode, IReadOnlyList<LinkDto> SplitInto);

    public sealed record AssignRequest(Guid? AssigneeId);

    public sealed record RevealRequest(string? Reason);

    public static RouteGroupBuilder MapPetitionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/petitions").WithTags("Petitions").RequireAuthorization(PetitionsPermissions.Read);

        group.MapPost("/", async (PetitionSubmission? input, [FromHeader(Name = IdempotencyRecord.Header)] string? idempotencyKey,
            [FromHeader(Name = "Prefer")] string? prefer, ClaimsPrincipal user, HttpContext http, PetitionIntake intake,
            Cases.DuplicateMatcher matcher, Inbox.PetitionInboxSignal inbox, IStringLocalizer<SharedResource> L, CancellationToken ct) =>
        {
            if (input is null)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [L["Validation.BodyRequired"]] });
            if (idempotencyKey is not null && !IdempotencyRecord.IsValidKey(idempotencyKey))
                return Results.ValidationProblem(new Dictionary<string, string[]> { [IdempotencyRecord.Header] = [L["Validation.IdempotencyKey"]] });
            var queue = RespondAsync(prefer);
            var outcome = queue ? await intake.AcceptAsync(input, user, idempotencyKey, ct) : await intake.RegisterAsync(input, user, idempotencyKey, ct);
            if (outcome.Status == IntakeStatus.Replayed)
                http.Response.Headers["Idempotent-Replayed"] = "true";
            if (outcome.Status is not (IntakeStatus.Created or IntakeStatus.Replayed or IntakeStatus.Queued))
            {
                return outcome.Status switch
                {
                    IntakeStatus.Invalid => Results.ValidationProblem(PetitionMessages.ToErrors(L, outcome.Problems!)),
                    IntakeStatus.Forbidden => Problem(403, "petition.not_your_body", L["Petitions.NotYourBody"]),
                    _ => Problem(422, "idempotency.key_reused", L["Validation.IdempotencyKeyReused"]),
                };
            }
            if (outcome.Queued is { } queued)
            {
                if (outcome.Status == IntakeStatus.Queued)
                    inbox.Accepted();
                http.Response.Headers["Preference-Applied"] = "respond-async";
                return Results.Accepted($"/api/v1/petitions/{queued.Id}", new AcceptedDto(queued.Id, queued.TrackingCode, queued.CaseId, queued.ReceivingBodyCode));
            }
            var p = outcome.Petition!;
            var candidates = outcome.Fingerprint is { } fingerprint ? await matcher.FindForNewAsync(p, fingerprint, ct) : await matcher.FindAsync(p, ct);
            return Results.Json(new CreatedDto(p.Id, p.TrackingCode, p.CaseId, p.Status, input.ReceivingBodyCode!.Trim(),
                [.. candidates.Select(c => Cases.CasesApi.ToDto(c, L))]), statusCode: StatusCodes.Status201Created);
        }).RequireAuthorization(PetitionsPermissions.Register)
            .WithSummary("Register a letter received by the caller's body; with `Prefer: respond-async`, accept it into the inbox (202) to be registered within seconds");

        group.MapGet("/", async (ClaimsPrincipal user, PetitionQueries queries, PetitionWorklist? queue, PetitionStatus? status, PetitionKind? kind,
            Channel? channel, DateOnly? from, DateOnly? to, string? code, PetitionSort? sort, int? page, int? pageSize, CancellationToken ct) =>
        {
            var result = await queries.ListAsync(user, new PetitionFilter
            {
                Queue = queue ?? PetitionWorklist.Body,
                Status = status,
                Kind = kind,
                Channel = channel,
                From = from,
                To = to,
                Code = code,
                Sort = sort ?? PetitionSort.ReceivedDesc,
                Page = page ?? 1,
                PageSize = pageSize ?? 50,
            }, null, ct);
            return new ListDto([.. result.Items.Select(r => new RowDto(r.Id, r.TrackingCode, r.ReceivedOn, r.Subject, r.Kind ?? r.DeclaredKind, r.Status,
                r.Channel, r.ReceivingBodyCode, r.AssigneeId, r.DueOn, r.CaseId))], result.Total, result.PageNumber, result.PageSize);
        }).WithSummary("The caller's work queues, filtered and paged");

        group.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, PetitionQueries queries, PetitionReader reader, IServiceScopeFactory scopes,
            CancellationToken ct) =>
        {
            var p = await queries.FindReadableAsync(user, id, ct);
            // Asked for right after a 202: registered now rather than a 404 until the worker comes to it.
            if (p is null && await Inbox.PetitionInbox.SettleApartAsync(scopes, id, ct))
                p = await queries.FindReadableAsync(user, id, ct);
            return p is null ? Results.NotFound() : Results.Ok(await reader.ToDtoAsync(p, user, revealed: false, ct));
        }).WithSummary("One letter with its history, deadlines and the steps allowed now");

        group.MapPost("/{id:guid}/identity", async (Guid id, RevealRequest? request, ClaimsPrincipal user, PetitionQueries queries,
            PetitionReader reader, SenderUnits units, IStringLocalizer<SharedResource> L, CancellationToken ct) =>
        {
            var p = await queries.FindReadableAsync(user, id, ct);
            if (p is null)
                return Results.NotFound();
            var reason = request?.Reason?.Trim();
            if (string.IsNullOrEmpty(reason))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = [L["Validation.Required", L["Petitions.Field.Reason"]]] });
            if (reason.Length > PetitionConfiguration.NoteLength)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = [L["Validation.TooLong", L["Petitions.Field.Reason"], PetitionConfiguration.NoteLength]] });
            var senders = await reader.RevealAsync(p, user, reason, ct);
            return senders is null
                ? Problem(403, "petition.identity_sealed", L["Petitions.IdentitySealed"])
                : Results.Ok(await PetitionReader.ToDtosAsync(senders, units, ct));
        }).WithSummary("Reveal a denouncer's identity with a stated reason (audited)");

        group.MapPost("/{id:guid}/assign", async (Guid id, AssignRequest? request, ClaimsPrincipal user, PetitionHandling handling,
            PetitionReader reader, IStringLocalizer<SharedResource> L, CancellationToken ct) =>
            await Answer(await handling.AssignAsync(id, request?.AssigneeId, user, ct), user, reader, L, ct))
            .WithSummary("Assign the letter to a handler of the receiving body (leaders)");

        foreach (var action in Enum.GetValues<PetitionAction>().Where(a => a != PetitionAction.Receive))
        {
            group.MapPost($"/{{id:guid}}/{PetitionMessages.Kebab(action.ToString())}", async (Guid id, PetitionStep? step, ClaimsPrincipal user,
                PetitionHandling handling, PetitionReader reader, IServiceScopeFactory scopes, IStringLocalizer<SharedResource> L, CancellationToken ct) =>
            {
                var outcome = await handling.TakeAsync(id, action, step ?? new PetitionStep(), user, ct);
                if (outcome.Status == StepStatus.NotFound && await Inbox.PetitionInbox.SettleApartAsync(scopes, id, ct))
                    outcome = await handling.TakeAsync(id, action, step ?? new PetitionStep(), user, ct);
                return await Answer(outcome, user, reader, L, ct);
            })
                .WithName($"Petition{action}")
                .WithSummary($"Step: {action}");
        }
        return api;
    }

    private static async Task<IResult> Answer(StepOutcome outcome, ClaimsPrincipal user, PetitionReader reader, IStringLocalizer L, CancellationToken ct) =>
        outcome.Status switch
        {
            StepStatus.NotFound => Results.NotFound(),
            StepStatus.Forbidden => Problem(403, "petition.forbidden", L["Petitions.StepForbidden"]),
            StepStatus.Invalid => Results.ValidationProblem(PetitionMessages.ToErrors(L, outcome.Problems!)),
            StepStatus.Refused or StepStatus.Stale => Problem(409, outcome.Error!.Code, L[outcome.Error.MessageKey]),
            _ => Results.Ok(new StepResultDto(await reader.ToDtoAsync(outcome.Petition!, user, revealed: false, ct), outcome.Created?.Id,
                outcome.Created?.TrackingCode, [.. outcome.Children.Select(c => new LinkDto(c.Id, c.TrackingCode, c.Subject, c.DeclaredKind))])),
        };

    /// <summary>RFC 7240: <c>Prefer: respond-async</c>, alone or among other preferences.</summary>
    internal static bool RespondAsync(string? prefer) =>
        prefer is not null && prefer.Split(',').Any(p => p.Split(';')[0].Trim().Equals("respond-async", StringComparison.OrdinalIgnoreCase));

    private static IResult Problem(int status, string code, string detail) =>
        Results.Problem(detail: detail, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code });
}
