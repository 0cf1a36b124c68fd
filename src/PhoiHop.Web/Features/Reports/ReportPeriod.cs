using System.Globalization;
using PhoiHop.Common;

namespace PhoiHop.Features.Reports;

/// <summary>The usual report periods (RULES.md 12: monthly, quarterly, six-monthly, yearly) and a custom range.</summary>
public enum PeriodKind
{
    Month = 0,
    Quarter = 1,
    HalfYear = 2,
    Year = 3,
    Custom = 4,
}

/// <summary>A closed range of receipt dates, both ends included.</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    /// <summary>Longer ranges are refused: the figures of a report read every letter of the range.</summary>
    public const int MaxDays = 731;

    public int Days => To.DayNumber - From.DayNumber + 1;

    public string Label => $"{Display.Date(From)} – {Display.Date(To)}";

    /// <summary>The period of <paramref name="kind"/> that contains <paramref name="day"/>.</summary>
    public static ReportPeriod Containing(PeriodKind kind, DateOnly day)
    {
        var (start, months) = kind switch
        {
            PeriodKind.Month => (new DateOnly(day.Year, day.Month, 1), 1),
            PeriodKind.Quarter => (new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1), 3),
            PeriodKind.HalfYear => (new DateOnly(day.Year, day.Month <= 6 ? 1 : 7, 1), 6),
            _ => (new DateOnly(day.Year, 1, 1), 12),
        };
        // The last day of the period's last month, without stepping past it (the year 9999 has no next month).
        var last = start.AddMonths(months - 1);
        return new ReportPeriod(start, new DateOnly(last.Year, last.Month, DateTime.DaysInMonth(last.Year, last.Month)));
    }

    /// <summary>Parses yyyy-MM-dd or dd/MM/yyyy; null when it is neither.</summary>
    public static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        string[] formats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];
        return DateOnly.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
