namespace PhoiHop.Features.Calendar;

/// <summary>How far the reminders (đôn đốc) of a deadline have gone.</summary>
public enum ReminderStage
{
    None = 0,
    Approaching = 1,
    Overdue = 2,
}
