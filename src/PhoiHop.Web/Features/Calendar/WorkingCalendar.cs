namespace PhoiHop.Features.Calendar;

/// <summary>
/// Which days the civil service works: Monday to Friday, minus holidays, compensatory days off and swapped-off days,
/// plus Saturdays or Sundays swapped on (RULES.md §13.7(2)). Each year's entries come from a provider (confirmed
/// data, or <see cref="HolidayProposal"/>) and are turned into a bit set on first use, so a look-up is a bit test.
/// </summary>
/// <remarks>
/// The provider is called at most a few times per year (concurrent first uses may race; the first result wins), so it
/// must be thread-safe and return the same entries each time. When entries of one date disagree, a day off wins over a
/// swapped-on working day: contradictory data never silently shortens a period. Supported years: 1900–2199.
/// </remarks>
public sealed class WorkingCalendar
{
    public const int MinYear = 1900;
    public const int MaxYear = 2199;

    private readonly Func<int, IReadOnlyList<Holiday>> _entriesOf;
    private readonly YearTable?[] _years = new YearTable?[MaxYear - MinYear + 1];

    public WorkingCalendar(Func<int, IReadOnlyList<Holiday>> entriesOf)
    {
        ArgumentNullException.ThrowIfNull(entriesOf);
        _entriesOf = entriesOf;
    }

    /// <summary>The calendar of the default proposals, for years nobody has confirmed yet and for tests.</summary>
    public static WorkingCalendar Proposed { get; } = new(HolidayProposal.Generate);

    /// <summary>Confirmed years as given; any other year falls back to <see cref="HolidayProposal"/>.</summary>
    public static WorkingCalendar FromConfirmed(IReadOnlyDictionary<int, IReadOnlyList<Holiday>> confirmedYears)
    {
        ArgumentNullException.ThrowIfNull(confirmedYears);
        return new(year => confirmedYears.TryGetValue(year, out var entries) ? entries : HolidayProposal.Generate(year));
    }

    public bool IsWorkingDay(DateOnly day) => TableFor(day.DayNumber).IsWorking(day.DayNumber);

    /// <summary>The calendar entry that decides this date (holiday, substitute, swap), or null for an ordinary day.</summary>
    public Holiday? Describe(DateOnly day)
    {
        var table = TableFor(day.DayNumber);
        return table.Entries[day.DayNumber - table.FirstDayNumber];
    }

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="start"/> (before it when negative); the
    /// start day itself is never counted (Bộ luật Dân sự 2015, Điều 147). Zero returns the start.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        if (workingDays == 0)
        {
            return start;
        }

        var step = workingDays > 0 ? 1 : -1;
        var remaining = workingDays > 0 ? workingDays : -(long)workingDays;
        var day = start.DayNumber;
        var table = TableFor(day + step);
        while (true)
        {
            day += step;
            if ((uint)(day - table.FirstDayNumber) >= (uint)table.Length)
            {
                table = TableFor(day);
            }

            if (table.IsWorking(day) && --remaining == 0)
            {
                return DateOnly.FromDayNumber(day);
            }
        }
    }

    /// <summary>The day itself when it is a working day, otherwise the next working day (Bộ luật Dân sự 2015, Điều 148, khoản 5).</summary>
    public DateOnly FirstWorkingDayOnOrAfter(DateOnly day) => IsWorkingDay(day) ? day : AddWorkingDays(day, 1);

    private YearTable TableFor(int dayNumber)
    {
        if (dayNumber < MinDayNumber || dayNumber > MaxDayNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(dayNumber), DateOnly.FromDayNumber(Math.Clamp(dayNumber, 0, DateOnly.MaxValue.DayNumber)),
                $"The working calendar covers {MinYear} to {MaxYear}.");
        }

        var year = DateOnly.FromDayNumber(dayNumber).Year;
        return Volatile.Read(ref _years[year - MinYear]) ?? Build(year);
    }

    private YearTable Build(int year)
    {
        var built = new YearTable(year, _entriesOf(year) ?? throw new InvalidOperationException($"No calendar entries for {year}."));
        return Interlocked.CompareExchange(ref _years[year - MinYear], built, null) ?? built;
    }

    private static readonly int MinDayNumber = new DateOnly(MinYear, 1, 1).DayNumber;
    private static readonly int MaxDayNumber = new DateOnly(MaxYear, 12, 31).DayNumber;

    private sealed class YearTable
    {
        private readonly ulong[] _working;

        public YearTable(int year, IReadOnlyList<Holiday> entries)
        {
            FirstDayNumber = new DateOnly(year, 1, 1).DayNumber;
            Length = DateTime.IsLeapYear(year) ? 366 : 365;
            _working = new ulong[(Length + 63) / 64];
            Entries = new Holiday?[Length];

            for (var i = 0; i < Length; i++)
            {
                if (DateOnly.FromDayNumber(FirstDayNumber + i).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    _working[i >> 6] |= 1UL << (i & 63);
                }
            }

            foreach (var entry in entries)
            {
                if (entry.Date.Year != year)
                {
                    throw new InvalidOperationException($"The calendar entries of {year} contain {entry.Date:yyyy-MM-dd} ({entry.Name}).");
                }

                // Lower kinds win (Holiday, Substitute, SwapOff, then SwapOn): a day off beats a swapped-on day.
                var i = entry.Date.DayNumber - FirstDayNumber;
                if (Entries[i] is null || entry.Kind < Entries[i]!.Kind)
                {
                    Entries[i] = entry;
                }
            }

            for (var i = 0; i < Length; i++)
            {
                switch (Entries[i]?.Kind)
                {
                    case HolidayKind.Holiday or HolidayKind.Substitute or HolidayKind.SwapOff:
                        _working[i >> 6] &= ~(1UL << (i & 63));
                        break;
                    case HolidayKind.SwapOn:
                        _working[i >> 6] |= 1UL << (i & 63);
                        break;
                    default:
                        break;
                }
            }
        }

        public int FirstDayNumber { get; }

        public int Length { get; }

        public Holiday?[] Entries { get; }

        public bool IsWorking(int dayNumber)
        {
            var i = dayNumber - FirstDayNumber;
            return (_working[i >> 6] & (1UL << (i & 63))) != 0;
        }
    }
}
