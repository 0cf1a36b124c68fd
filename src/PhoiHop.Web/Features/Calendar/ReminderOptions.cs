using System.ComponentModel.DataAnnotations;

namespace PhoiHop.Features.Calendar;

public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Remind this many working days before the due date (RULES.md 13.7(4): e.g. T−3).</summary>
    [Range(0, 30)]
    public int ApproachingWorkingDays { get; set; } = 3;

    /// <summary>Repeat the overdue reminder every this many working days while the item stays overdue.</summary>
    [Range(1, 60)]
    public int RepeatOverdueEveryWorkingDays { get; set; } = 5;
}
