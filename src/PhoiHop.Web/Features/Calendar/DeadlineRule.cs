namespace PhoiHop.Features.Calendar;

/// <summary>
/// One statutory time limit as data (RULES.md §13.7(1)), in force from <see cref="ValidFrom"/> to
/// <see cref="ValidTo"/> (inclusive). <see cref="Code"/> is stable across versions; the version applied is the one in
/// force on the start date (<see cref="DeadlineRuleSet.Find"/>).
/// </summary>
public sealed record DeadlineRule
{
    /// <summary>Stable code, e.g. "complaint.acceptance".</summary>
    public required string Code { get; init; }

    /// <summary>The step, in Vietnamese, as users see it.</summary>
    public required string Step { get; init; }

    public required int Amount { get; init; }

    public required DeadlineUnit Unit { get; init; }

    /// <summary>The event the time limit runs from, in Vietnamese (e.g. "ngày nhận được đơn").</summary>
    public required string StartEvent { get; init; }

    /// <summary>Counting starts the day after the start event (Bộ luật Dân sự 2015, Điều 147) unless a law says otherwise.</summary>
    public bool CountFromNextDay { get; init; } = true;

    /// <summary>
    /// A last day that is not a working day moves to the next working day (Điều 148, khoản 5). It matters for calendar
    /// days and months only: a working-day count always ends on a working day.
    /// </summary>
    public bool RollForwardIfNonWorking { get; init; } = true;

    /// <summary>Amount for a remote or hard-to-travel area (vùng sâu, vùng xa đi lại khó khăn).</summary>
    public int? RemoteAreaAmount { get; init; }

    /// <summary>Amount for a complex case (vụ việc phức tạp), or the longer limit a law allows in named situations.</summary>
    public int? ComplexAmount { get; init; }

    /// <summary>Amount for a complex case in a remote area; when absent, the longer of the two amounts above.</summary>
    public int? RemoteComplexAmount { get; init; }

    /// <summary>How many extension decisions the law allows (gia hạn), each adding <see cref="ExtensionAmount"/>.</summary>
    public int MaxExtensions { get; init; }

    public int ExtensionAmount { get; init; }

    /// <summary>Time under suspension (tạm đình chỉ) or another legal obstacle is not counted.</summary>
    public bool PausesOnSuspension { get; init; }

    /// <summary>The citation, in Vietnamese, shown with every computed due date.</summary>
    public required string LegalBasis { get; init; }

    public required DateOnly ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    public bool IsInForceOn(DateOnly date) => date >= ValidFrom && (ValidTo is null || date <= ValidTo);
}
