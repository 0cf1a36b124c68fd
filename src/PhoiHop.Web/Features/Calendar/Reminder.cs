namespace PhoiHop.Features.Calendar;

/// <summary>A reminder (đôn đốc) sent for a deadline: when, at which stage, to how many people.</summary>
public sealed class Reminder
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid DeadlineId { get; private set; }
    public ReminderStage Stage { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
    public DateOnly DueDate { get; private set; }
    public int Recipients { get; private set; }

    private Reminder() { }

    internal Reminder(Guid deadlineId, ReminderStage stage, DateTimeOffset sentAt, DateOnly dueDate, int recipients)
    {
        DeadlineId = deadlineId;
        Stage = stage;
        SentAt = sentAt;
        DueDate = dueDate;
        Recipients = recipients;
    }
}
