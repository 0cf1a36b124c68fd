using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PhoiHop.Common;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Calendar;
using PhoiHop.Features.Documents;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;
using PhoiHop.Infrastructure.Files;

namespace PhoiHop.Features.Petitions;

[Authorize(Policy = PetitionsPermissions.Read)]
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
public sealed partial class DetailsModel(
    PetitionQueries queries, PetitionReader reader, PetitionHandling handling, PetitionSenders senders, PetitionDeadlines deadlines,
    PetitionAttachments attachments, PetitionDocuments documents, SenderUnits units, AuditActor actor,
    AppDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> L, Cases.DuplicateMatcher matcher, Cases.CaseLinks links) : PageModel
{
    /// <summary>Possible duplicates at any body (own body's staff only) and the judgements already made.</summary>
    public List<Cases.CandidateView> Candidates { get; private set; } = [];
    public List<Cases.CaseLinkRow> Links { get; private set; } = [];
    public bool CanJudge { get; private set; }
    public bool IndexReady { get; private set; }

    public Petition Petition { get; private set; } = null!;
    public string BodyName { get; private set; } = "";
    public string? ForwardedToName { get; private set; }
    public IReadOnlyList<PetitionAction> Steps { get; private set; } = [];
    public List<SenderView>? Senders { get; private set; }
    public Dictionary<string, string> UnitNames { get; private set; } = [];
    public PetitionsApi.LinkDto? SplitFrom { get; private set; }
    public List<PetitionsApi.LinkDto> SplitInto { get; private set; } = [];

    /// <summary>Rows of the split form: a few blank ones, or as many as were posted and one more.</summary>
    public int SplitRows => Math.Min(SplitPart.MaxParts, Math.Max(BlankSplitRows, (Step.Parts?.Count ?? 0) + 1));

    public const int BlankSplitRows = 3;
    public int SenderRows { get; private set; }
    public bool IdentitySealed { get; private set; }
    public bool MayReveal { get; private set; }
    public string LetterText { get; private set; } = "";
    public List<TrackedDeadline> Deadlines { get; private set; } = [];
    public List<PetitionRow> CaseLetters { get; private set; } = [];
    public List<(Guid Id, string Name)> Staff { get; private set; } = [];
    public List<(string Code, string Name)> Bodies { get; private set; } = [];
    public bool CanAssign { get; private set; }
    public string? AssigneeName { get; private set; }
    public DateOnly Today { get; private set; }
    public List<PetitionAttachment> Attachments { get; private set; } = [];
    public List<OutgoingDocument> Documents { get; private set; } = [];
    public List<(DocumentTemplate Template, IReadOnlyList<string> Missing)> Issuable { get; private set; } = [];
    public bool CanAddFiles { get; private set; }
    public bool FilesSealed { get; private set; }
    public string? SignerPosition { get; private set; }
    public string? SignerName { get; private set; }

    [BindProperty] public PetitionStep Step { get; set; } = new();

    /// <summary>The step whose form failed, to open it again with its messages.</summary>
    public PetitionAction? FailedStep { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, revealed: null, ct))
            return Page();
        // A letter the API accepted a moment ago and has not registered yet: registered now, as the API's own read does.
        var scopes = HttpContext.RequestServices.GetRequiredService<IServiceScopeFactory>();
        return await Inbox.PetitionInbox.SettleApartAsync(scopes, id, ct) && await LoadAsync(id, revealed: null, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostStepAsync(Guid id, PetitionAction step, CancellationToken ct)
    {
        // The split form has more rows than parts: the blank ones are not parts.
        if (step == PetitionAction.Split)
            Step.Parts = [.. (Step.Parts ?? []).Where(p => p is not null && !p.IsBlank)];
        // A value that could not be bound or is not text (the filters said which): the step is not taken.
        if (!ModelState.IsValid)
        {
            FailedStep = step;
            SayWhichFieldsAreInvalid();
            return await LoadAsync(id, revealed: null, ct) ? Page() : NotFound();
        }
        var outcome = await handling.TakeAsync(id, step, Step, User, ct);
        switch (outcome.Status)
        {
            case StepStatus.NotFound:
                return NotFound();
            case StepStatus.Forbidden:
                return Forbid();
            case StepStatus.Done:
                TempData["Flash"] = outcome.Created is { } created
                    ? L["Petitions.StepDoneForwarded", L[$"PetitionAction.{step}"], created.TrackingCode].Value
                    : outcome.Children.Count > 0 ? L["Petitions.StepDoneSplit", string.Join(", ", outcome.Children.Select(c => c.TrackingCode))].Value
                    : L["Petitions.StepDone", L[$"PetitionAction.{step}"]].Value;
                return RedirectToPage("/Petitions/Details", new { id });
        }
        db.ChangeTracker.Clear();
        FailedStep = step;
        if (outcome.Problems is { } problems)
        {
            foreach (var problem in problems)
                ModelState.AddModelError($"Step.{problem.Field}", PetitionMessages.Format(L, problem));
        }
        else
        {
            Error = L[outcome.Error!.MessageKey];
            ModelState.AddModelError("", Error);
        }
        return await LoadAsync(id, revealed: null, ct) ? Page() : NotFound();
    }

    // Not every field of the step and document forms has a message of its own: the summary names each refused one.
    private void SayWhichFieldsAreInvalid()
    {
        var labels = ModelState.Where(e => e.Key.Length > 0 && e.Value?.ValidationState == ModelValidationState.Invalid)
            .Select(e => LabelOf(e.Key)).Distinct().ToList();
        if (labels.Count > 0)
            ModelState.AddModelError("", L["Validation.FieldsRefused", string.Join(", ", labels)]);
    }

    private string LabelOf(string key)
    {
        if (key.StartsWith("fields[", StringComparison.Ordinal) && key.EndsWith(']'))
            return L[$"DocumentField.{key[7..^1]}"];
        if (key.StartsWith("Step.", StringComparison.Ordinal))
            return L[$"Petitions.Field.{StepIndex().Replace(key[5..].Split('.')[0], "")}"];
        return L[$"DocumentField.{char.ToUpperInvariant(key[0])}{key[1..]}"];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[\d+\]")]
    private static partial System.Text.RegularExpressions.Regex StepIndex();

    public async Task<IActionResult> OnPostJudgeAsync(Guid id, Guid otherId, Cases.CaseLinkDecision decision, CancellationToken ct)
    {
        var petition = await queries.FindReadableAsync(User, id, ct);
        if (petition is null)
            return NotFound();
        if (!Cases.CaseLinks.MayDecide(User, petition) || !Enum.IsDefined(decision))
            return Forbid();
        var evidence = await matcher.EvidenceAsync(petition, otherId, L, ct);
        db.ChangeTracker.Clear();
        var outcome = await links.DecideAsync(User, id, otherId, decision, evidence, ct);
        return await AfterLinkAsync(id, outcome, outcome.Link is { } link
            ? L[decision == Cases.CaseLinkDecision.SameMatter ? "Duplicates.Confirmed" : "Duplicates.Rejected", petition.TrackingCode,
                await db.Petitions.Where(p => p.Id == link.OtherPetitionId).Select(p => p.TrackingCode).SingleAsync(ct)].Value
            : "", ct);
    }

    public async Task<IActionResult> OnPostUndoLinkAsync(Guid id, Guid linkId, CancellationToken ct) =>
        await AfterLinkAsync(id, await links.UndoAsync(User, id, linkId, ct), L["Duplicates.UndoneFlash"].Value, ct);

    private async Task<IActionResult> AfterLinkAsync(Guid id, Cases.LinkOutcome outcome, string done, CancellationToken ct)
    {
        switch (outcome.Status)
        {
            case Cases.LinkStatus.NotFound:
                return NotFound();
            case Cases.LinkStatus.Forbidden:
                return Forbid();
            case Cases.LinkStatus.Done:
                TempData["Flash"] = done;
                return RedirectToPage("/Petitions/Details", new { id });
        }
        db.ChangeTracker.Clear();
        Error = L[outcome.Error!.MessageKey];
        ModelState.AddModelError("", Error);
        return await LoadAsync(id, revealed: null, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAssignAsync(Guid id, Guid? assigneeId, CancellationToken ct)
    {
        var outcome = await handling.AssignAsync(id, assigneeId, User, ct);
        switch (outcome.Status)
        {
            case StepStatus.NotFound:
                return NotFound();
            case StepStatus.Forbidden:
                return Forbid();
            case StepStatus.Done:
                TempData["Flash"] = L["Petitions.Assigned"].Value;
                return RedirectToPage("/Petitions/Details", new { id });
        }
        db.ChangeTracker.Clear();
        ModelState.AddModelError("assigneeId", outcome.Problems is { } p ? PetitionMessages.Format(L, p[0]) : L[outcome.Error!.MessageKey]);
        return await LoadAsync(id, revealed: null, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAddFileAsync(Guid id, IFormFile? file, Guid? documentId, CancellationToken ct)
    {
        var petition = await queries.FindReadableAsync(User, id, ct);
        if (petition is null)
            return NotFound();
        if (!PetitionQueries.IsOwnBody(User, petition) || !PetitionFilesApi.MayAdd(User))
            return Forbid();
        if (documentId is { } d && !await db.Set<OutgoingDocument>().AnyAsync(x => x.Id == d && x.PetitionId == id, ct))
            return NotFound();
        if (file is null)
        {
            ModelState.AddModelError("file", L["Validation.Required", L["Petitions.Field.Files"]]);
            return await LoadAsync(id, revealed: null, ct) ? Page() : NotFound();
        }
        var (attachment, error) = await attachments.AddAsync(id, file, User.UserId(), ct, documentId);
        if (error is not null)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("file", L["Petitions.FileRefused", L["Petitions.Field.Files"], file.FileName, L[error.MessageKey]]);
            return await LoadAsync(id, revealed: null, ct) ? Page() : NotFound();
        }
        actor.Reason = $"Thêm tệp {attachment!.FileName}";
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = L["Petitions.AttachmentAdded"].Value;
        return RedirectToPage("/Petitions/Details", new { id });
    }

    public async Task<IActionResult> OnGetFileAsync(Guid id, Guid attachmentId, CancellationToken ct)
    {
        var petition = await queries.FindReadableAsync(User, id, ct);
        var attachment = petition is null ? null : await attachments.FindAsync(id, attachmentId, ct);
        if (attachment is null)
            return NotFound();
        if (!await reader.MayOpenAsync(petition!, User, $"Tải tệp {attachment.FileName}", ct))
            return Forbid();
        return File(attachments.Open(attachment), attachment.Type.ContentType(), attachment.FileName);
    }

    public async Task<IActionResult> OnPostIssueAsync(Guid id, string? template, Dictionary<string, string>? fields, string? signerAuthority,
        string? signerPosition, string? signerName, CancellationToken ct)
    {
        var petition = await queries.FindReadableAsync(User, id, ct);
        if (petition is null)
            return NotFound();
        if (!PetitionQueries.IsOwnBody(User, petition) || !PetitionsPermissions.Has(User, PetitionsPermissions.Handle))
            return Forbid();
        var chosen = PetitionDocuments.CalledFor(petition).FirstOrDefault(t => t.Code == template);
        if (chosen is null)
            return NotFound();
        if (!ModelState.IsValid)
        {
            SayWhichFieldsAreInvalid();
            return await LoadAsync(id, revealed: null, ct) ? Page() : NotFound();
        }
        var (document, missing, tooLong) = await documents.IssueAsync(petition, chosen, fields ?? [],
            new PetitionDocuments.Signature(signerAuthority, signerPosition, signerName), User, ct);
        if (document is null)
        {
            db.ChangeTracker.Clear();
            if (missing.Count > 0)
                ModelState.AddModelError("", L["Petitions.DocumentMissing", string.Join(", ", missing.Select(m => L[$"DocumentField.{m}"].Value))]);
            foreach (var m in tooLong)
                ModelState.AddModelError("", L["Validation.TooLong", L[$"DocumentField.{m}"], PetitionDocuments.LimitOf(m)]);
            return await LoadAsync(id, revealed: null, ct) ? Page() : NotFound();
        }
        TempData["Flash"] = L["Petitions.DocumentIssued", document.NumberAndSymbol].Value;
        return RedirectToPage("/Petitions/Details", new { id });
    }

    public async Task<IActionResult> OnGetDocumentAsync(Guid id, Guid documentId, string? format, CancellationToken ct)
    {
        var petition = await queries.FindReadableAsync(User, id, ct);
        var document = petition is null ? null : (await documents.ListAsync(id, ct)).SingleOrDefault(d => d.Id == documentId);
        if (document is null || format is not ("pdf" or "docx"))
            return NotFound();
        if (!await reader.MayOpenAsync(petition!, User, $"Xem văn bản {document.NumberAndSymbol}", ct))
            return Forbid();
        var composed = await documents.ComposeAsync(document, ct);
        var name = $"{document.NumberAndSymbol.Replace('/', '-')}.{format}";
        return format == "pdf"
            ? File(OfficialDocumentPdf.Render(composed), "application/pdf", name)
            : File(OfficialDocumentDocx.Render(composed), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name);
    }

    public const long UploadLimit = 60L * 1024 * 1024;

    /// <summary>Shows a denouncer's identity once, after the reason is recorded (and audited).</summary>
    public async Task<IActionResult> OnPostRevealAsync(Guid id, string? reason, CancellationToken ct)
    {
        var petition = await queries.FindReadableAsync(User, id, ct);
        if (petition is null)
            return NotFound();
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > PetitionConfiguration.NoteLength)
        {
            ModelState.AddModelError("reason", string.IsNullOrEmpty(reason)
                ? L["Validation.Required", L["Petitions.Field.Reason"]]
                : L["Validation.TooLong", L["Petitions.Field.Reason"], PetitionConfiguration.NoteLength]);
            return await LoadAsync(id, revealed: null, ct) ? Page() : NotFound();
        }
        var revealed = await reader.RevealAsync(petition, User, reason, ct);
        if (revealed is null)
            return Forbid();
        return await LoadAsync(id, revealed, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, List<SenderView>? revealed, CancellationToken ct)
    {
        var petition = await queries.FindReadableAsync(User, id, ct);
        if (petition is null)
            return false;
        Petition = petition;
        Today = Display.VietnamToday(clock);
        var names = await db.Bodies.AsNoTracking().Where(b => b.Id == petition.ReceivingBodyId || b.Id == petition.ForwardedToBodyId)
            .ToDictionaryAsync(b => b.Id, b => b.Name, ct);
        BodyName = names[petition.ReceivingBodyId];
        ForwardedToName = petition.ForwardedToBodyId is { } to ? names.GetValueOrDefault(to) : null;
        Steps = reader.StepsFor(petition, User);
        SenderRows = await senders.CountAsync(petition.Id, ct);
        IdentitySealed = !PetitionQueries.MaySeeIdentity(User, petition, revealedWithReason: revealed is not null);
        MayReveal = IdentitySealed && PetitionQueries.IsOwnBody(User, petition) && PetitionQueries.MayReveal(User) && SenderRows > 0;
        var all = revealed ?? await senders.RevealAsync(petition.Id, ct);
        Senders = IdentitySealed ? null : all;
        UnitNames = Senders is null ? [] : await units.NamesAsync(Senders.Select(s => s.AdministrativeUnitCode), ct);
        LetterText = IdentitySealed && PetitionQueries.IsIdentitySealed(petition) ? PetitionSenders.Redact(petition.Content, all) : petition.Content;
        Deadlines = await deadlines.ListAsync(petition, ct);
        SplitFrom = petition.SplitFromId is null ? null : await reader.SplitFromAsync(petition, ct);
        SplitInto = await reader.SplitIntoAsync(petition.Id, ct);
        CaseLetters = await queries.CaseAsync(User, petition, ct);
        if (PetitionQueries.IsOwnBody(User, petition))
        {
            Candidates = await matcher.FindAsync(petition, ct);
            Links = await links.ForPetitionAsync(petition.Id, ct);
            IndexReady = matcher.IsReady;
            CanJudge = Cases.CaseLinks.MayDecide(User, petition);
        }
        CanAssign = PetitionQueries.IsOwnBody(User, petition) && PetitionsPermissions.Has(User, PetitionsPermissions.Assign);
        if (CanAssign)
        {
            Staff = [.. (await db.Users.AsNoTracking().Where(u => u.BodyId == petition.ReceivingBodyId && u.IsActive)
                .Select(u => new { u.Id, u.FullName }).ToListAsync(ct)).OrderBy(u => u.FullName, Display.VietnameseOrder).Select(u => (u.Id, u.FullName))];
        }
        AssigneeName = petition.AssigneeId is { } a ? await db.Users.Where(u => u.Id == a).Select(u => u.FullName).SingleOrDefaultAsync(ct) : null;
        Attachments = await attachments.ListAsync(petition.Id, ct);
        Documents = await documents.ListAsync(petition.Id, ct);
        CanAddFiles = PetitionQueries.IsOwnBody(User, petition) && PetitionFilesApi.MayAdd(User);
        FilesSealed = PetitionQueries.IsIdentitySealed(petition) && !PetitionQueries.MaySeeIdentity(User, petition, revealedWithReason: true);
        if (PetitionQueries.IsOwnBody(User, petition) && PetitionsPermissions.Has(User, PetitionsPermissions.Handle))
        {
            foreach (var template in PetitionDocuments.CalledFor(petition))
            {
                var known = await documents.KnownFieldsAsync(petition, template, ct);
                Issuable.Add((template, template.MissingFields(known)));
            }
            var me = await db.Users.AsNoTracking().Where(u => u.Id == User.UserId()).Select(u => new { u.FullName, u.Position }).SingleOrDefaultAsync(ct);
            (SignerName, SignerPosition) = (me?.FullName, me?.Position);
        }
        if (Steps.Contains(PetitionAction.Forward))
        {
            Bodies = [.. (await db.Bodies.AsNoTracking().Where(b => b.ValidTo == null && b.Id != petition.ReceivingBodyId && b.Kind != BodyKind.PlatformOperator)
                .Select(b => new { b.Code, b.Name }).ToListAsync(ct)).OrderBy(b => b.Name, Display.VietnameseOrder).Select(b => (b.Code, b.Name))];
        }
        return true;
    }
}
