namespace PhoiHop.Features.Calendar;

/// <summary>
/// Computes due dates from a <see cref="DeadlineRule"/>, the facts of a case and a <see cref="WorkingCalendar"/>,
/// following Bộ luật Dân sự 2015, Điều 147–148 and the law-specific units (RULES.md §10.3):
/// <list type="bullet">
/// <item>counting starts the day after the start event;</item>
/// <item>working days: only working days count; the result is always a working day;</item>
/// <item>calendar days: every day counts; a last day off moves to the next working day (Điều 148, khoản 5);</item>
/// <item>months: the same date of the last month, or its last day (Điều 148, khoản 3), then the same move;</item>
/// <item>pauses (suspension) when the rule allows them: paused days are simply not counted. For working days the
/// paused days are skipped like days off; for calendar days the end moves one day later for each paused day inside
/// the window, the window growing as it does; for months, the month end is found first and then moved the same way;</item>
/// <item>extensions add <see cref="DeadlineRule.ExtensionAmount"/> each, in the rule's unit, to the amount.</item>
/// </list>
/// The fast path allocates nothing; the explanation is built only when asked for, by a separate day-by-day walk that
/// must reach the same date.
/// </summary>
public static class DeadlineCalculator
{
    private static readonly string[] NoExplanation = [];

    public static DeadlineResult Compute(DeadlineRule rule, DeadlineInput input, WorkingCalendar calendar, bool explain = false)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(calendar);

        var amount = AmountFor(rule, input);
        var pauses = rule.PausesOnSuspension ? input.Pauses : null;
        if (pauses is not null)
        {
            foreach (var pause in pauses)
            {
                if (pause.To < pause.From)
                {
                    throw new ArgumentOutOfRangeException(nameof(input), pause, "A pause ends before it starts.");
                }
            }
        }

        var due = DueDate(rule, amount, input.StartDate, pauses is { Count: > 0 } ? pauses : null, calendar);
        if (!explain)
        {
            return new DeadlineResult(due, rule.Code, rule.ValidFrom, amount, rule.Unit, NoExplanation);
        }

        var explanation = new DeadlineExplanation(rule, input, amount, calendar);
        var explainedDue = explanation.Walk();
        if (explainedDue != due)
        {
            throw new InvalidOperationException($"Deadline {rule.Code}: explanation reached {explainedDue:yyyy-MM-dd}, calculation {due:yyyy-MM-dd}.");
        }

        return new DeadlineResult(due, rule.Code, rule.ValidFrom, amount, rule.Unit, explanation.Lines);
    }

    /// <summary>The amount for this case: remote area and complexity variants, plus extensions.</summary>
    /// <exception cref="ArgumentOutOfRangeException">More extensions than the rule allows.</exception>
    public static int AmountFor(DeadlineRule rule, DeadlineInput input)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (input.Extensions < 0 || input.Extensions > rule.MaxExtensions)
        {
            throw new ArgumentOutOfRangeException(nameof(input), input.Extensions, $"{rule.Code} allows at most {rule.MaxExtensions} extensions.");
        }

        var amount = (input.IsRemoteArea, input.IsComplex) switch
        {
            (true, true) => rule.RemoteComplexAmount ?? Longer(rule.RemoteAreaAmount, rule.ComplexAmount) ?? rule.Amount,
            (true, false) => rule.RemoteAreaAmount ?? rule.Amount,
            (false, true) => rule.ComplexAmount ?? rule.Amount,
            (false, false) => rule.Amount,
        };
        return amount + (input.Extensions * rule.ExtensionAmount);
    }

    /// <summary>Where counting is anchored: the start event's day, or the day before when the start day itself counts.</summary>
    internal static DateOnly Anchor(DeadlineRule rule, DateOnly start) => rule.CountFromNextDay ? start : start.AddDays(-1);

    /// <summary>The nominal end of a month period (Điều 148, khoản 3), before pauses and the move off a day off.</summary>
    internal static DateOnly MonthEnd(DeadlineRule rule, DateOnly start, int months) =>
        rule.CountFromNextDay ? start.AddMonths(months) : start.AddMonths(months).AddDays(-1);

    internal static bool IsPaused(IReadOnlyList<DeadlinePause>? pauses, int dayNumber)
    {
        if (pauses is null)
        {
            return false;
        }

        for (var i = 0; i < pauses.Count; i++)
        {
            if (dayNumber >= pauses[i].From.DayNumber && dayNumber <= pauses[i].To.DayNumber)
            {
                return true;
            }
        }

        return false;
    }

    private static DateOnly DueDate(DeadlineRule rule, int amount, DateOnly start, IReadOnlyList<DeadlinePause>? pauses, WorkingCalendar calendar)
    {
        var anchor = Anchor(rule, start);
        DateOnly end;
        switch (rule.Unit)
        {
            case DeadlineUnit.WorkingDays:
                return pauses is null ? calendar.AddWorkingDays(anchor, amount) : AddUnpausedWorkingDays(calendar, anchor, amount, pauses);
            case DeadlineUnit.CalendarDays:
                end = pauses is null ? anchor.AddDays(amount) : AddUnpausedDays(anchor, amount, pauses);
                break;
            case DeadlineUnit.Months:
                end = MonthEnd(rule, start, amount);
                if (pauses is not null)
                {
                    end = AddUnpausedDays(anchor, end.DayNumber - anchor.DayNumber, pauses);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule.Unit, "Unknown deadline unit.");
        }

        return rule.RollForwardIfNonWorking ? calendar.FirstWorkingDayOnOrAfter(end) : end;
    }

    private static DateOnly AddUnpausedWorkingDays(WorkingCalendar calendar, DateOnly anchor, int amount, IReadOnlyList<DeadlinePause> pauses)
    {
        var day = anchor;
        for (var remaining = amount; remaining > 0;)
        {
            day = calendar.AddWorkingDays(day, 1);
            if (!IsPaused(pauses, day.DayNumber))
            {
                remaining--;
            }
        }

        return day;
    }

    private static DateOnly AddUnpausedDays(DateOnly anchor, int days, IReadOnlyList<DeadlinePause> pauses)
    {
        var day = anchor.DayNumber;
        for (var remaining = days; remaining > 0;)
        {
            day++;
            if (!IsPaused(pauses, day))
            {
                remaining--;
            }
        }

        return DateOnly.FromDayNumber(day);
    }

    private static int? Longer(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
