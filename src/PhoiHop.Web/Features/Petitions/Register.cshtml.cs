using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Petitions;

[Authorize(Policy = PetitionsPermissions.Register)]
[RequestSizeLimit(DetailsModel.UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = DetailsModel.UploadLimit)]
public sealed class RegisterModel(
    PetitionIntake intake, AppDbContext db, SenderUnits units, TimeProvider clock, IStringLocalizer<SharedResource> L, Cases.DuplicateMatcher matcher)
    : PageModel
{
    public const int BlankSenderRows = 2;

    [BindProperty] public PetitionSubmission Input { get; set; } = new();

    /// <summary>A random key per form: a double click or a resubmitted page does not register the letter twice.</summary>
    [BindProperty] public string? SubmissionKey { get; set; }

    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    public string BodyName { get; private set; } = "";

    /// <summary>The letters of every body that may be the same matter; null until the officer asks for the check.</summary>
    public IReadOnlyList<Cases.CandidateView>? Candidates { get; private set; }

    public bool IndexReady { get; private set; } = true;
    public IReadOnlyList<SenderUnits.Group> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadBodyAsync(ct))
            return Forbid();
        Input.ReceivedOn = Display.VietnamToday(clock);
        Input.Channel = Channel.InPerson;
        SubmissionKey = Guid.NewGuid().ToString("N");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadBodyAsync(ct))
            return Forbid();
        Input.Senders = [.. Input.Senders.Where(s => !IsBlank(s))];
        if (!ModelState.IsValid)
            return Page();
        var key = IdempotencyKeyOk(SubmissionKey) ? SubmissionKey : null;
        var outcome = await intake.RegisterAsync(Input, User, key, ct, Files);
        switch (outcome.Status)
        {
            case IntakeStatus.Created or IntakeStatus.Replayed:
                TempData["Flash"] = L["Petitions.Registered", outcome.Petition!.TrackingCode].Value;
                return RedirectToPage("/Petitions/Details", new { id = outcome.Petition.Id });
            case IntakeStatus.Forbidden:
                return Forbid();
            case IntakeStatus.KeyReused:
                ModelState.AddModelError("", L["Validation.IdempotencyKeyReused"]);
                SubmissionKey = Guid.NewGuid().ToString("N");
                return Page();
            default:
                foreach (var problem in outcome.Problems!)
                    ModelState.AddModelError($"Input.{problem.Field}", PetitionMessages.Format(L, problem));
                return Page();
        }
    }

    /// <summary>Another row for a sender, without JavaScript: the form comes back with what was typed.</summary>
    public async Task<IActionResult> OnPostAddSenderAsync(CancellationToken ct)
    {
        if (!await LoadBodyAsync(ct))
            return Forbid();
        ModelState.Clear();
        if (Input.Senders.Count < PetitionSubmissionValidator.MaxSenders)
            Input.Senders.Add(new SenderSubmission());
        return Page();
    }

    /// <summary>
    /// Kiểm tra đơn trùng before saving (issue #5 item 3): the form comes back with what was typed and the candidates
    /// across all bodies, as the API's duplicate-candidates answers; nothing is registered and nothing is written.
    /// </summary>
    public async Task<IActionResult> OnPostCheckDuplicatesAsync(CancellationToken ct)
    {
        if (!await LoadBodyAsync(ct))
            return Forbid();
        ModelState.Clear();
        Input.Senders = [.. Input.Senders.Where(s => !IsBlank(s))];
        var problems = PetitionSubmissionValidator.ValidateForMatching(Input);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
                ModelState.AddModelError($"Input.{problem.Field}", PetitionMessages.Format(L, problem));
            return Page();
        }
        Candidates = await matcher.FindAsync(matcher.Fingerprint(Input), ct);
        IndexReady = matcher.IsReady;
        return Page();
    }

    public int Rows => Math.Max(Input.Senders.Count, Input.Anonymous ? 0 : 1);

    private async Task<bool> LoadBodyAsync(CancellationToken ct)
    {
        var bodyId = User.BodyId();
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bodyId, ct);
        if (body is null)
            return false;
        BodyName = body.Name;
        Input.ReceivingBodyCode = body.Code;
        Units = await units.ChoicesAsync(Display.VietnamToday(clock), ct);
        return true;
    }

    private static bool IsBlank(SenderSubmission s) =>
        string.IsNullOrWhiteSpace(s.FullName) && string.IsNullOrWhiteSpace(s.IdNumber) && string.IsNullOrWhiteSpace(s.Phone) && string.IsNullOrWhiteSpace(s.Address)
        && string.IsNullOrWhiteSpace(s.AdministrativeUnitCode);

    private static bool IdempotencyKeyOk(string? key) => Infrastructure.Web.IdempotencyRecord.IsValidKey(key);
}
