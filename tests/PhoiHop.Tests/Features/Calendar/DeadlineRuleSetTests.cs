using PhoiHop.Features.Calendar;

using static PhoiHop.Tests.Features.Calendar.TestDates;

namespace PhoiHop.Tests.Features.Calendar;

public class DeadlineRuleSetTests
{
    // RULES.md §13.7(5): every forward-running time limit with a count.
    [Theory]
    [InlineData("reception.notify-citizen", 10, DeadlineUnit.WorkingDays)] // Luật TCD Điều 28(1)
    [InlineData("reception.forwarder-result", 7, DeadlineUnit.WorkingDays)] // Luật TCD Điều 27(2)
    [InlineData("reception.citizen-informed", 5, DeadlineUnit.WorkingDays)] // Luật TCD Điều 28(2)
    [InlineData("complaint.limitation", 90, DeadlineUnit.CalendarDays)] // Luật KN Điều 9
    [InlineData("complaint.acceptance", 10, DeadlineUnit.WorkingDays)] // Luật KN Điều 27; TT 07/2013 Điều 5
    [InlineData("complaint.first-instance", 30, DeadlineUnit.CalendarDays)] // Luật KN Điều 28
    [InlineData("complaint.second-instance-filing", 30, DeadlineUnit.CalendarDays)] // Luật KN Điều 33
    [InlineData("complaint.second-instance", 45, DeadlineUnit.CalendarDays)] // Luật KN Điều 37
    [InlineData("complaint.decision-effective", 30, DeadlineUnit.CalendarDays)] // Luật KN Điều 44
    [InlineData("complaint.send-first-decision", 3, DeadlineUnit.WorkingDays)] // Luật KN Điều 32
    [InlineData("complaint.send-second-decision", 7, DeadlineUnit.CalendarDays)] // Luật KN Điều 41
    [InlineData("denunciation.first-handling", 7, DeadlineUnit.WorkingDays)] // Luật TC Điều 24(1)
    [InlineData("denunciation.forward", 5, DeadlineUnit.WorkingDays)] // Luật TC Điều 24(2)
    [InlineData("denunciation.acceptance-notice", 5, DeadlineUnit.WorkingDays)] // Luật TC Điều 29(3)
    [InlineData("denunciation.resolution", 30, DeadlineUnit.CalendarDays)] // Luật TC Điều 30
    [InlineData("denunciation.conclusion-sent", 5, DeadlineUnit.WorkingDays)] // Luật TC Điều 35(3)
    [InlineData("denunciation.handling", 7, DeadlineUnit.WorkingDays)] // Luật TC Điều 36(1)
    [InlineData("denunciation.recommendation-result", 5, DeadlineUnit.WorkingDays)] // Luật TC Điều 36(3)
    [InlineData("denunciation.suspension-notice", 5, DeadlineUnit.WorkingDays)] // Luật TC Điều 34
    [InlineData("denunciation.follow-up-review", 20, DeadlineUnit.CalendarDays)] // Luật TC Điều 37
    [InlineData("denunciation.overdue-report-request", 5, DeadlineUnit.WorkingDays)] // Luật TC Điều 38
    [InlineData("denunciation.overdue-report", 5, DeadlineUnit.WorkingDays)] // Luật TC Điều 38
    [InlineData("regulation-feedback.forward", 5, DeadlineUnit.WorkingDays)] // NĐ 20/2008 Điều 9
    [InlineData("petition.answer", 15, DeadlineUnit.WorkingDays)] // no statutory limit: configurable default [NV]
    [InlineData("voter-petition.answer", 60, DeadlineUnit.CalendarDays)] // NQLT 72/2025 Điều 49(1)
    [InlineData("voter-petition.publication", 15, DeadlineUnit.WorkingDays)] // NQLT 72/2025 Điều 51
    [InlineData("voter-contact.group-decision", 5, DeadlineUnit.WorkingDays)] // NQLT 72/2025 Điều 33
    [InlineData("voter-contact.group-petitions", 5, DeadlineUnit.WorkingDays)] // NQLT 72/2025 Điều 33
    [InlineData("draft.policy-consultation-answer", 15, DeadlineUnit.CalendarDays)] // Luật BHVBQPPL 2025 Điều 30
    [InlineData("supervision.delegation-report", 15, DeadlineUnit.CalendarDays)] // NQLT 403/2017 Điều 6–9
    public void Find_CoreRuleInForceNow_HasTheStatutoryAmountAndUnit(string code, int amount, DeadlineUnit unit)
    {
        var rule = CoreDeadlineRules.All.Find(code, D("01/12/2026"));

        Assert.NotNull(rule);
        Assert.Equal((amount, unit), (rule.Amount, rule.Unit));
        Assert.False(string.IsNullOrWhiteSpace(rule.LegalBasis));
    }

