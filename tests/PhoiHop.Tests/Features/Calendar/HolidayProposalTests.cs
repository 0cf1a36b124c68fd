using PhoiHop.Features.Calendar;

using static PhoiHop.Tests.Features.Calendar.TestDates;

namespace PhoiHop.Tests.Features.Calendar;

public class HolidayProposalTests
{
    [Fact]
    public void Generate_2026_ProposesTheArticle112DaysAndOneSubstitute()
    {
        var proposal = HolidayProposal.Generate(2026);

        var expected = new (string Date, HolidayKind Kind, string Name)[]
        {
            ("01/01/2026", HolidayKind.Holiday, "Tết Dương lịch"), // Điều 112, khoản 1, điểm a
            ("16/02/2026", HolidayKind.Holiday, "Tết Nguyên đán"), // điểm b: 30 tháng Chạp + mùng 1–4 (Tết 17/02/2026)
            ("17/02/2026", HolidayKind.Holiday, "Tết Nguyên đán"),
            ("18/02/2026", HolidayKind.Holiday, "Tết Nguyên đán"),
            ("19/02/2026", HolidayKind.Holiday, "Tết Nguyên đán"),
            ("20/02/2026", HolidayKind.Holiday, "Tết Nguyên đán"),
            ("26/04/2026", HolidayKind.Holiday, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"), // điểm e; a Sunday
            ("27/04/2026", HolidayKind.Substitute, "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)"), // Điều 111, khoản 3
            ("30/04/2026", HolidayKind.Holiday, "Ngày Chiến thắng 30/4"), // điểm c
            ("01/05/2026", HolidayKind.Holiday, "Ngày Quốc tế Lao động 1/5"), // điểm d
            ("01/09/2026", HolidayKind.Holiday, "Quốc khánh (ngày liền kề 2/9)"), // điểm đ; 2/9 is a Wednesday
            ("02/09/2026", HolidayKind.Holiday, "Quốc khánh 2/9"),
        };
        Assert.Equal(expected.Select(e => (D(e.Date), e.Kind, e.Name)), proposal.Select(h => (h.Date, h.Kind, h.Name)));
        Assert.All(proposal, h => Assert.StartsWith("Bộ luật Lao động 2019, Điều 11", h.LegalBasis, StringComparison.Ordinal));
    }

    // The day next to 2/9 (Điều 112, khoản 1, điểm đ) that gives the longest break; 2021–2025 are the published notices.
    [Theory]
    [InlineData(2021, "03/09/2021")] // 2/9 Thursday
    [InlineData(2022, "01/09/2022")] // Friday
    [InlineData(2023, "01/09/2023")] // Saturday, substitute Monday 04/09
    [InlineData(2024, "03/09/2024")] // Monday
    [InlineData(2025, "01/09/2025")] // Tuesday
    [InlineData(2026, "01/09/2026")] // Wednesday: no longer break either way, the day before
    [InlineData(2029, "03/09/2029")] // Sunday, substitute Tuesday 04/09
    public void Generate_NationalDay_ProposesTheAdjacentDayOfTheLongestBreak(int year, string adjacent)
    {
        var proposal = HolidayProposal.Generate(year);

        Assert.Contains(proposal, h => h.Date == D(adjacent) && h is { Kind: HolidayKind.Holiday, Name: "Quốc khánh (ngày liền kề 2/9)" });
    }

    // Bộ luật Lao động 2019, Điều 111, khoản 3: a holiday on a weekly rest day gives a day off on the next working day.
    [Theory]
    [InlineData(2023, "04/09/2023", "Nghỉ bù Quốc khánh 2/9")] // 2/9 Saturday
    [InlineData(2024, "14/02/2024", "Nghỉ bù Tết Nguyên đán")] // mùng 1 Saturday 10/02
    [InlineData(2024, "15/02/2024", "Nghỉ bù Tết Nguyên đán")] // mùng 2 Sunday 11/02
    [InlineData(2027, "03/05/2027", "Nghỉ bù Ngày Quốc tế Lao động 1/5")] // 1/5 Saturday
    [InlineData(2028, "03/01/2028", "Nghỉ bù Tết Dương lịch")] // 1/1 Saturday
    [InlineData(2028, "02/05/2028", "Nghỉ bù Ngày Chiến thắng 30/4")] // 30/4 Sunday, Monday 1/5 is itself a holiday
    [InlineData(2029, "04/09/2029", "Nghỉ bù Quốc khánh 2/9")] // 2/9 Sunday, Monday 3/9 is the adjacent holiday
    public void Generate_HolidayOnAWeekend_ProposesTheNextWorkingDayOff(int year, string substitute, string name)
    {
        var proposal = HolidayProposal.Generate(year);

        var entry = Assert.Single(proposal, h => h.Date == D(substitute));
        Assert.Equal((HolidayKind.Substitute, name), (entry.Kind, entry.Name));
    }

    [Fact]
    public void Generate_TwoHolidaysOnOneDate_ProposesACompensatoryDay()
    {
        // Giỗ Tổ 1947 fell on 30/4 (after a leap second month); the only such year from 1900 to 2199.
        var proposal = HolidayProposal.Generate(1947);

        Assert.Equal(2, proposal.Count(h => h.Date == D("30/04/1947")));
        Assert.Contains(proposal, h => h.Kind == HolidayKind.Substitute && h.LegalBasis!.Contains("trùng nhau", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_EveryYear_ElevenHolidaysAndSubstitutesOnFreeWeekdays()
    {
        for (var year = 1900; year <= 2199; year++)
        {
            var proposal = HolidayProposal.Generate(year);

            var holidays = proposal.Where(h => h.Kind == HolidayKind.Holiday).ToList();
            var substitutes = proposal.Where(h => h.Kind == HolidayKind.Substitute).ToList();
            Assert.Equal(11, holidays.Count); // Điều 112, khoản 1: 1 + 5 + 1 + 1 + 2 + 1 days
            Assert.All(proposal, h => Assert.Equal(year, h.Date.Year));
            Assert.Equal(holidays.Count(h => h.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                + (holidays.Count - holidays.Select(h => h.Date).Distinct().Count()), substitutes.Count);
            Assert.All(substitutes, s =>
            {
                Assert.DoesNotContain(s.Date.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday });
                Assert.DoesNotContain(holidays, h => h.Date == s.Date);
            });
            Assert.Equal(proposal.OrderBy(h => h.Date), proposal);
        }
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2200)]
    public void Generate_OutsideLunarRange_Throws(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HolidayProposal.Generate(year));
    }
}
