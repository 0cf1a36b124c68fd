using BenchmarkDotNet.Attributes;

using PhoiHop.Features.Calendar;

namespace PhoiHop.Bench;

/// <summary>
/// Deadline computations run for every open case on every list page and reminder job; the lunar conversion runs for
/// every day the calendar pages show. Targets: ≥ 1 million 10-working-day due dates per second on one core, and all of
/// 1900–2199 converted to lunar in well under a second.
/// </summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private const int Starts = 1000;

    private readonly WorkingCalendar _calendar = WorkingCalendar.Proposed;
    private readonly DeadlineRule _acceptance = CoreDeadlineRules.All.Find("complaint.acceptance", new DateOnly(2026, 2, 3))!;
    private readonly DateOnly[] _starts = [.. Enumerable.Range(0, Starts).Select(i => new DateOnly(2025, 1, 1).AddDays(i))];

    [GlobalSetup]
    public void BuildYearTables()
    {
        foreach (var start in _starts)
        {
            _calendar.AddWorkingDays(start, 10);
        }

        LunarCalendar.ToLunar(new DateOnly(2026, 2, 17));
    }

    /// <summary>The raw path: 1000 starts over 2025–2027, Tết included.</summary>
    [Benchmark(OperationsPerInvoke = Starts)]
    public DateOnly AddTenWorkingDays()
    {
        var last = default(DateOnly);
        foreach (var start in _starts)
        {
            last = _calendar.AddWorkingDays(start, 10);
        }

        return last;
    }

    /// <summary>Complaint acceptance (10 working days, Luật Khiếu nại 2011, Điều 27) through the calculator, no explanation.</summary>
    [Benchmark(OperationsPerInvoke = Starts)]
    public DateOnly ComputeTenWorkingDayDeadline()
    {
        var last = default(DateOnly);
        foreach (var start in _starts)
        {
            last = DeadlineCalculator.Compute(_acceptance, new DeadlineInput(start), _calendar).DueDate;
        }

        return last;
    }

    /// <summary>The same with the Vietnamese explanation, as a case page shows it.</summary>
    [Benchmark]
    public int ComputeTenWorkingDayDeadlineExplained() =>
        DeadlineCalculator.Compute(_acceptance, new DeadlineInput(new DateOnly(2026, 2, 3)), _calendar, explain: true).Explanation.Count;

    /// <summary>Every day from 01/01/1900 to 31/12/2199 (109,572 days) converted to the lunar calendar.</summary>
    [Benchmark]
    public int ToLunarEveryDay1900To2199()
    {
        var sum = 0;
        for (var day = LunarCalendar.MinSolarDate; day <= LunarCalendar.MaxSolarDate; day = day.AddDays(1))
        {
            sum += LunarCalendar.ToLunar(day).Day;
        }

        return sum;
    }
}
