using System.Globalization;

namespace PhoiHop.Tests.Features.Calendar;

/// <summary>Test rows write dates as Vietnamese documents do, dd/MM/yyyy.</summary>
internal static class TestDates
{
    public static DateOnly D(string ddMMyyyy) => DateOnly.ParseExact(ddMMyyyy, "dd/MM/yyyy", CultureInfo.InvariantCulture);
}
