using System.Globalization;

namespace PhoiHop.Features.Calendar;

/// <summary>
/// A date of the Vietnamese lunar calendar (âm lịch). <see cref="IsLeapMonth"/> marks the intercalary month
/// (tháng nhuận), which carries the number of the month it follows.
/// </summary>
public readonly record struct LunarDate(int Day, int Month, int Year, bool IsLeapMonth = false)
{
    /// <summary>As Vietnamese almanacs write it, e.g. "10/03/2026 âm lịch" or "15/06/2025 âm lịch (tháng nhuận)".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Day:00}/{Month:00}/{Year} âm lịch{(IsLeapMonth ? " (tháng nhuận)" : "")}");
}
