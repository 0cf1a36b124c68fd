using Microsoft.EntityFrameworkCore;
using PhoiHop.Features.Calendar;
using PhoiHop.Infrastructure.Data;
using static PhoiHop.Features.Petitions.PetitionAction;

namespace PhoiHop.Features.Petitions;

/// <summary>
/// The statutory time limits of a letter at one body, kept in step with its history through <see cref="DeadlineTracker"/>:
/// which limits start, end, stop and move with each step (RULES.md 2.3, 3.2, 4.3, 5; 13.7). Nothing is saved here.
/// </summary>
public sealed class PetitionDeadlines(AppDbContext db, DeadlineTracker tracker)
{
    public const string Module = "Petitions";

    // The letter-handling duty of every body: tell the citizen within 10 working days (Luật Tiếp công dân 2013, Điều 28(1)).
    public const string NotifyCitizen = "reception.notify-citizen";
    public const string ComplaintAcceptance = "complaint.acceptance";
    public const string FirstInstance = "complaint.first-instance";
    public const string SecondInstance = "complaint.second-instance";
    public const string DenunciationFirstHandling = "denunciation.first-handling";
    public const string DenunciationResolution = "denunciation.resolution";
    public const string PetitionAnswer = "petition.answer";
    public const string CitizenInformed = "reception.citizen-informed";
    public const string DecisionEffective = "complaint.decision-effective";

    /// <summary>
    /// The time limits of resolution (giải quyết): a letter is resolved in time when one of them is met on or before its
    /// due date (<see cref="Petition.ResolvedInTime"/>). Letter handling (xử lý đơn) has its own limit and does not count.
    /// </summary>
    public static readonly IReadOnlyList<string> ResolutionRules = [FirstInstance, SecondInstance, DenunciationResolution, PetitionAnswer];

    // Steps that decide the handling of the letter: the letter-handling limits are met.
    private static readonly HashSet<PetitionAction> Handled = [Accept, Decline, Guide, Forward, PetitionAction.File, CheckAnonymousInfo, Withdraw, Stop];

    public static string ItemId(Petition petition) => petition.Id.ToString();

    public static string Link(Petition petition) => $"/Petitions/{petition.Id}";

    /// <summary>The limits a new letter starts with.</summary>
    public async Task StartAsync(Petition petition, CancellationToken ct)
    {
        var open = new List<TrackedDeadline> { await TrackAsync(petition, NotifyCitizen, petition.ReceivedOn, ct) };
        petition.SetDueOn(NearestDue(petition, open));
    }

