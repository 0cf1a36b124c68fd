namespace PhoiHop.Features.Calendar;

/// <summary>One dated entry of the HolidayCalendar table (RULES.md 10.1): a holiday, a day off in lieu, or a swap.</summary>
public sealed class CalendarEntry
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public int Year { get; private set; }
    public DateOnly Date { get; private set; }
    public string Name { get; private set; } = "";
    public HolidayKind Kind { get; private set; }
    public string? LegalBasis { get; private set; }

    private CalendarEntry() { }

    internal CalendarEntry(int year, DateOnly date, string name, HolidayKind kind, string? legalBasis)
    {
        Year = year;
        Date = date;
        Name = name;
        Kind = kind;
        LegalBasis = legalBasis;
    }
}
