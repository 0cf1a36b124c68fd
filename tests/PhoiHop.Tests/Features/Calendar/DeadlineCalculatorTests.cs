using PhoiHop.Features.Calendar;

using static PhoiHop.Tests.Features.Calendar.TestDates;

namespace PhoiHop.Tests.Features.Calendar;

public class DeadlineCalculatorTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Proposed;

    // Core rules on the proposed calendar (Tết 2026 = 16–20/02; see HolidayProposalTests). Counting starts the next
    // day (Bộ luật Dân sự 2015, Điều 147); a calendar-day period ending on a day off moves on (Điều 148, khoản 5).
    [Theory]
    [InlineData("complaint.acceptance", "03/02/2026", false, false, 0, "24/02/2026")] // Luật KN Điều 27, TT 07/2013 Điều 5: 10 WD across Tết
    [InlineData("complaint.acceptance", "10/02/2026", false, false, 0, "03/03/2026")] // same, 3 WD before Tết
    [InlineData("reception.notify-citizen", "12/02/2026", false, false, 0, "05/03/2026")] // Luật TCD Điều 28(1): 10 WD
    [InlineData("complaint.first-instance", "30/01/2026", false, false, 0, "02/03/2026")] // Luật KN Điều 28: day 30 is Sunday 01/03
    [InlineData("complaint.first-instance", "02/03/2026", false, true, 0, "16/04/2026")] // Điều 28: complex 45
    [InlineData("complaint.first-instance", "02/03/2026", true, false, 0, "16/04/2026")] // Điều 28: remote 45
    [InlineData("complaint.first-instance", "02/03/2026", true, true, 0, "04/05/2026")] // Điều 28: remote complex 60 → 01/05 holiday
    [InlineData("complaint.second-instance", "02/03/2026", false, false, 0, "16/04/2026")] // Luật KN Điều 37: 45
    [InlineData("complaint.second-instance", "02/03/2026", true, true, 0, "11/05/2026")] // Điều 37: remote complex 70
    [InlineData("complaint.second-instance-filing", "02/03/2026", true, true, 0, "16/04/2026")] // Điều 33: remote 45, no complex variant
    [InlineData("complaint.decision-effective", "01/08/2029", true, false, 0, "17/09/2029")] // Điều 44: remote 45 → Saturday 15/09
    [InlineData("complaint.send-first-decision", "31/08/2029", false, false, 0, "07/09/2029")] // Điều 32: 3 WD; 2/9 Sunday, 3/9 adjacent, 4/9 nghỉ bù
    [InlineData("denunciation.first-handling", "02/03/2026", false, false, 0, "11/03/2026")] // Luật TC Điều 24(1): 7 WD
    [InlineData("denunciation.first-handling", "02/03/2026", false, true, 0, "16/03/2026")] // Điều 24(1): several places, 10 WD
    [InlineData("denunciation.forward", "29/04/2027", false, false, 0, "10/05/2027")] // Điều 24(2): 5 WD; 1/5/2027 Saturday → nghỉ bù 03/05
    [InlineData("denunciation.resolution", "02/03/2026", false, false, 0, "01/04/2026")] // Luật TC Điều 30(1): 30 days
    [InlineData("denunciation.resolution", "02/03/2026", false, false, 1, "04/05/2026")] // Điều 30(2): +30, day 60 is 01/05
    [InlineData("denunciation.resolution", "02/03/2026", false, false, 2, "01/06/2026")] // Điều 30(3): +30 +30, day 90 is Sunday 31/05
    [InlineData("denunciation.follow-up-review", "10/02/2026", false, false, 0, "02/03/2026")] // Điều 37: 20 days, Tết counts
    [InlineData("voter-petition.answer", "01/03/2026", false, false, 0, "04/05/2026")] // NQLT 72/2025 Điều 49(1): day 60 is 30/04
    public void Compute_CoreRule_ReturnsStatutoryDueDate(string code, string start, bool remote, bool complex, int extensions, string expected)
    {
        var rule = CoreDeadlineRules.All.Find(code, D(start))!;

        var result = DeadlineCalculator.Compute(rule, new DeadlineInput(D(start), remote, complex, Extensions: extensions), Calendar);

        Assert.Equal(D(expected), result.DueDate);
        Assert.Equal(code, result.RuleCode);
    }

    [Fact]
    public void Compute_WorkingDaysAcrossTet_ExplainsEverySkippedRun()
    {
        var rule = CoreDeadlineRules.All.Find("complaint.acceptance", D("03/02/2026"))!;

        var result = DeadlineCalculator.Compute(rule, new DeadlineInput(D("03/02/2026")), Calendar, explain: true);

        Assert.Equal(
            [
                "Bắt đầu tính từ ngày 04/02/2026 (ngày tiếp theo ngày 03/02/2026)",
                "Bỏ qua 07/02/2026 – 08/02/2026: thứ Bảy, Chủ nhật",
                "Bỏ qua 14/02/2026 – 15/02/2026: thứ Bảy, Chủ nhật",
                "Bỏ qua 16/02/2026 – 20/02/2026: Tết Nguyên đán",
                "Bỏ qua 21/02/2026 – 22/02/2026: thứ Bảy, Chủ nhật",
                "Đủ 10 ngày làm việc vào thứ Ba 24/02/2026.",
                "Hạn cuối: hết ngày thứ Ba 24/02/2026.",
            ],
            result.Explanation.Skip(1));
        Assert.Contains("Luật Khiếu nại 2011, Điều 27", result.Explanation[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_CalendarDaysEndingOnSunday_RollsToMondayAndSaysWhy()
    {
        var rule = CoreDeadlineRules.All.Find("complaint.first-instance", D("30/01/2026"))!;

        var result = DeadlineCalculator.Compute(rule, new DeadlineInput(D("30/01/2026")), Calendar, explain: true);

        Assert.Equal(D("02/03/2026"), result.DueDate);
        Assert.Contains(result.Explanation, l => l.StartsWith("Hạn cuối rơi vào Chủ nhật 01/03/2026, chuyển sang ngày làm việc tiếp theo 02/03/2026", StringComparison.Ordinal));
    }

    [Fact]
    public void Compute_CalendarDaysEndingOnAHoliday_NamesTheHoliday()
    {
        var rule = CoreDeadlineRules.All.Find("voter-petition.answer", D("01/03/2026"))!;

        var result = DeadlineCalculator.Compute(rule, new DeadlineInput(D("01/03/2026")), Calendar, explain: true);

        Assert.Contains(result.Explanation, l => l.StartsWith("Hạn cuối rơi vào thứ Năm 30/04/2026 (Ngày Chiến thắng 30/4), chuyển sang ngày làm việc tiếp theo 04/05/2026", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("06/01/2026", true, "12/01/2026")] // Saturday 10/01 swapped on: it counts
    [InlineData("06/01/2026", false, "13/01/2026")]
    public void Compute_WorkingDaysOverASwapOnSaturday_CountsTheSaturday(string start, bool withSwap, string expected)
    {
        var calendar = withSwap
            ? WorkingCalendar.FromConfirmed(new Dictionary<int, IReadOnlyList<Holiday>>
            {
                [2026] =
                [
                    .. HolidayProposal.Generate(2026),
                    new(D("02/01/2026"), "Nghỉ hoán đổi", HolidayKind.SwapOff, "Thông báo của Bộ Nội vụ (ví dụ)"),
                    new(D("10/01/2026"), "Làm bù cho ngày 02/01/2026", HolidayKind.SwapOn, "Thông báo của Bộ Nội vụ (ví dụ)"),
                ],
            })
            : Calendar;
        var rule = CoreDeadlineRules.All.Find("denunciation.forward", D(start))!; // Luật Tố cáo 2018, Điều 24, khoản 2: 5 WD

        var result = DeadlineCalculator.Compute(rule, new DeadlineInput(D(start)), calendar, explain: true);

        Assert.Equal(D(expected), result.DueDate);
        Assert.Equal(withSwap, result.Explanation.Contains("Tính thứ Bảy 10/01/2026 là ngày làm việc: Làm bù cho ngày 02/01/2026"));
    }

    // Months end on the same date of the last month, or its last day (Bộ luật Dân sự 2015, Điều 148, khoản 3),
    // then move off a day off (khoản 5).
    [Theory]
    [InlineData("31/01/2026", 1, "02/03/2026")] // 28/02/2026 is a Saturday
    [InlineData("31/01/2028", 1, "29/02/2028")] // leap year, a Tuesday
    [InlineData("31/03/2026", 1, "04/05/2026")] // 30/04 and 01/05 holidays, then the weekend
    [InlineData("15/01/2026", 1, "23/02/2026")] // Sunday 15/02, then Tết
    [InlineData("30/11/2026", 3, "01/03/2027")] // 28/02/2027 is a Sunday
    public void Compute_MonthRule_EndsOnCorrespondingOrLastDay(string start, int months, string expected)
    {
        var result = DeadlineCalculator.Compute(Rule(months, DeadlineUnit.Months), new DeadlineInput(D(start)), Calendar, explain: true);

        Assert.Equal(D(expected), result.DueDate);
    }

    [Fact]
    public void Compute_MonthRuleFrom31st_ExplainsTheShortMonth()
    {
        var result = DeadlineCalculator.Compute(Rule(1, DeadlineUnit.Months), new DeadlineInput(D("31/01/2026")), Calendar, explain: true);

        Assert.Contains(result.Explanation, l => l.Contains("tháng 02/2026 không có ngày 31, kết thúc vào ngày cuối tháng 28/02/2026", StringComparison.Ordinal));
    }

    // Suspended time is not counted (Luật Tố cáo 2018, Điều 34, khoản 2; NĐ 155/2026 for complaints).
    [Theory]
    [InlineData("02/03/2026", "10/03/2026", "19/03/2026", "13/04/2026")] // 01/04 + 10 days = Saturday 11/04
    [InlineData("02/03/2026", "25/02/2026", "05/03/2026", "06/04/2026")] // only 03–05/03 fall after the start
    [InlineData("02/03/2026", "01/04/2026", "01/04/2026", "02/04/2026")] // pause on the nominal last day
    public void Compute_CalendarDaysWithPause_AddsThePausedDays(string start, string from, string to, string expected)
    {
        var rule = CoreDeadlineRules.All.Find("denunciation.resolution", D(start))!;

        var result = DeadlineCalculator.Compute(rule, new DeadlineInput(D(start), Pauses: [new(D(from), D(to))]), Calendar, explain: true);

        Assert.Equal(D(expected), result.DueDate);
    }

    [Fact]
    public void Compute_TwoPausesAndAnExtension_AddsBoth()
    {
        var rule = CoreDeadlineRules.All.Find("denunciation.resolution", D("02/03/2026"))!; // Điều 30 and Điều 34(2)
        var input = new DeadlineInput(D("02/03/2026"), Extensions: 1, Pauses: [new(D("10/03/2026"), D("19/03/2026")), new(D("01/04/2026"), D("05/04/2026"))]);

        var result = DeadlineCalculator.Compute(rule, input, Calendar, explain: true);

        Assert.Equal(D("18/05/2026"), result.DueDate); // day 60 is 01/05; + 15 paused days = Saturday 16/05
        Assert.Contains("Tạm đình chỉ từ 10/03/2026 đến 19/03/2026: không tính", result.Explanation);
        Assert.Contains("Tạm đình chỉ từ 01/04/2026 đến 05/04/2026: không tính", result.Explanation);
        Assert.Contains("Gia hạn 1 lần, mỗi lần 30 ngày: tổng cộng 60 ngày.", result.Explanation);
    }

    [Fact]
    public void Compute_WorkingDaysWithPause_SkipsPausedWorkingDays()
    {
        var rule = Rule(10, DeadlineUnit.WorkingDays) with { PausesOnSuspension = true };

        var result = DeadlineCalculator.Compute(rule, new DeadlineInput(D("02/03/2026"), Pauses: [new(D("04/03/2026"), D("06/03/2026"))]), Calendar, explain: true);

        Assert.Equal(D("19/03/2026"), result.DueDate); // without the pause: 16/03/2026
        Assert.Contains("Tạm đình chỉ từ 04/03/2026 đến 06/03/2026: không tính", result.Explanation);
    }

    [Fact]
    public void Compute_RuleThatDoesNotPause_IgnoresPausesAndSaysSo()
    {
        var rule = CoreDeadlineRules.All.Find("complaint.acceptance", D("03/02/2026"))!;

        var result = DeadlineCalculator.Compute(rule, new DeadlineInput(D("03/02/2026"), Pauses: [new(D("04/02/2026"), D("06/02/2026"))]), Calendar, explain: true);

        Assert.Equal(D("24/02/2026"), result.DueDate);
        Assert.Contains("Thời hạn này không dừng khi tạm đình chỉ: các ngày tạm đình chỉ vẫn được tính.", result.Explanation);
    }

    [Fact]
    public void Compute_PauseEndingBeforeItStarts_Throws()
    {
        var rule = CoreDeadlineRules.All.Find("denunciation.resolution", D("02/03/2026"))!;

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            DeadlineCalculator.Compute(rule, new DeadlineInput(D("02/03/2026"), Pauses: [new(D("10/03/2026"), D("09/03/2026"))]), Calendar));
    }

    [Theory]
    [InlineData(3)] // Luật Tố cáo 2018, Điều 30: at most two extensions
    [InlineData(-1)]
    public void Compute_MoreExtensionsThanTheLawAllows_Throws(int extensions)
    {
        var rule = CoreDeadlineRules.All.Find("denunciation.resolution", D("02/03/2026"))!;

        Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineCalculator.Compute(rule, new DeadlineInput(D("02/03/2026"), Extensions: extensions), Calendar));
    }

    [Theory]
    [InlineData("complaint.first-instance", false, false, 30)] // Luật KN Điều 28
    [InlineData("complaint.first-instance", false, true, 45)]
    [InlineData("complaint.first-instance", true, false, 45)]
    [InlineData("complaint.first-instance", true, true, 60)]
    [InlineData("complaint.second-instance", true, true, 70)] // Điều 37
    [InlineData("complaint.decision-effective", true, true, 45)] // Điều 44: remote only
    [InlineData("denunciation.first-handling", true, true, 10)] // Luật TC Điều 24(1): no remote variant
    public void AmountFor_RemoteAndComplexVariants_PicksTheStatutoryAmount(string code, bool remote, bool complex, int expected)
    {
        var rule = CoreDeadlineRules.All.Find(code, D("02/03/2026"))!;

        Assert.Equal(expected, DeadlineCalculator.AmountFor(rule, new DeadlineInput(D("02/03/2026"), remote, complex)));
    }

    [Fact]
    public void Compute_CountFromStartDay_CountsTheStartDay()
    {
        var rule = Rule(10, DeadlineUnit.WorkingDays) with { CountFromNextDay = false };

        var result = DeadlineCalculator.Compute(rule, new DeadlineInput(D("03/02/2026")), Calendar, explain: true);

        Assert.Equal(D("23/02/2026"), result.DueDate);
        Assert.Contains("Bắt đầu tính từ ngày 03/02/2026 (tính cả ngày bắt đầu)", result.Explanation);
    }

    [Fact]
    public void Compute_NoRollForward_KeepsADayOff()
    {
        var rule = Rule(30, DeadlineUnit.CalendarDays) with { RollForwardIfNonWorking = false };

        Assert.Equal(D("01/03/2026"), DeadlineCalculator.Compute(rule, new DeadlineInput(D("30/01/2026")), Calendar).DueDate);
    }

    [Fact]
    public void Compute_WithoutExplain_ReturnsNoLines()
    {
        var rule = CoreDeadlineRules.All.Find("complaint.acceptance", D("03/02/2026"))!;

        Assert.Empty(DeadlineCalculator.Compute(rule, new DeadlineInput(D("03/02/2026")), Calendar).Explanation);
    }

    [Fact]
    public void Compute_EveryCoreRuleEveryStartDayOf2026_ExplanationWalkAgreesWithFastPath()
    {
        var pauses = new DeadlinePause[] { new(D("10/03/2026"), D("19/03/2026")), new(D("20/07/2026"), D("31/07/2026")) };
        foreach (var rule in CoreDeadlineRules.All.Rules)
        {
            for (var start = D("01/01/2026"); start.Year == 2026; start = start.AddDays(1))
            {
                if (!rule.IsInForceOn(start))
                {
                    continue;
                }

                foreach (var (remote, complex) in new[] { (false, false), (true, false), (false, true), (true, true) })
                {
                    var input = new DeadlineInput(start, remote, complex, pauses, rule.MaxExtensions);

                    // Compute with explain throws if its day-by-day walk disagrees with the fast path.
                    var explained = DeadlineCalculator.Compute(rule, input, Calendar, explain: true);

                    Assert.Equal(DeadlineCalculator.Compute(rule, input, Calendar).DueDate, explained.DueDate);
                    Assert.True(Calendar.IsWorkingDay(explained.DueDate));
                }
            }
        }
    }

    private static DeadlineRule Rule(int amount, DeadlineUnit unit) => new()
    {
        Code = "test.rule",
        Step = "Thời hạn thử",
        Amount = amount,
        Unit = unit,
        StartEvent = "ngày bắt đầu",
        LegalBasis = "Bộ luật Dân sự 2015, Điều 147–148",
        ValidFrom = D("01/01/2017"),
    };
}
