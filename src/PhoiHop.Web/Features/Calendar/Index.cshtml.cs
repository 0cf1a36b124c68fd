using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PhoiHop.Common;

namespace PhoiHop.Features.Calendar;

/// <summary>A month of the working calendar: lunar dates, holidays, days off and swapped working days.</summary>
public sealed class IndexModel(CalendarStore store, TimeProvider clock, IAuthorizationService auth, IStringLocalizer<SharedResource> L) : PageModel
{
    public sealed record Cell(DateOnly Date, string Lunar, bool IsWorking, bool IsToday, Holiday? Entry);

    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    [BindProperty(SupportsGet = true)] public int Month { get; set; }

    public List<Cell?[]> Weeks { get; } = [];
    public List<Holiday> Entries { get; } = [];
    public IReadOnlyList<string> WeekdayNames { get; private set; } = [];
    public (int Year, int Month) Previous { get; private set; }
    public (int Year, int Month) Next { get; private set; }
    public bool? YearStatus { get; private set; }
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = Display.VietnamToday(clock);
        if (Year is < WorkingCalendar.MinYear or > WorkingCalendar.MaxYear || Month is < 1 or > 12)
            (Year, Month) = (today.Year, today.Month);
        var first = new DateOnly(Year, Month, 1);
        var calendar = await store.GetAsync(ct);
        YearStatus = await store.StatusOfAsync(Year, ct);
        CanManage = (await auth.AuthorizeAsync(User, CalendarPermissions.Manage)).Succeeded;
        Previous = first > new DateOnly(WorkingCalendar.MinYear, 1, 1) ? (first.AddMonths(-1).Year, first.AddMonths(-1).Month) : (Year, Month);
        Next = first < new DateOnly(WorkingCalendar.MaxYear, 12, 1) ? (first.AddMonths(1).Year, first.AddMonths(1).Month) : (Year, Month);
        WeekdayNames = [L["Calendar.Mon"], L["Calendar.Tue"], L["Calendar.Wed"], L["Calendar.Thu"], L["Calendar.Fri"], L["Calendar.Sat"], L["Calendar.Sun"]];

        // Weeks start on Monday, as Vietnamese calendars do.
        var week = new Cell?[7];
        for (var d = first; d.Month == Month; d = d.AddDays(1))
        {
            var column = ((int)d.DayOfWeek + 6) % 7;
            var lunar = LunarCalendar.ToLunar(d);
            var lunarText = lunar.Day == 1 || d.Day == 1
                ? string.Create(CultureInfo.InvariantCulture, $"{lunar.Day}/{lunar.Month}{(lunar.IsLeapMonth ? "N" : "")}")
                : lunar.Day.ToString(CultureInfo.InvariantCulture);
            var entry = calendar.Describe(d);
            week[column] = new Cell(d, lunarText, calendar.IsWorkingDay(d), d == today, entry);
            if (entry is not null)
                Entries.Add(entry);
            if (column == 6 || d.AddDays(1).Month != Month)
            {
                Weeks.Add(week);
                week = new Cell?[7];
            }
        }
    }
}
