using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PhoiHop.Features.Audit;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Calendar;

/// <summary>
/// The yearly review: an administrator corrects the proposal with the Government's notice (swaps, new holidays) and
/// confirms it. Every change is audited and the open deadlines are recomputed on the new calendar.
/// </summary>
[Authorize(Policy = CalendarPermissions.Manage)]
public sealed class YearModel(AppDbContext db, CalendarStore store, DeadlineTracker deadlines, AuditActor actor, TimeProvider clock,
    IStringLocalizer<SharedResource> L) : PageModel
{
    [FromRoute] public int Year { get; set; }

    public CalendarYear? Stored { get; private set; }
    public IReadOnlyList<Holiday> Entries { get; private set; } = [];
    public CalendarEntryForm Entry { get; private set; } = new();
    public string? Notice { get; private set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? moved, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        if (moved is { } n)
            Message = L["Calendar.Saved", n];
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(CalendarEntryForm entry, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        Entry = entry;
        if (!Enum.IsDefined(entry.Kind))
            ModelState.AddModelError("entry.Kind", L["Validation.UnknownChoice"]);
        if (!ModelState.IsValid)
            return Page();
        var year = await EditableAsync(ct);
        var added = year.Add(entry.Date!.Value, entry.Name, entry.Kind, entry.LegalBasis);
        if (!added.IsSuccess)
        {
            ModelState.AddModelError("entry.Date", L[added.Error!.MessageKey]);
            return Page();
        }
        return await SaveAsync($"Lịch {Year}: thêm {entry.Date:dd/MM/yyyy} ({entry.Name})", ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(DateOnly date, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        var year = await EditableAsync(ct);
        if (!year.Remove(date))
            return NotFound();
        return await SaveAsync($"Lịch {Year}: bỏ ngày {date:dd/MM/yyyy}", ct);
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? notice, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
            return NotFound();
        Notice = notice?.Trim();
        if (string.IsNullOrEmpty(Notice))
            ModelState.AddModelError("notice", L["Validation.Required", L["Calendar.Notice"]]);
        else if (Notice.Length > 500)
            ModelState.AddModelError("notice", L["Validation.TooLong", L["Calendar.Notice"], 500]);
        if (!ModelState.IsValid)
            return Page();
        var year = await EditableAsync(ct);
        year.Confirm(Notice!, User.Identity?.Name ?? "", clock.GetUtcNow());
        return await SaveAsync($"Xác nhận lịch {Year} theo {Notice}", ct);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (Year is < WorkingCalendar.MinYear or > WorkingCalendar.MaxYear)
            return false;
        Stored = await db.Set<CalendarYear>().AsNoTracking().Include(y => y.Entries).SingleOrDefaultAsync(y => y.Year == Year, ct);
        Entries = Stored?.ToHolidays() ?? HolidayProposal.Generate(Year);
        return true;
    }

    // The first change to a year copies the proposal into the database, so the administrator edits real rows.
    private async Task<CalendarYear> EditableAsync(CancellationToken ct)
    {
        var year = await db.Set<CalendarYear>().Include(y => y.Entries).SingleOrDefaultAsync(y => y.Year == Year, ct);
        if (year is null)
        {
            year = CalendarYear.FromProposal(Year);
            db.Add(year);
        }
        return year;
    }

    private async Task<IActionResult> SaveAsync(string reason, CancellationToken ct)
    {
        actor.Reason = reason;
        await db.SaveChangesAsync(ct);
        store.Invalidate();
        var moved = await deadlines.RecomputeOpenAsync(reason, ct);
        return RedirectToPage(new { year = Year, moved });
    }
}
