namespace PhoiHop.Features.Calendar;

/// <summary>
/// The default public holidays of a year under Bộ luật Lao động 2019, Điều 111–112: a proposal that a calendar
/// administrator confirms or corrects once the Prime Minister's or the Ministry of Home Affairs' annual notice is out.
/// </summary>
/// <remarks>
/// What the notice decides and the proposal can only guess (RULES.md §10.1): which five days make up Tết (Điều 112,
/// khoản 3), which day next to 2/9 is the second National Day holiday, and the swaps (a weekday off, SwapOff, worked
/// back on a Saturday, SwapOn). Those are data per year, never a formula. The proposal applies the 2019 Code to any
/// year; years before 2021 (earlier Codes: one day for 2/9, and before 2013 four days for Tết) need confirmed data.
/// </remarks>
public static class HolidayProposal
{
    private const string Article112 = "Bộ luật Lao động 2019, Điều 112, khoản 1";
    private const string SubstituteBasis = "Bộ luật Lao động 2019, Điều 111, khoản 3";

    public static IReadOnlyList<Holiday> Generate(int year)
    {
        if (year < LunarCalendar.MinSolarDate.Year || year > LunarCalendar.MaxSolarDate.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Holidays are proposed for 1900 to 2199, the range of the lunar calendar.");
        }

        var holidays = new List<Holiday>
        {
            new(new DateOnly(year, 1, 1), "Tết Dương lịch", HolidayKind.Holiday, $"{Article112}, điểm a"),
        };

        // Tết: the last day of the old lunar year (29 or 30 of the 12th month) and the first four days of the new one,
        // the usual shape of the Prime Minister's notice (khoản 3 leaves the choice to the Prime Minister).
        var newYear = LunarCalendar.ToSolar(new LunarDate(1, 1, year))!.Value;
        for (var i = -1; i < 4; i++)
        {
            holidays.Add(new(newYear.AddDays(i), "Tết Nguyên đán", HolidayKind.Holiday, $"{Article112}, điểm b; khoản 3"));
        }

        var hungKings = LunarCalendar.ToSolar(new LunarDate(10, 3, year))!.Value;
        holidays.Add(new(hungKings, "Giỗ Tổ Hùng Vương (10/3 âm lịch)", HolidayKind.Holiday, $"{Article112}, điểm e"));
        holidays.Add(new(new DateOnly(year, 4, 30), "Ngày Chiến thắng 30/4", HolidayKind.Holiday, $"{Article112}, điểm c"));
        holidays.Add(new(new DateOnly(year, 5, 1), "Ngày Quốc tế Lao động 1/5", HolidayKind.Holiday, $"{Article112}, điểm d"));

        var nationalDay = new DateOnly(year, 9, 2);
        holidays.Add(new(nationalDay, "Quốc khánh 2/9", HolidayKind.Holiday, $"{Article112}, điểm đ"));
        holidays.Add(new(AdjacentNationalDay(nationalDay), "Quốc khánh (ngày liền kề 2/9)", HolidayKind.Holiday, $"{Article112}, điểm đ; khoản 3"));

        return AddSubstitutes([.. holidays.OrderBy(h => h.Date)]);
    }

    /// <summary>
    /// The day next to 2/9 that gives the longest unbroken break once substitutes are counted; on a tie, the one on a
    /// weekday; then the day before. By weekday of 2/9: Mon → 3/9, Tue → 1/9, Wed → 1/9, Thu → 3/9, Fri → 1/9,
    /// Sat → 1/9, Sun → 3/9. That reproduces the notices of 2021 (3/9), 2022 (1/9), 2023 (1/9), 2024 (3/9), 2025 (1/9).
    /// </summary>
    private static DateOnly AdjacentNationalDay(DateOnly nationalDay) => nationalDay.DayOfWeek switch
    {
        DayOfWeek.Monday or DayOfWeek.Thursday or DayOfWeek.Sunday => nationalDay.AddDays(1),
        _ => nationalDay.AddDays(-1),
    };

    /// <summary>
    /// A holiday on a Saturday or Sunday (the civil service's weekly rest) gives a compensatory day off on the next
    /// working day (Điều 111, khoản 3). When two holidays fall on one date (Giỗ Tổ can meet 30/4 or 1/5 after a leap
    /// month), the second one is proposed as a compensatory day too, by analogy; the administrator confirms.
    /// </summary>
    private static List<Holiday> AddSubstitutes(List<Holiday> holidays)
    {
        var offDays = holidays.Select(h => h.Date).ToHashSet();
        var result = new List<Holiday>(holidays);
        var seen = new HashSet<DateOnly>();
        foreach (var holiday in holidays)
        {
            var isOverlap = !seen.Add(holiday.Date);
            if (!isOverlap && !IsWeekend(holiday.Date))
            {
                continue;
            }

            var day = holiday.Date.AddDays(1);
            while (IsWeekend(day) || offDays.Contains(day))
            {
                day = day.AddDays(1);
            }

            offDays.Add(day);
            var basis = isOverlap ? $"{SubstituteBasis} (áp dụng tương tự: hai ngày lễ trùng nhau)" : SubstituteBasis;
            result.Add(new(day, $"Nghỉ bù {holiday.Name}", HolidayKind.Substitute, basis));
        }

        return [.. result.OrderBy(h => h.Date)];
    }

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
