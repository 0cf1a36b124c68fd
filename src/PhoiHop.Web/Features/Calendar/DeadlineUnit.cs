namespace PhoiHop.Features.Calendar;

/// <summary>How a statutory time limit is counted (Bộ luật Dân sự 2015, Điều 144–148; RULES.md §10.3).</summary>
public enum DeadlineUnit
{
    /// <summary>"X ngày làm việc": only working days of the <see cref="WorkingCalendar"/> count.</summary>
    WorkingDays = 0,

    /// <summary>"X ngày": every day counts; a last day that is not a working day moves to the next working day.</summary>
    CalendarDays = 1,

    /// <summary>"X tháng": ends on the same date of the last month, or that month's last day (Điều 148, khoản 3).</summary>
    Months = 2,
}