    // The 2026 amendments (Luật 136/2025/QH15, NĐ 155/2026/NĐ-CP) take effect on 01/07/2026: the version in force on
    // the start date applies (RULES.md §13.7(1)).
    [Theory]
    [InlineData("complaint.first-instance", "30/06/2026", "01/07/2012")]
    [InlineData("complaint.first-instance", "01/07/2026", "01/07/2026")]
    [InlineData("complaint.second-instance", "30/06/2026", "01/07/2012")]
    [InlineData("complaint.second-instance", "01/07/2026", "01/07/2026")]
    [InlineData("complaint.suspension-notice", "01/07/2026", "01/07/2026")]
    public void Find_VersionedRule_PicksTheVersionInForceOnTheStartDate(string code, string start, string validFrom)
    {
        var rule = CoreDeadlineRules.All.Find(code, D(start))!;

        var result = DeadlineCalculator.Compute(rule, new DeadlineInput(D(start)), WorkingCalendar.Proposed);

        Assert.Equal(D(validFrom), rule.ValidFrom);
        Assert.Equal(D(validFrom), result.RuleValidFrom);
    }

    [Fact]
    public void Find_ComplaintFirstInstanceFrom2026_CitesDecree155()
    {
        var before = CoreDeadlineRules.All.Find("complaint.first-instance", D("30/06/2026"))!;
        var after = CoreDeadlineRules.All.Find("complaint.first-instance", D("01/07/2026"))!;

        Assert.Equal((before.Amount, before.ComplexAmount, before.RemoteAreaAmount, before.RemoteComplexAmount),
            (after.Amount, after.ComplexAmount, after.RemoteAreaAmount, after.RemoteComplexAmount));
        Assert.DoesNotContain("155/2026", before.LegalBasis, StringComparison.Ordinal);
        Assert.Contains("155/2026", after.LegalBasis, StringComparison.Ordinal);
        Assert.Equal(D("30/06/2026"), before.ValidTo);
    }

    [Theory]
    [InlineData("complaint.suspension-notice", "30/06/2026")] // NĐ 155/2026 adds Điều 28b from 01/07/2026
    [InlineData("reception.refusal-notice", "30/06/2026")] // NĐ 154/2026 from 01/07/2026
    [InlineData("denunciation.resolution", "31/12/2018")] // Luật Tố cáo 2018 in force 01/01/2019
    [InlineData("no.such-rule", "01/12/2026")]
    public void Find_NoVersionInForce_ReturnsNull(string code, string start)
    {
        Assert.Null(CoreDeadlineRules.All.Find(code, D(start)));
    }

    [Fact]
    public void Constructor_OverlappingVersions_Throws()
    {
        var first = Rule(D("01/01/2020"), null);
        var second = Rule(D("01/01/2026"), null);

        Assert.Throws<ArgumentException>(() => new DeadlineRuleSet([first, second]));
    }

    [Fact]
    public void Constructor_AdjacentVersions_KeepsBothInOrder()
    {
        var set = new DeadlineRuleSet([Rule(D("01/01/2026"), null), Rule(D("01/01/2020"), D("31/12/2025"))]);

        Assert.Equal([D("01/01/2020"), D("01/01/2026")], set.VersionsOf("test.rule").Select(r => r.ValidFrom));
    }

    [Fact]
    public void Constructor_MalformedRule_Throws()
    {
        Assert.Throws<ArgumentException>(() => new DeadlineRuleSet([Rule(D("01/01/2020"), null) with { Amount = 0 }]));
        Assert.Throws<ArgumentException>(() => new DeadlineRuleSet([Rule(D("01/01/2020"), null) with { MaxExtensions = 1 }]));
        Assert.Throws<ArgumentException>(() => new DeadlineRuleSet([Rule(D("01/01/2020"), D("31/12/2019"))]));
        Assert.Throws<ArgumentException>(() => new DeadlineRuleSet([Rule(D("01/01/2020"), null) with { LegalBasis = "" }]));
    }

    private static DeadlineRule Rule(DateOnly from, DateOnly? to) => new()
    {
        Code = "test.rule",
        Step = "Thời hạn thử",
        Amount = 10,
        Unit = DeadlineUnit.WorkingDays,
        StartEvent = "ngày bắt đầu",
        LegalBasis = "Bộ luật Dân sự 2015, Điều 147",
        ValidFrom = from,
        ValidTo = to,
    };
}
