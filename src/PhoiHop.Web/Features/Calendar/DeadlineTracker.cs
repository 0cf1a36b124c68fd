using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Features.Audit;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Calendar;

/// <summary>
/// The one small interface through which modules register their time limits: track, pause, resume, extend, complete.
/// Nothing is saved here; the module's SaveChanges stores the deadline with the change that started it.
/// </summary>
public sealed class DeadlineTracker(
    AppDbContext db, CalendarStore calendars, TimeProvider clock, AuditActor actor, IEnumerable<IDueDateCopy> copies)
{
    public DeadlineRuleSet Rules { get; } = CoreDeadlineRules.All;

    /// <summary>Computes the due date of a rule for given facts, with the explanation, without tracking anything.</summary>
    public async Task<DeadlineResult?> PreviewAsync(string ruleCode, DeadlineInput input, CancellationToken ct)
    {
        var rule = Rules.Find(ruleCode, input.StartDate);
        return rule is null ? null : DeadlineCalculator.Compute(rule, input, await calendars.GetAsync(ct), explain: true);
    }

    /// <summary>
    /// Starts the limit <paramref name="request"/> names, or returns it when the item has it already. An item created
    /// in this unit of work (<paramref name="itemIsNew"/>) has none, and is not looked up.
    /// </summary>
    public async Task<TrackedDeadline> TrackAsync(DeadlineRequest request, CancellationToken ct, bool itemIsNew = false)
    {
        var existing = itemIsNew ? null : await FindAsync(request.Module, request.ItemId, request.RuleCode, ct);
        if (existing is not null)
            return existing;
        var deadline = TrackedDeadline.Create(request);
        await ComputeAsync(deadline, ct);
        db.Add(deadline);
        return deadline;
    }

    public Task<TrackedDeadline?> FindAsync(string module, string itemId, string ruleCode, CancellationToken ct) =>
        db.Set<TrackedDeadline>().SingleOrDefaultAsync(d => d.Module == module && d.ItemId == itemId && d.RuleCode == ruleCode, ct);

    /// <summary>Suspension stops the clock (Luật Tố cáo Art. 34(2); NĐ 155/2026 new Art. 28b).</summary>
    public async Task PauseAsync(TrackedDeadline deadline, DateOnly from, CancellationToken ct)
    {
        deadline.Pause(from);
        await ComputeAsync(deadline, ct);
    }

    public async Task ResumeAsync(TrackedDeadline deadline, DateOnly to, CancellationToken ct)
    {
        deadline.Resume(to);
        await ComputeAsync(deadline, ct);
    }

    /// <summary>An extension decision; refused beyond what the rule allows (e.g. twice for a denunciation).</summary>
    public async Task<Result> ExtendAsync(TrackedDeadline deadline, CancellationToken ct)
    {
        var rule = Rules.Find(deadline.RuleCode, deadline.StartDate);
        if (rule is null || deadline.Extensions >= rule.MaxExtensions)
            return DeadlineErrors.NoMoreExtensions;
        deadline.Extend();
        await ComputeAsync(deadline, ct);
        return Result.Ok;
    }

    public async Task ReclassifyAsync(TrackedDeadline deadline, bool isRemoteArea, bool isComplex, CancellationToken ct)
    {
        deadline.Flag(isRemoteArea, isComplex);
        await ComputeAsync(deadline, ct);
    }

    /// <summary>
    /// After the calendar changed: recompute every open deadline, keep the new due dates, let the modules that copy due
    /// dates onto their rows follow (<see cref="IDueDateCopy"/>), and save it all in one transaction with the reason in
    /// the audit log. Returns how many due dates moved.
    /// </summary>
    // A step that meets or moves a deadline (or a letter's due date) while this runs makes the save fail
    // (TrackedDeadline.Status and Petition.Version are concurrency tokens): then it all runs again on fresh rows.
    public Task<int> RecomputeOpenAsync(string reason, CancellationToken ct) =>
        ConcurrentRetry.RunAsync(db, () => RecomputeOpenOnceAsync(reason, ct));

    private async Task<int> RecomputeOpenOnceAsync(string reason, CancellationToken ct)
    {
        var open = await db.Set<TrackedDeadline>().Where(d => d.Status == DeadlineStatus.Open).ToListAsync(ct);
        var moved = new List<TrackedDeadline>();
        foreach (var deadline in open)
        {
            if (await ComputeAsync(deadline, ct))
                moved.Add(deadline);
        }
        foreach (var copy in copies)
        {
            var items = moved.Where(d => d.Module == copy.DeadlineModule).Select(d => d.ItemId).Distinct().ToList();
            if (items.Count > 0)
                await copy.RefreshAsync(items, ct);
        }
        actor.Reason = reason;
        await db.SaveChangesAsync(ct);
        return moved.Count;
    }

    private async Task<bool> ComputeAsync(TrackedDeadline deadline, CancellationToken ct)
    {
        var rule = Rules.Find(deadline.RuleCode, deadline.StartDate)
            ?? throw new InvalidOperationException($"No deadline rule '{deadline.RuleCode}' in force on {deadline.StartDate:yyyy-MM-dd}.");
        var today = Display.VietnamToday(clock);
        var result = DeadlineCalculator.Compute(rule, deadline.InputAsOf(today), await calendars.GetAsync(ct), explain: true);
        return deadline.Apply(result);
    }
}
