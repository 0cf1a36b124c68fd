using PhoiHop.Features.Calendar;

using static PhoiHop.Tests.Features.Calendar.TestDates;

namespace PhoiHop.Tests.Features.Calendar;

public class LunarCalendarTests
{
    // Tết Nguyên đán (1/1 âm lịch) for Vietnam, UTC+7. 1985, 2007, 2024–2031: RULES.md §10.2 table;
    // 2020–2023: the published Vietnamese calendars.
    [Theory]
    [InlineData(1985, "21/01/1985")] // the Chinese calendar (UTC+8) has 20/02/1985: a whole month later
    [InlineData(2007, "17/02/2007")] // Chinese: 18/02/2007
    [InlineData(2020, "25/01/2020")]
    [InlineData(2021, "12/02/2021")]
    [InlineData(2022, "01/02/2022")]
    [InlineData(2023, "22/01/2023")]
    [InlineData(2024, "10/02/2024")]
    [InlineData(2025, "29/01/2025")]
    [InlineData(2026, "17/02/2026")]
    [InlineData(2027, "06/02/2027")]
    [InlineData(2028, "26/01/2028")]
    [InlineData(2029, "13/02/2029")]
    [InlineData(2030, "02/02/2030")] // Chinese: 03/02/2030
    [InlineData(2031, "23/01/2031")]
    public void Tet_KnownYears_MatchesPublishedVietnameseDate(int lunarYear, string solar)
    {
        var tet = D(solar);

        Assert.Equal(tet, LunarCalendar.ToSolar(new LunarDate(1, 1, lunarYear)));
        Assert.Equal(new LunarDate(1, 1, lunarYear), LunarCalendar.ToLunar(tet));
    }

    // Giỗ Tổ Hùng Vương (10/3 âm lịch), a public holiday under Bộ luật Lao động 2019, Điều 112, khoản 1, điểm e.
    [Theory]
    [InlineData(1985, "29/04/1985")]
    [InlineData(2007, "26/04/2007")]
    [InlineData(2020, "02/04/2020")]
    [InlineData(2021, "21/04/2021")]
    [InlineData(2022, "10/04/2022")]
    [InlineData(2023, "29/04/2023")] // late because of the leap second month
    [InlineData(2024, "18/04/2024")]
    [InlineData(2025, "07/04/2025")]
    [InlineData(2026, "26/04/2026")]
    [InlineData(2027, "16/04/2027")]
    [InlineData(2028, "04/04/2028")]
    [InlineData(2029, "23/04/2029")]
    [InlineData(2030, "12/04/2030")]
    [InlineData(2031, "01/04/2031")]
    public void HungKings_KnownYears_MatchesPublishedVietnameseDate(int lunarYear, string solar)
    {
        var day = D(solar);

        Assert.Equal(day, LunarCalendar.ToSolar(new LunarDate(10, 3, lunarYear)));
        Assert.Equal(new LunarDate(10, 3, lunarYear), LunarCalendar.ToLunar(day));
    }

