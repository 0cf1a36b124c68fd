namespace PhoiHop.Features.Calendar;

/// <summary>
/// The days off of one year as an administrator reviewed them. Until a year is confirmed against the Government's
/// annual notice, its entries are a draft (or, with no rows at all, the generated proposal is used).
/// </summary>
public sealed class CalendarYear
{
    public int Year { get; private set; }
    public bool IsConfirmed { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public string? ConfirmedBy { get; private set; }

    // The notice the entries follow, e.g. "Thông báo số 6150/TB-BLĐTBXH ngày 24/11/2025".
    public string? Notice { get; private set; }
    public List<CalendarEntry> Entries { get; private set; } = [];

    private CalendarYear() { }

    /// <summary>Starts a year's data from the generated proposal, for an administrator to correct.</summary>
    public static CalendarYear FromProposal(int year) => new()
    {
        Year = year,
        Entries = [.. HolidayProposal.Generate(year).Select(h => new CalendarEntry(year, h.Date, h.Name, h.Kind, h.LegalBasis))],
    };

    public IReadOnlyList<Holiday> ToHolidays() => [.. Entries.OrderBy(e => e.Date).Select(e => new Holiday(e.Date, e.Name, e.Kind, e.LegalBasis))];

    public Common.Result Add(DateOnly date, string name, HolidayKind kind, string? legalBasis)
    {
        if (date.Year != Year)
            return CalendarErrors.WrongYear;
        if (Entries.Any(e => e.Date == date))
            return CalendarErrors.DateTaken;
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (kind == HolidayKind.SwapOn && !weekend)
            return CalendarErrors.SwapOnMustBeWeekend;
        if (kind is HolidayKind.SwapOff or HolidayKind.Substitute && weekend)
            return CalendarErrors.DayOffMustBeWeekday;
        Entries.Add(new CalendarEntry(Year, date, name.Trim(), kind, string.IsNullOrWhiteSpace(legalBasis) ? null : legalBasis.Trim()));
        Unconfirm();
        return Common.Result.Ok;
    }

    public bool Remove(DateOnly date)
    {
        var removed = Entries.RemoveAll(e => e.Date == date) > 0;
        if (removed)
            Unconfirm();
        return removed;
    }

    public void Confirm(string notice, string confirmedBy, DateTimeOffset now)
    {
        IsConfirmed = true;
        Notice = notice.Trim();
        ConfirmedBy = confirmedBy;
        ConfirmedAt = now;
    }

    // A change after confirmation needs a new confirmation.
    private void Unconfirm()
    {
        IsConfirmed = false;
        ConfirmedAt = null;
        ConfirmedBy = null;
    }
}
