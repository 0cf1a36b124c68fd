using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using PhoiHop.Features.Documents;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Files;

namespace PhoiHop.Features.Petitions;

/// <summary>Files and outgoing documents of a letter over the API.</summary>
public static class PetitionFilesApi
{
    public sealed record AttachmentDto(Guid Id, string FileName, AttachmentType Type, long Length, DateTimeOffset AddedAt, Guid? DocumentId);

    public sealed record DocumentDto(Guid Id, string TemplateCode, int TemplateVersion, string NumberAndSymbol, DateOnly IssuedOn, string SignerName);

    public sealed record IssueRequest(string? Template, Dictionary<string, string>? Fields, string? SignerAuthority, string? SignerPosition, string? SignerName);

    public static RouteGroupBuilder MapPetitionFilesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/petitions/{id:guid}").WithTags("Petitions").RequireAuthorization(PetitionsPermissions.Read);

        group.MapGet("/attachments", async (Guid id, ClaimsPrincipal user, PetitionQueries queries, PetitionAttachments attachments, CancellationToken ct) =>
            await queries.FindReadableAsync(user, id, ct) is null
                ? Results.NotFound()
                : Results.Ok((await attachments.ListAsync(id, ct)).Select(ToDto).ToList()))
            .WithSummary("The files of a letter");

        // Multipart upload for API clients (a personal token: no cookie, so no cross-site form can reach it).
        group.MapPost("/attachments", async (Guid id, IFormFile? file, ClaimsPrincipal user, PetitionQueries queries,
            PetitionAttachments attachments, Infrastructure.Data.AppDbContext db, Audit.AuditActor actor, IStringLocalizer<SharedResource> L, CancellationToken ct) =>
        {
            var petition = await queries.FindReadableAsync(user, id, ct);
            if (petition is null)
                return Results.NotFound();
            if (!PetitionQueries.IsOwnBody(user, petition) || !MayAdd(user))
                return Results.Problem(L["Petitions.StepForbidden"], statusCode: 403);
            if (file is null)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [L["Validation.Required", L["Petitions.Field.Files"]]] });
            var (attachment, error) = await attachments.AddAsync(id, file, user.UserId(), ct);
            if (error is not null)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [L[error.MessageKey]] });
            actor.Reason = $"Thêm tệp {attachment!.FileName}";
            await db.SaveChangesAsync(ct);
            return Results.Created($"/api/v1/petitions/{id}/attachments/{attachment.Id}", ToDto(attachment));
        }).DisableAntiforgery()
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = ApiTokenAuthenticationHandler.SchemeName })
            .WithSummary("Add a file (multipart/form-data, field 'file'); the type is checked from the content");

        group.MapGet("/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, ClaimsPrincipal user, PetitionQueries queries,
            PetitionAttachments attachments, PetitionReader reader, CancellationToken ct) =>
        {
            var petition = await queries.FindReadableAsync(user, id, ct);
            var attachment = petition is null ? null : await attachments.FindAsync(id, attachmentId, ct);
            if (attachment is null)
                return Results.NotFound();
            if (!await reader.MayOpenAsync(petition!, user, $"Tải tệp {attachment.FileName}", ct))
                return Results.Forbid();
            return Results.File(attachments.Open(attachment), attachment.Type.ContentType(), attachment.FileName);
        }).WithSummary("Download a file (a denunciation's files only for those who may see the denouncer, each download logged)");

        group.MapGet("/documents", async (Guid id, ClaimsPrincipal user, PetitionQueries queries, PetitionDocuments documents, CancellationToken ct) =>
            await queries.FindReadableAsync(user, id, ct) is null
                ? Results.NotFound()
                : Results.Ok((await documents.ListAsync(id, ct)).Select(ToDto).ToList()))
            .WithSummary("The outgoing documents of a letter");

        group.MapPost("/documents", async (Guid id, IssueRequest? request, ClaimsPrincipal user, PetitionQueries queries, PetitionDocuments documents,
            IStringLocalizer<SharedResource> L, CancellationToken ct) =>
        {
            var petition = await queries.FindReadableAsync(user, id, ct);
            if (petition is null)
                return Results.NotFound();
            if (!PetitionQueries.IsOwnBody(user, petition) || !PetitionsPermissions.Has(user, PetitionsPermissions.Handle))
                return Results.Problem(L["Petitions.StepForbidden"], statusCode: 403);
            var template = PetitionDocuments.CalledFor(petition).FirstOrDefault(t => t.Code == request?.Template);
            if (template is null)
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["template"] = [L["Validation.UnknownChoice"]] });
            var (document, missing, tooLong) = await documents.IssueAsync(petition, template, request!.Fields ?? [],
                new PetitionDocuments.Signature(request.SignerAuthority, request.SignerPosition, request.SignerName), user, ct);
            static string Path(string m) => m.StartsWith("Signer", StringComparison.Ordinal) ? PetitionMessages.JsonPath(m) : $"fields.{m}";
            return document is null
                ? Results.ValidationProblem(missing.Select(m => (Path(m), L["Validation.Required", L[$"DocumentField.{m}"]].Value))
                    .Concat(tooLong.Select(m => (Path(m), L["Validation.TooLong", L[$"DocumentField.{m}"], PetitionDocuments.LimitOf(m)].Value)))
                    .ToDictionary(e => e.Item1, e => new[] { e.Item2 }))
                : Results.Created($"/api/v1/petitions/{id}/documents/{document.Id}.pdf", ToDto(document));
        }).WithSummary("Issue a numbered document (the fields the letter gives are filled in; give the others)");

        group.MapGet("/documents/{documentId:guid}.{format}", async (Guid id, Guid documentId, string format, ClaimsPrincipal user,
            PetitionQueries queries, PetitionDocuments documents, PetitionReader reader, CancellationToken ct) =>
        {
            var petition = await queries.FindReadableAsync(user, id, ct);
            var document = petition is null ? null : (await documents.ListAsync(id, ct)).SingleOrDefault(d => d.Id == documentId);
            if (document is null || format is not ("pdf" or "docx"))
                return Results.NotFound();
            if (!await reader.MayOpenAsync(petition!, user, $"Xem văn bản {document.NumberAndSymbol}", ct))
                return Results.Forbid();
            var composed = await documents.ComposeAsync(document, ct);
            var name = $"{document.NumberAndSymbol.Replace('/', '-')}.{format}";
            return format == "pdf"
                ? Results.File(OfficialDocumentPdf.Render(composed), "application/pdf", name)
                : Results.File(OfficialDocumentDocx.Render(composed), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name);
        }).WithSummary("A document as PDF or DOCX (editable), in the layout of Nghị định 30/2020/NĐ-CP");
        return api;
    }

    public static bool MayAdd(ClaimsPrincipal user) =>
        PetitionsPermissions.Has(user, PetitionsPermissions.Register) || PetitionsPermissions.Has(user, PetitionsPermissions.Handle);

    private static AttachmentDto ToDto(PetitionAttachment a) => new(a.Id, a.FileName, a.Type, a.Length, a.AddedAt, a.DocumentId);

    private static DocumentDto ToDto(OutgoingDocument d) => new(d.Id, d.TemplateCode, d.TemplateVersion, d.NumberAndSymbol, d.IssuedOn, d.SignerName);
}
