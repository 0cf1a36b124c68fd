using PhoiHop.Features.Reports;

namespace PhoiHop.Tests.Features.Reports;

public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData(PeriodKind.Month, "2026-02-14", "2026-02-01", "2026-02-28")]
    [InlineData(PeriodKind.Month, "2028-02-14", "2028-02-01", "2028-02-29")]
    [InlineData(PeriodKind.Quarter, "2026-11-27", "2026-10-01", "2026-12-31")]
    [InlineData(PeriodKind.HalfYear, "2026-07-01", "2026-07-01", "2026-12-31")]
    [InlineData(PeriodKind.Year, "2026-05-05", "2026-01-01", "2026-12-31")]
    [InlineData(PeriodKind.Month, "9999-12-31", "9999-12-01", "9999-12-31")]      // no month after it: was a 500
    [InlineData(PeriodKind.HalfYear, "9999-07-01", "9999-07-01", "9999-12-31")]
    [InlineData(PeriodKind.Year, "0001-01-01", "0001-01-01", "0001-12-31")]
    public void Containing_IsThePeriodAroundTheDay(PeriodKind kind, string day, string from, string to)
    {
        var period = ReportPeriod.Containing(kind, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), period.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), period.To);
    }
}
