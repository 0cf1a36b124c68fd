namespace PhoiHop.Features.Calendar;

/// <summary>
/// The Vietnamese lunar calendar, computed astronomically for UTC+7 (105°E).
/// </summary>
/// <remarks>
/// The Vietnamese calendar differs from the Chinese one (UTC+8): a new moon shortly before midnight in Hanoi but
/// after midnight in Beijing starts the month a day earlier, and in some years the leap month or even Tết differs
/// (Tết 1985 is 21/01/1985 here but 20/02/1985 in China). RULES.md §10.2 therefore forbids
/// <see cref="System.Globalization.ChineseLunisolarCalendar"/>.
///
/// Method (the one published by Hồ Ngọc Đức and used by the Vietnamese almanacs): new moons and the sun's longitude
/// come from the truncated series of Meeus, "Astronomical Algorithms"; a month starts on the local day (UTC+7) of its
/// new moon; month 11 is the month containing the winter solstice; a year between two months 11 that holds 13 months
/// has a leap month, the first one after month 11 during which the sun enters no new 30° sign (no major solar term).
///
/// Every month start from 1898 to 2201 is computed once, on first use, into a table; conversions are then a table
/// look-up. Supported range: solar dates 01/01/1900 to 31/12/2199.
/// </remarks>
public static class LunarCalendar
{
    public static readonly DateOnly MinSolarDate = new(1900, 1, 1);
    public static readonly DateOnly MaxSolarDate = new(2199, 12, 31);

    private const double TimeZoneHours = 7;
    private const double SynodicMonth = 29.530588853;

    /// <summary>Julian Day Number of 0001-01-01, so that JDN = <see cref="DateOnly.DayNumber"/> + this.</summary>
    private const int JulianDayOfDayNumberZero = 1721426;

    /// <summary>Julian Day Number of the mean new moon of 1900-01-01 that anchors k = 0 in the Meeus series.</summary>
    private const double JulianDayOfNewMoonZero = 2415021.076998695;

    public static LunarDate ToLunar(DateOnly solar)
    {
        if (solar < MinSolarDate || solar > MaxSolarDate)
        {
            throw new ArgumentOutOfRangeException(nameof(solar), solar, "The lunar calendar is supported from 01/01/1900 to 31/12/2199.");
        }

        var table = Table.Instance;
        var day = solar.DayNumber;
        var i = table.MonthIndexOf(day);
        var label = table.Labels[i];
        return new LunarDate(day - table.Starts[i] + 1, label.Month, label.Year, label.IsLeap);
    }

