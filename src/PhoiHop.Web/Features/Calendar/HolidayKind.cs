namespace PhoiHop.Features.Calendar;

/// <summary>What a dated calendar entry does to the working week (RULES.md §10.1, the HolidayCalendar table).</summary>
public enum HolidayKind
{
    /// <summary>A public holiday (nghỉ lễ, tết), Bộ luật Lao động 2019, Điều 112.</summary>
    Holiday = 0,

    /// <summary>A compensatory day off (nghỉ bù) for a holiday that fell on a weekly rest day, Điều 111, khoản 3.</summary>
    Substitute = 1,

    /// <summary>A weekday made a day off by the annual swap notice (hoán đổi ngày làm việc).</summary>
    SwapOff = 2,

    /// <summary>A Saturday or Sunday made a working day by the annual swap notice (làm bù).</summary>
    SwapOn = 3,
}