    [Theory]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2024, null)]
    [InlineData(2026, null)]
    public void LeapMonthOf_KnownYears_MatchesPublishedLeapMonth(int lunarYear, int? leapMonth)
    {
        Assert.Equal(leapMonth, LunarCalendar.LeapMonthOf(lunarYear));
    }

    [Fact]
    public void ToSolar_LeapSixthMonth2025_StartsAfterTheOrdinarySixthMonth()
    {
        var ordinary = LunarCalendar.ToSolar(new LunarDate(1, 6, 2025));
        var leap = LunarCalendar.ToSolar(new LunarDate(1, 6, 2025, IsLeapMonth: true));

        Assert.Equal(D("25/06/2025"), ordinary);
        Assert.Equal(D("25/07/2025"), leap);
        Assert.Equal(new LunarDate(1, 6, 2025, IsLeapMonth: true), LunarCalendar.ToLunar(D("25/07/2025")));
    }

    [Fact]
    public void ToSolar_LeapMonthTheYearLacks_ReturnsNull()
    {
        Assert.Null(LunarCalendar.ToSolar(new LunarDate(1, 5, 2024, IsLeapMonth: true)));
    }

    [Fact]
    public void ToSolar_Day30OfA29DayMonth_ReturnsNull()
    {
        var (year, month) = FirstShortMonthOf(2026);

        Assert.NotNull(LunarCalendar.ToSolar(new LunarDate(29, month, year)));
        Assert.Null(LunarCalendar.ToSolar(new LunarDate(30, month, year)));
    }

    [Theory]
    [InlineData("31/12/1899")]
    [InlineData("01/01/2200")]
    public void ToLunar_OutsideSupportedRange_Throws(string solar)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToLunar(D(solar)));
    }

    [Theory]
    [InlineData(1, 1, 1899)] // 1899-02-10, before 1900
    [InlineData(1, 1, 2200)] // early 2200
    [InlineData(1, 13, 2026)]
    [InlineData(0, 1, 2026)]
    [InlineData(31, 1, 2026)]
    public void ToSolar_OutsideRangeOrMalformed_Throws(int day, int month, int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToSolar(new LunarDate(day, month, year)));
    }

    [Fact]
    public void ToLunar_FirstAndLastSupportedDays_Convert()
    {
        Assert.Equal(new LunarDate(1, 12, 1899), LunarCalendar.ToLunar(D("01/01/1900")));
        Assert.Equal(D("31/12/2199"), LunarCalendar.ToSolar(LunarCalendar.ToLunar(D("31/12/2199"))));
    }

    [Fact]
    public void ToSolar_EveryDayFrom1900To2199_RoundTrips()
    {
        for (var d = LunarCalendar.MinSolarDate; d <= LunarCalendar.MaxSolarDate; d = d.AddDays(1))
        {
            var lunar = LunarCalendar.ToLunar(d);
            if (LunarCalendar.ToSolar(lunar) != d)
            {
                Assert.Fail($"{d:dd/MM/yyyy} → {lunar} → {LunarCalendar.ToSolar(lunar):dd/MM/yyyy}");
            }
        }
    }

    [Fact]
    public void ToLunar_EveryDayFrom1900To2199_MonthsHave29Or30DaysAndYears12Or13Months()
    {
        var previous = LunarCalendar.ToLunar(LunarCalendar.MinSolarDate);
        var monthsInYear = 0;
        for (var d = LunarCalendar.MinSolarDate.AddDays(1); d <= LunarCalendar.MaxSolarDate; d = d.AddDays(1))
        {
            var lunar = LunarCalendar.ToLunar(d);
            if (lunar.Day != 1)
            {
                Assert.Equal(previous.Day + 1, lunar.Day);
                Assert.Equal((previous.Month, previous.Year, previous.IsLeapMonth), (lunar.Month, lunar.Year, lunar.IsLeapMonth));
                previous = lunar;
                continue;
            }

            Assert.InRange(previous.Day, 29, 30);
            if (lunar.IsLeapMonth)
            {
                Assert.Equal(previous.Month, lunar.Month);
                Assert.Equal(lunar.Month, LunarCalendar.LeapMonthOf(lunar.Year));
            }
            else
            {
                Assert.Equal((previous.Month % 12) + 1, lunar.Month);
            }

            monthsInYear++;
            if (lunar is { Month: 1, IsLeapMonth: false })
            {
                Assert.Equal(previous.Year + 1, lunar.Year);
                if (lunar.Year > 1900)
                {
                    Assert.Equal(LunarCalendar.LeapMonthOf(previous.Year) is null ? 12 : 13, monthsInYear);
                }

                monthsInYear = 0;
            }

            previous = lunar;
        }
    }

    private static (int Year, int Month) FirstShortMonthOf(int lunarYear)
    {
        for (var month = 1; month <= 12; month++)
        {
            var first = LunarCalendar.ToSolar(new LunarDate(1, month, lunarYear))!.Value;
            if (LunarCalendar.ToLunar(first.AddDays(29)).Day == 1)
            {
                return (lunarYear, month);
            }
        }

        throw new InvalidOperationException("Every lunar year has a 29-day month.");
    }
}
