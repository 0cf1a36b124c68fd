using System.Globalization;

namespace PhoiHop.Features.Calendar;

/// <summary>Vietnamese wording of dates, weekdays and periods for deadline explanations.</summary>
internal static class CalendarText
{
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Weekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Monday => "thứ Hai",
        DayOfWeek.Tuesday => "thứ Ba",
        DayOfWeek.Wednesday => "thứ Tư",
        DayOfWeek.Thursday => "thứ Năm",
        DayOfWeek.Friday => "thứ Sáu",
        DayOfWeek.Saturday => "thứ Bảy",
        DayOfWeek.Sunday => "Chủ nhật",
        _ => throw new ArgumentOutOfRangeException(nameof(date)),
    };

    public static string Period(int amount, DeadlineUnit unit) => unit switch
    {
        DeadlineUnit.WorkingDays => Invariant($"{amount} ngày làm việc"),
        DeadlineUnit.CalendarDays => Invariant($"{amount} ngày"),
        DeadlineUnit.Months => Invariant($"{amount} tháng"),
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    /// <summary>"16/02/2026" for one day, "16/02/2026 – 20/02/2026" for a run.</summary>
    public static string Range(DateOnly from, DateOnly to) => from == to ? Date(from) : $"{Date(from)} – {Date(to)}";

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
