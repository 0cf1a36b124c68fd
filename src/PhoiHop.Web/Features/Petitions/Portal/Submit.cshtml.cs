using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PhoiHop.Features.Organizations;

namespace PhoiHop.Features.Petitions.Portal;

/// <summary>A citizen sends a letter without an account and gets a receipt: tracking code and secret.</summary>
[RequestSizeLimit(DetailsModel.UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = DetailsModel.UploadLimit)]
public sealed class SubmitModel(
    CitizenPortal portal, PetitionIntake intake, PortalRateLimits limits, SenderUnits units, TimeProvider clock, IStringLocalizer<SharedResource> L)
    : PageModel
{
    [BindProperty] public PetitionSubmission Input { get; set; } = new() { Senders = [new SenderSubmission()] };
    [BindProperty] public string? FormToken { get; set; }

    /// <summary>A field people never see: a robot fills it in.</summary>
    [BindProperty] public string? Website { get; set; }
    [BindProperty] public bool Confirm { get; set; }

    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    public List<Body> Bodies { get; private set; } = [];
    public IReadOnlyList<SenderUnits.Group> Units { get; private set; } = [];
    public string? TrackingCode { get; private set; }
    public string? Secret { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Bodies = await portal.BodiesAsync(ct);
        Units = await units.ChoicesAsync(Common.Display.VietnamToday(clock), ct);
        FormToken = portal.IssueFormToken();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Bodies = await portal.BodiesAsync(ct);
        Units = await units.ChoicesAsync(Common.Display.VietnamToday(clock), ct);
        if (!string.IsNullOrEmpty(Website) || !portal.IsHumanPaced(FormToken))
        {
            ModelState.AddModelError("", L["Portal.TooFast"]);
            FormToken = portal.IssueFormToken();
            return Page();
        }
        if (!limits.TrySubmit(HttpContext))
            return StatusCode(StatusCodes.Status429TooManyRequests);
        if (Input.Kind is null)
            ModelState.AddModelError("Input.Kind", L["Validation.Required", L["Petitions.Field.Kind"]]);
        if (!Confirm)
            ModelState.AddModelError(nameof(Confirm), L["Portal.ConfirmRequired"]);
        Input.Senders = [.. Input.Senders.Where(s => !string.IsNullOrWhiteSpace(s.FullName) || !string.IsNullOrWhiteSpace(s.IdNumber)
            || !string.IsNullOrWhiteSpace(s.Phone) || !string.IsNullOrWhiteSpace(s.Address) || !string.IsNullOrWhiteSpace(s.AdministrativeUnitCode))];
        Input.Anonymous = false;
        Input.SenderCount = null;
        if (!ModelState.IsValid)
        {
            // Every mistake at once: what the letter itself lacks too, not only the two checks above. The channel and the
            // date are the portal's to set, not the citizen's (SubmitOnlineAsync sets them again).
            var today = Common.Display.VietnamToday(clock);
            Input.Channel = Channel.OnlinePortal;
            Input.ReceivedOn = today;
            foreach (var problem in PetitionSubmissionValidator.Validate(Input, today))
                ModelState.AddModelError($"Input.{problem.Field}", Message(problem));
            return Again();
        }

        var allowed = Bodies.Select(b => b.Id).ToHashSet();
        var (outcome, secret) = await intake.SubmitOnlineAsync(Input, b => allowed.Contains(b.Id), $"portal:{HttpContext.Connection.RemoteIpAddress}", null, ct, files: Files);
        switch (outcome.Status)
        {
            case IntakeStatus.Created:
                TrackingCode = outcome.Petition!.TrackingCode;
                Secret = secret;
                return Page();
            case IntakeStatus.Forbidden:
                ModelState.AddModelError("Input.ReceivingBodyCode", L["Validation.UnknownChoice"]);
                return Again();
            default:
                foreach (var problem in outcome.Problems ?? [])
                    ModelState.AddModelError($"Input.{problem.Field}", Message(problem));
                return Again();
        }
    }

    // The portal has no "anonymous" box, and calls the receiving body "Gửi đến".
    private string Message(PetitionSubmissionValidator.Problem problem) =>
        problem.MessageKey == "Petitions.SenderRequired" ? L["Portal.SenderRequired"]
        : PetitionMessages.Format(L, problem, problem.Field == nameof(PetitionSubmission.ReceivingBodyCode) ? "Portal.SendTo" : null);

    // The form token that came in was human-paced and stays valid: a citizen who fixes one field and sends again at once
    // is not a robot (a new token would refuse a post within MinimumFillTime).
    private PageResult Again()
    {
        if (Input.Senders.Count == 0)
            Input.Senders.Add(new SenderSubmission());
        return Page();
    }
}
