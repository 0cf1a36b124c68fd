using PhoiHop.Features.Calendar;

using static PhoiHop.Tests.Features.Calendar.TestDates;

namespace PhoiHop.Tests.Features.Calendar;

public class WorkingCalendarTests
{
    [Theory]
    [InlineData("13/02/2026", true)] // Friday before Tết
    [InlineData("16/02/2026", false)] // Tết Nguyên đán (Bộ luật Lao động 2019, Điều 112, khoản 1, điểm b)
    [InlineData("20/02/2026", false)]
    [InlineData("21/02/2026", false)] // Saturday
    [InlineData("23/02/2026", true)]
    [InlineData("27/04/2026", false)] // nghỉ bù for Giỗ Tổ on Sunday 26/04 (Điều 111, khoản 3)
    [InlineData("03/01/2028", false)] // nghỉ bù for 1/1/2028, a Saturday
    [InlineData("04/09/2029", false)] // nghỉ bù for 2/9/2029, a Sunday
    public void IsWorkingDay_ProposedCalendar_FollowsArticle112(string date, bool expected)
    {
        Assert.Equal(expected, WorkingCalendar.Proposed.IsWorkingDay(D(date)));
    }

    [Fact]
    public void Describe_HolidayAndOrdinaryDay_ReturnsTheEntryOrNull()
    {
        var calendar = WorkingCalendar.Proposed;

        Assert.Equal(new Holiday(D("17/02/2026"), "Tết Nguyên đán", HolidayKind.Holiday, "Bộ luật Lao động 2019, Điều 112, khoản 1, điểm b; khoản 3"), calendar.Describe(D("17/02/2026")));
        Assert.Null(calendar.Describe(D("23/02/2026")));
        Assert.Null(calendar.Describe(D("21/02/2026")));
    }

    [Fact]
    public void IsWorkingDay_ConfirmedSwaps_SwapOffIsOffAndSwapOnSaturdayWorks()
    {
        var calendar = WorkingCalendar.FromConfirmed(new Dictionary<int, IReadOnlyList<Holiday>>
        {
            [2026] = WithSwap(2026, off: "02/01/2026", on: "10/01/2026"),
        });

        Assert.False(calendar.IsWorkingDay(D("02/01/2026")));
        Assert.True(calendar.IsWorkingDay(D("10/01/2026")));
        Assert.Equal(HolidayKind.SwapOn, calendar.Describe(D("10/01/2026"))!.Kind);
        Assert.False(calendar.IsWorkingDay(D("11/01/2026")));
        Assert.False(calendar.IsWorkingDay(D("03/01/2028"))); // unconfirmed year: the proposal
    }

    [Fact]
    public void IsWorkingDay_DayOffAndSwapOnOnOneDate_DayOffWins()
    {
        var calendar = new WorkingCalendar(year => year == 2026
            ? [new(D("10/01/2026"), "Làm bù", HolidayKind.SwapOn, null), new(D("10/01/2026"), "Nghỉ", HolidayKind.SwapOff, null)]
            : []);

        Assert.False(calendar.IsWorkingDay(D("10/01/2026")));
        Assert.Equal(HolidayKind.SwapOff, calendar.Describe(D("10/01/2026"))!.Kind);
    }

    // Working days after (or before) a date, the date itself not counted (Bộ luật Dân sự 2015, Điều 147).
    [Theory]
    [InlineData("03/02/2026", 10, "24/02/2026")] // across Tết 2026
    [InlineData("13/02/2026", 1, "23/02/2026")]
    [InlineData("24/02/2026", -10, "03/02/2026")]
    [InlineData("23/02/2026", -1, "13/02/2026")]
    [InlineData("21/02/2026", 0, "21/02/2026")]
    [InlineData("31/12/2027", 1, "04/01/2028")] // across a year end and nghỉ bù 03/01/2028
    public void AddWorkingDays_ProposedCalendar_SkipsDaysOff(string start, int days, string expected)
    {
        Assert.Equal(D(expected), WorkingCalendar.Proposed.AddWorkingDays(D(start), days));
    }

    [Fact]
    public void FirstWorkingDayOnOrAfter_DayOffOrWorkingDay_MovesOnlyDaysOff()
    {
        Assert.Equal(D("23/02/2026"), WorkingCalendar.Proposed.FirstWorkingDayOnOrAfter(D("16/02/2026")));
        Assert.Equal(D("23/02/2026"), WorkingCalendar.Proposed.FirstWorkingDayOnOrAfter(D("23/02/2026")));
    }

    [Fact]
    public void IsWorkingDay_EntryDatedInAnotherYear_Throws()
    {
        var calendar = new WorkingCalendar(_ => [new(D("01/01/2027"), "Tết Dương lịch", HolidayKind.Holiday, null)]);

        Assert.Throws<InvalidOperationException>(() => calendar.IsWorkingDay(D("05/01/2026")));
    }

    [Theory]
    [InlineData("31/12/1899")]
    [InlineData("01/01/2200")]
    public void IsWorkingDay_OutsideSupportedYears_Throws(string date)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingCalendar.Proposed.IsWorkingDay(D(date)));
    }

    [Fact]
    public void IsWorkingDay_ManyThreadsOnAColdCalendar_AgreesWithOneThread()
    {
        var calls = 0;
        var cold = new WorkingCalendar(year =>
        {
            Interlocked.Increment(ref calls);
            return HolidayProposal.Generate(year);
        });
        var days = Enumerable.Range(0, 3 * 366).Select(i => D("01/01/2025").AddDays(i)).ToArray();

        var parallel = new bool[days.Length];
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        Parallel.For(0, days.Length, i =>
        {
            threads.TryAdd(Environment.CurrentManagedThreadId, true);
            parallel[i] = cold.IsWorkingDay(days[i]);
        });

        Assert.Equal(days.Select(WorkingCalendar.Proposed.IsWorkingDay), parallel);
        // Each year is built at most once per thread that raced for it (Parallel.For may use more threads than cores:
        // a bound of four years per core failed once on two cores with nine builds), never once per day.
        Assert.InRange(calls, 4, 4 * threads.Count);
    }

    private static List<Holiday> WithSwap(int year, string off, string on) =>
    [
        .. HolidayProposal.Generate(year),
        new(D(off), "Nghỉ hoán đổi sau Tết Dương lịch", HolidayKind.SwapOff, "Thông báo của Bộ Nội vụ (ví dụ)"),
        new(D(on), "Làm bù cho ngày 02/01/2026", HolidayKind.SwapOn, "Thông báo của Bộ Nội vụ (ví dụ)"),
    ];
}
