using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace PhoiHop.Features.Petitions.Portal;

/// <summary>Follow a letter with its receipt. The code and secret travel in POST bodies only, never in URLs.</summary>
public sealed class TrackModel(CitizenPortal portal, PortalRateLimits limits, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Secret { get; set; }
    [BindProperty] public string? Message { get; set; }

    public Petition? Petition { get; private set; }
    public List<CitizenPortal.TimelineEntry> Timeline { get; private set; } = [];
    public List<CitizenMessage> Messages { get; private set; } = [];
    public List<CitizenPortal.SplitPart> Parts { get; private set; } = [];
    public string? Added { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // An empty field is said as such, not as "not found"; it costs no lookup.
        if (string.IsNullOrWhiteSpace(Code))
            ModelState.AddModelError(nameof(Code), L["Validation.Required", L["Petitions.TrackingCode"]]);
        if (string.IsNullOrWhiteSpace(Secret))
            ModelState.AddModelError(nameof(Secret), L["Validation.Required", L["Portal.Secret"]]);
        if (ModelState.ErrorCount > 0)
            return Page();
        if (!limits.TryLookup(HttpContext))
            return StatusCode(StatusCodes.Status429TooManyRequests);
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!limits.TryLookup(HttpContext))
            return StatusCode(StatusCodes.Status429TooManyRequests);
        var petition = await portal.FindAsync(Code, Secret, ct);
        var text = Message?.Trim();
        if (petition is not null)
        {
            if (string.IsNullOrEmpty(text))
                ModelState.AddModelError(nameof(Message), L["Validation.Required", L["Portal.Message"]]);
            else if (text.Length > CitizenMessage.MaxLength)
                ModelState.AddModelError(nameof(Message), L["Validation.TooLong", L["Portal.Message"], CitizenMessage.MaxLength]);
            else
            {
                await portal.AddMessageAsync(petition, text, ct);
                Added = L["Portal.MessageAdded"];
                Message = null;
            }
        }
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Petition = await portal.FindAsync(Code, Secret, ct);
        if (Petition is null)
        {
            ModelState.AddModelError("", L["Portal.NotFound"]);
            return Page();
        }
        Timeline = await portal.TimelineAsync(Petition, ct);
        Parts = await portal.PartsAsync(Petition, ct);
        Messages = await portal.MessagesAsync(Petition.Id, ct);
        return Page();
    }
}