    /// <summary>After a step succeeded: end, start, stop or move the limits it concerns, then refresh the queue date.</summary>
    public async Task AfterAsync(Petition petition, PetitionAction action, DateOnly today, CancellationToken ct)
    {
        var itemId = ItemId(petition);
        var open = await db.Set<TrackedDeadline>()
            .Where(d => d.Module == Module && d.ItemId == itemId && d.Status == DeadlineStatus.Open).ToListAsync(ct);
        void Complete(params string[] codes)
        {
            foreach (var d in open.Where(d => codes.Contains(d.RuleCode)).ToList())
            {
                d.Complete(today);
                if (ResolutionRules.Contains(d.RuleCode))
                    petition.RecordResolution(inTime: today <= d.DueDate);
                open.Remove(d);
            }
        }
        async Task Start(string code, DateOnly from) => open.Add(await TrackAsync(petition, code, from, ct));

        if (Handled.Contains(action))
            Complete(NotifyCitizen, ComplaintAcceptance, DenunciationFirstHandling);

        switch (action)
        {
            case Classify:
                foreach (var d in open.Where(d => d.RuleCode is ComplaintAcceptance or DenunciationFirstHandling).ToList())
                {
                    d.Cancel();
                    open.Remove(d);
                }
                if (petition.Kind == PetitionKind.Denunciation && petition.CanResolve)
                    await Start(DenunciationFirstHandling, petition.ReceivedOn);
                else if (petition.Kind == PetitionKind.Complaint && petition.CanResolve && petition.Competence == Competence.Own)
                    await Start(ComplaintAcceptance, petition.ReceivedOn);
                break;
            case Accept:
                await Start(petition.Track switch
                {
                    PetitionTrack.Complaint => FirstInstance,
                    PetitionTrack.SecondInstanceComplaint => SecondInstance,
                    PetitionTrack.Denunciation => DenunciationResolution,
                    _ => PetitionAnswer,
                }, petition.Track == PetitionTrack.Recommendation ? petition.ReceivedOn : today);
                break;
            case Decide:
                Complete(FirstInstance, SecondInstance);
                break;
            case Conclude:
                Complete(DenunciationResolution);
                break;
            case Answer:
                Complete(PetitionAnswer);
                break;
            case PetitionAction.Monitor:
                // The answer the forwarding body waits for: the resolution period of the kind, so that the hourly
                // reminders reach the monitoring body too when the competent body is late.
                await Start(AnswerRuleFor(petition), today);
                break;
            case RecordAnswer:
                Complete(AnswerRuleFor(petition));
                await Start(CitizenInformed, today);
                break;
            case PetitionAction.NotifyCitizen:
                Complete(CitizenInformed);
                break;
            case Suspend:
                foreach (var d in open)
                    await tracker.PauseAsync(d, today, ct);
                break;
            case Resume:
                foreach (var d in open.Where(d => d.PausedSince is not null))
                    await tracker.ResumeAsync(d, today, ct);
                break;
            case Extend:
                foreach (var d in open.Where(d => d.RuleCode == DenunciationResolution))
                    await tracker.ExtendAsync(d, ct);
                break;
            case FindComplex:
                foreach (var d in open)
                    await tracker.ReclassifyAsync(d, petition.Flags.HasFlag(PetitionFlags.RemoteArea), isComplex: true, ct);
                break;
        }

        // This body's handling ended: nothing more is due from it.
        if (petition.IsFinal || petition.Status is PetitionStatus.Withdrawn)
        {
            foreach (var d in open)
                d.Cancel();
            open.Clear();
        }
        petition.SetDueOn(NearestDue(petition, open));
    }

    /// <summary>The statutory resolution period a forwarded letter of this kind should be answered within.</summary>
    public static string AnswerRuleFor(Petition petition)
    {
        ArgumentNullException.ThrowIfNull(petition);
        return (petition.Kind ?? petition.DeclaredKind) switch
        {
            PetitionKind.Complaint => FirstInstance,
            PetitionKind.Denunciation => DenunciationResolution,
            _ => PetitionAnswer,
        };
    }

    /// <summary>The assignee of a letter answers for its limits (the reminder goes to them).</summary>
    public async Task AssignAsync(Petition petition, CancellationToken ct)
    {
        var itemId = ItemId(petition);
        var open = await db.Set<TrackedDeadline>()
            .Where(d => d.Module == Module && d.ItemId == itemId && d.Status == DeadlineStatus.Open).ToListAsync(ct);
        foreach (var d in open)
            d.AssignTo(petition.AssigneeId);
    }

    public Task<List<TrackedDeadline>> ListAsync(Petition petition, CancellationToken ct)
    {
        var itemId = ItemId(petition);
        return db.Set<TrackedDeadline>().AsNoTracking().Where(d => d.Module == Module && d.ItemId == itemId)
            .OrderBy(d => d.StartDate).ThenBy(d => d.DueDate).ToListAsync(ct);
    }

    private Task<TrackedDeadline> TrackAsync(Petition petition, string code, DateOnly from, CancellationToken ct) =>
        tracker.TrackAsync(new DeadlineRequest(Module, ItemId(petition), code, from, $"Đơn {petition.TrackingCode}", Link(petition),
            petition.ReceivingBodyId, petition.AssigneeId,
            IsRemoteArea: petition.Flags.HasFlag(PetitionFlags.RemoteArea),
            IsComplex: petition.Flags.HasFlag(PetitionFlags.Complex)), ct, itemIsNew: db.Entry(petition).State == EntityState.Added);

    // The monitored answer date counts too: a forwarding body waits for it.
    internal static DateOnly? NearestDue(Petition petition, IEnumerable<TrackedDeadline> open)
    {
        var dates = open.Where(d => d.PausedSince is null).Select(d => (DateOnly?)d.DueDate).ToList();
        if (petition.Status == PetitionStatus.AwaitingAnswer && petition.AnswerDueOn is { } answer)
            dates.Add(answer);
        return dates.Min();
    }
}