    /// <summary>
    /// The solar date of a lunar date, or null when that date does not exist (day 30 of a 29-day month, or a leap
    /// month the year does not have).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// Month outside 1–12, day outside 1–30, or a date outside the supported solar range.
    /// </exception>
    public static DateOnly? ToSolar(LunarDate lunar)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lunar.Month, 1, nameof(lunar));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunar.Month, 12, nameof(lunar));
        ArgumentOutOfRangeException.ThrowIfLessThan(lunar.Day, 1, nameof(lunar));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunar.Day, 30, nameof(lunar));

        var table = Table.Instance;
        if (!table.TryFindMonth(lunar.Year, lunar.Month, lunar.IsLeapMonth, out var found, out var index))
        {
            throw new ArgumentOutOfRangeException(nameof(lunar), lunar, "The lunar calendar is supported from 01/01/1900 to 31/12/2199.");
        }

        if (!found || lunar.Day > table.Starts[index + 1] - table.Starts[index])
        {
            return null;
        }

        var solar = DateOnly.FromDayNumber(table.Starts[index] + lunar.Day - 1);
        if (solar < MinSolarDate || solar > MaxSolarDate)
        {
            throw new ArgumentOutOfRangeException(nameof(lunar), lunar, "The lunar calendar is supported from 01/01/1900 to 31/12/2199.");
        }

        return solar;
    }

    /// <summary>The leap month (tháng nhuận) of a lunar year, or null when the year has 12 months.</summary>
    public static int? LeapMonthOf(int lunarYear)
    {
        var table = Table.Instance;
        if (lunarYear < table.FirstYear || lunarYear > table.LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarYear), lunarYear, $"The lunar calendar table holds lunar years {table.FirstYear} to {table.LastYear}.");
        }

        for (var i = table.YearStarts[lunarYear - table.FirstYear]; i < table.YearStarts[lunarYear - table.FirstYear + 1]; i++)
        {
            if (table.Labels[i].IsLeap)
            {
                return table.Labels[i].Month;
            }
        }

        return null;
    }

    /// <summary>Julian Day Number of the local (UTC+7) day on which the k-th new moon after January 1900 falls.</summary>
    private static int NewMoonDay(int k) => (int)Math.Floor(NewMoon(k) + 0.5 + (TimeZoneHours / 24));

    /// <summary>Instant (Julian Date, UT) of the k-th new moon: Meeus, Astronomical Algorithms, ch. 49, truncated series.</summary>
    private static double NewMoon(int k)
    {
        var t = k / 1236.85; // Julian centuries since 1900 January 0.5
        var t2 = t * t;
        var t3 = t2 * t;
        const double rad = Math.PI / 180;

        var mean = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3)
            + (0.00033 * Math.Sin((166.56 + (132.87 * t) - (0.009173 * t2)) * rad));
        var sunAnomaly = (359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3)) * rad;
        var moonAnomaly = (306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3)) * rad;
        var latitude = (21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3)) * rad;

        var correction = ((0.1734 - (0.000393 * t)) * Math.Sin(sunAnomaly))
            + (0.0021 * Math.Sin(2 * sunAnomaly))
            - (0.4068 * Math.Sin(moonAnomaly))
            + (0.0161 * Math.Sin(2 * moonAnomaly))
            - (0.0004 * Math.Sin(3 * moonAnomaly))
            + (0.0104 * Math.Sin(2 * latitude))
            - (0.0051 * Math.Sin(sunAnomaly + moonAnomaly))
            - (0.0074 * Math.Sin(sunAnomaly - moonAnomaly))
            + (0.0004 * Math.Sin((2 * latitude) + sunAnomaly))
            - (0.0004 * Math.Sin((2 * latitude) - sunAnomaly))
            - (0.0006 * Math.Sin((2 * latitude) + moonAnomaly))
            + (0.0010 * Math.Sin((2 * latitude) - moonAnomaly))
            + (0.0005 * Math.Sin((2 * moonAnomaly) + sunAnomaly));

        // ΔT (TT − UT) approximations, in days, before and after 1889.
        var deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);

        return mean + correction - deltaT;
    }

    /// <summary>
    /// The 30° sign (0–11, 0 = from the March equinox) the sun is in at local midnight starting the given day;
    /// Meeus, Astronomical Algorithms, ch. 25, low precision.
    /// </summary>
    private static int SunSign(int julianDay)
    {
        var jd = julianDay - 0.5 - (TimeZoneHours / 24);
        var t = (jd - 2451545.0) / 36525; // Julian centuries since J2000.0
        var t2 = t * t;
        const double rad = Math.PI / 180;

        var anomaly = (357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2)) * rad;
        var meanLongitude = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var centre = ((1.914600 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(anomaly))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * anomaly))
            + (0.000290 * Math.Sin(3 * anomaly));
        var longitude = meanLongitude + centre;
        longitude -= 360 * Math.Floor(longitude / 360);
        return (int)Math.Floor(longitude / 30);
    }

    /// <summary>Index k of the new moon that starts month 11 (the month holding the winter solstice) of a solar year.</summary>
    private static int Month11Index(int solarYear)
    {
        var lastDayOfYear = new DateOnly(solarYear, 12, 31).DayNumber + JulianDayOfDayNumberZero;
        var k = (int)Math.Floor((lastDayOfYear - 2415021) / SynodicMonth);

        // If the sun is already past 270° when that moon is new, the solstice fell in the month before.
        return SunSign(NewMoonDay(k)) >= 9 ? k - 1 : k;
    }

    private readonly record struct MonthLabel(int Month, int Year, bool IsLeap);

    /// <summary>Every lunar month start from month 11 of 1898 to month 11 of 2201, with its number and year.</summary>
    private sealed class Table
    {
        public static readonly Table Instance = new(1898, 2201);

        public Table(int firstSolarYear, int lastSolarYear)
        {
            var starts = new List<int>();
            var labels = new List<MonthLabel>();
            var k11 = Month11Index(firstSolarYear);
            for (var solarYear = firstSolarYear + 1; solarYear <= lastSolarYear; solarYear++)
            {
                var nextK11 = Month11Index(solarYear);
                var count = nextK11 - k11;
                var leapOffset = count == 13 ? LeapOffset(k11) : int.MaxValue;
                for (var offset = 0; offset < count; offset++)
                {
                    // Months run 11, 12, 1, …, 10 from one month 11 to the next; the leap month repeats the number of
                    // the month before it. Months 11 and 12 still belong to the lunar year that began in the previous
                    // solar year.
                    var ordinal = offset < leapOffset ? offset : offset - 1;
                    var month = ((ordinal + 10) % 12) + 1;
                    var year = month >= 11 && ordinal < 2 ? solarYear - 1 : solarYear;
                    starts.Add(NewMoonDay(k11 + offset) - JulianDayOfDayNumberZero);
                    labels.Add(new MonthLabel(month, year, offset == leapOffset));
                }

                k11 = nextK11;
            }

            starts.Add(NewMoonDay(k11) - JulianDayOfDayNumberZero); // end of the last month
            Starts = [.. starts];
            Labels = [.. labels];

            FirstYear = firstSolarYear + 1; // the first lunar year whose month 1 is in the table
            LastYear = lastSolarYear - 1; // the last lunar year whose month 12 is in the table
            YearStarts = new int[LastYear - FirstYear + 2];
            var y = FirstYear;
            for (var i = 0; i < Labels.Length && y <= LastYear + 1; i++)
            {
                if (Labels[i] is { Month: 1, IsLeap: false } && Labels[i].Year == y)
                {
                    YearStarts[y - FirstYear] = i;
                    y++;
                }
            }
        }

        /// <summary>Day numbers (<see cref="DateOnly.DayNumber"/>) of each month start, plus the end of the last month.</summary>
        public int[] Starts { get; }

        public MonthLabel[] Labels { get; }

        public int FirstYear { get; }

        public int LastYear { get; }

        /// <summary>Index in <see cref="Starts"/> of month 1 of each lunar year from <see cref="FirstYear"/> to <see cref="LastYear"/> + 1.</summary>
        public int[] YearStarts { get; }

        public int MonthIndexOf(int dayNumber)
        {
            var i = (int)((dayNumber - Starts[0]) / SynodicMonth);
            while (Starts[i] > dayNumber)
            {
                i--;
            }

            while (Starts[i + 1] <= dayNumber)
            {
                i++;
            }

            return i;
        }

        /// <returns>False when the lunar year is outside the table.</returns>
        public bool TryFindMonth(int year, int month, bool isLeap, out bool found, out int index)
        {
            found = false;
            index = -1;
            if (year < FirstYear || year > LastYear)
            {
                return false;
            }

            for (var i = YearStarts[year - FirstYear]; i < YearStarts[year - FirstYear + 1]; i++)
            {
                if (Labels[i].Month == month && Labels[i].IsLeap == isLeap)
                {
                    found = true;
                    index = i;
                    break;
                }
            }

            return true;
        }

        /// <summary>
        /// Offset from month 11 of the leap month in a 13-month year: the first month during which the sun enters no
        /// new sign, i.e. the sign is the same at its start and at the next month's start. Month 11 itself holds the
        /// solstice, so the search starts at the month after it.
        /// </summary>
        private static int LeapOffset(int k11)
        {
            var sign = SunSign(NewMoonDay(k11 + 1));
            for (var offset = 1; offset < 13; offset++)
            {
                var next = SunSign(NewMoonDay(k11 + offset + 1));
                if (next == sign)
                {
                    return offset;
                }

                sign = next;
            }

            throw new InvalidOperationException($"No month without a major solar term after new moon {k11}.");
        }
    }
}
