using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PhoiHop.Common;
using PhoiHop.Features.Calendar;

namespace PhoiHop.Features.Petitions;

[Authorize(Policy = PetitionsPermissions.Read)]
public sealed class IndexModel(PetitionQueries queries, CalendarStore calendars, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty(SupportsGet = true)] public PetitionWorklist Queue { get; set; }
    [BindProperty(SupportsGet = true)] public PetitionStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public PetitionKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public Channel? Channel { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public PetitionSort Sort { get; set; }
    [FromQuery(Name = PageLinks.Parameter)] public int PageNumber { get; set; } = 1;

    public Page<PetitionRow> Result { get; private set; } = new([], 0, 1, 50);
    public DateOnly Today { get; private set; }
    public bool CanRegister { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = Display.VietnamToday(clock);
        CanRegister = PetitionsPermissions.Has(User, PetitionsPermissions.Register);
        // A filter that cannot be applied is said, not silently dropped (the list would look filtered and is not).
        if (From > To)
            ModelState.AddModelError(nameof(From), L["Reports.FromAfterTo"]);
        if (!string.IsNullOrWhiteSpace(Code) && TrackingCodes.Normalize(Code) is null)
            ModelState.AddModelError(nameof(Code), L["Petitions.CodeInvalid"]);
        if (!ModelState.IsValid)
            return;
        var calendar = await calendars.GetAsync(ct);
        Result = await queries.ListAsync(User, new PetitionFilter
        {
            Queue = Queue,
            Status = Status,
            Kind = Kind,
            Channel = Channel,
            From = From,
            To = To,
            Code = Code,
            Sort = Sort,
            Page = PageNumber,
        }, new WorkingCalendarView(calendar.AddWorkingDays(Today, PetitionQueries.DueSoonWorkingDays)), ct);
    }

    // The filters stay; another queue or order starts again at page 1.
    public string Link(PetitionWorklist? queue = null, PetitionSort? sort = null, int? page = null) =>
        Request.WithQuery(("queue", (queue ?? Queue).ToString()), ("sort", (sort ?? Sort).ToString()),
            (PageLinks.Parameter, page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));
}
