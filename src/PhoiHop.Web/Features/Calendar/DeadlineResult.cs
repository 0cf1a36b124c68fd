namespace PhoiHop.Features.Calendar;

/// <summary>
/// A computed due date (the period ends at 24:00 of <see cref="DueDate"/>, Bộ luật Dân sự 2015, Điều 148, khoản 6),
/// with the rule version and amount used so that the stored date can be audited later. <see cref="Explanation"/>
/// holds Vietnamese lines when they were asked for, and is empty otherwise.
/// </summary>
public readonly record struct DeadlineResult(
    DateOnly DueDate,
    string RuleCode,
    DateOnly RuleValidFrom,
    int Amount,
    DeadlineUnit Unit,
    IReadOnlyList<string> Explanation);
