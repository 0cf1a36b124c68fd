using PhoiHop.Common;

namespace PhoiHop.Features.Calendar;

public static class CalendarErrors
{
    public static readonly DomainError WrongYear = new("calendar.wrong_year", "Errors.Calendar.WrongYear");
    public static readonly DomainError DateTaken = new("calendar.date_taken", "Errors.Calendar.DateTaken");
    public static readonly DomainError SwapOnMustBeWeekend = new("calendar.swap_on_weekday", "Errors.Calendar.SwapOnMustBeWeekend");
    public static readonly DomainError DayOffMustBeWeekday = new("calendar.day_off_weekend", "Errors.Calendar.DayOffMustBeWeekday");
}
