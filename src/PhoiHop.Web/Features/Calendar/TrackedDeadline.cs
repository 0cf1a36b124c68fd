using System.Text.Json;

namespace PhoiHop.Features.Calendar;

/// <summary>
/// A statutory time limit that a module registered for one of its items. The due date is stored as it was shown, with
/// the rule version and the explanation used (RULES.md 13.7(3)); a calendar change recomputes it and the audit log
/// keeps both values.
/// </summary>
public sealed class TrackedDeadline
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Module { get; private set; } = "";
    public string ItemId { get; private set; } = "";
    public string RuleCode { get; private set; } = "";
    public DateOnly RuleValidFrom { get; private set; }
    public string Title { get; private set; } = "";
    public string? Link { get; private set; }
    public Guid BodyId { get; private set; }
    public Guid? AssigneeId { get; private set; }
    public DateOnly StartDate { get; private set; }
    public bool IsRemoteArea { get; private set; }
    public bool IsComplex { get; private set; }
    public int Extensions { get; private set; }

    // Closed suspension periods as JSON [{"From":"…","To":"…"}]; an open one is PausedSince.
    public string Pauses { get; private set; } = "[]";
    public DateOnly? PausedSince { get; private set; }
    public int Amount { get; private set; }
    public DeadlineUnit Unit { get; private set; }
    public DateOnly DueDate { get; private set; }

    // The Vietnamese explanation lines as JSON, as shown when the due date was computed.
    public string Explanation { get; private set; } = "[]";
    public DeadlineStatus Status { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public ReminderStage ReminderStage { get; private set; }
    public DateOnly? LastRemindedOn { get; private set; }

    private TrackedDeadline() { }

    internal static TrackedDeadline Create(DeadlineRequest request) => new()
    {
        Module = request.Module,
        ItemId = request.ItemId,
        RuleCode = request.RuleCode,
        Title = request.Title,
        Link = request.Link,
        BodyId = request.BodyId,
        AssigneeId = request.AssigneeId,
        StartDate = request.StartDate,
        IsRemoteArea = request.IsRemoteArea,
        IsComplex = request.IsComplex,
        Status = DeadlineStatus.Open,
    };

    public IReadOnlyList<DeadlinePause> ClosedPauses() => JsonSerializer.Deserialize<List<DeadlinePause>>(Pauses) ?? [];

    public IReadOnlyList<string> ExplanationLines() => JsonSerializer.Deserialize<List<string>>(Explanation) ?? [];

    /// <summary>
    /// The facts the calculator needs. An open suspension counts as lasting until <paramref name="today"/>, so the
    /// due date shown while suspended is the earliest it can be.
    /// </summary>
    public DeadlineInput InputAsOf(DateOnly today)
    {
        var pauses = ClosedPauses().ToList();
        if (PausedSince is { } since && since <= today)
            pauses.Add(new DeadlinePause(since, today));
        return new DeadlineInput(StartDate, IsRemoteArea, IsComplex, pauses, Extensions);
    }

    /// <summary>Stores a computed result; true when the due date changed.</summary>
    internal bool Apply(DeadlineResult result)
    {
        var changed = DueDate != result.DueDate;
        RuleValidFrom = result.RuleValidFrom;
        Amount = result.Amount;
        Unit = result.Unit;
        DueDate = result.DueDate;
        Explanation = JsonSerializer.Serialize(result.Explanation);
        return changed;
    }

    internal void Pause(DateOnly from) => PausedSince ??= from;

    internal void Resume(DateOnly to)
    {
        if (PausedSince is not { } since)
            return;
        var pauses = ClosedPauses().ToList();
        pauses.Add(new DeadlinePause(since, to < since ? since : to));
        Pauses = JsonSerializer.Serialize(pauses);
        PausedSince = null;
    }

    internal void Extend() => Extensions++;

    internal void Flag(bool isRemoteArea, bool isComplex) => (IsRemoteArea, IsComplex) = (isRemoteArea, isComplex);

    public void Complete(DateOnly on)
    {
        Status = DeadlineStatus.Met;
        CompletedOn = on;
    }

    public void Cancel() => Status = DeadlineStatus.Cancelled;

    public void AssignTo(Guid? assigneeId) => AssigneeId = assigneeId;

    internal void Reminded(ReminderStage stage, DateOnly on)
    {
        ReminderStage = stage;
        LastRemindedOn = on;
    }

    public bool IsOverdueOn(DateOnly today) => Status == DeadlineStatus.Open && PausedSince is null && today > DueDate;
}
