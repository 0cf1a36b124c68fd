using System.Linq.Expressions;
using PhoiHop.Features.Calendar;
using PhoiHop.Features.Petitions;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Reports;

/// <summary>
/// What the petitions module shows was done under an obligation of a coordination regulation on citizen reception and
/// petitions (DESIGN.md 1, RULES.md 2.6): the letters the responsible body received; the letters forwarded between the
/// responsible body and its partner, either way, with the competent body's result reported back (Luật Tiếp công dân
/// 2013, Điều 27(2)) on time or late, reminders (đôn đốc) and escalations to supervision; and the matters a citizen
/// sent to both bodies (one case across bodies, found by duplicate detection). An obligation without a partner is
/// counted against every other body.
/// </summary>
/// <remarks>
/// A forward is read from the petition history as it is recorded: the forwarding body's letter, and the copy the
/// forward created at the receiving body (its <see cref="Petition.ForwardedFromId"/>), received on the day of the
/// forward. "Forwarded in the period" is that copy's receipt date, so the figures count what was done in the period;
/// what happened to those letters afterwards (answered, reminded …) is counted as of the day the report is computed,
/// as in the letter report. On time and late are the forwarding body's tracked answer limit (the limit it monitors,
/// started by <see cref="PetitionAction.Monitor"/>), met on or before its due date, or after it.
/// </remarks>
public static class CoordinationFigures
{
    public const string Received = "received";
    public const string Shared = "shared";
    public const string Forwarded = "forwarded";
    public const string Answered = "answered";
    public const string OnTime = "onTime";
    public const string Late = "late";
    public const string NotAnswered = "notAnswered";
    public const string Overdue = "overdue";
    public const string Reminded = "reminded";
    public const string Escalated = "escalated";

    /// <summary>The measures of each direction, in table order.</summary>
    public static IReadOnlyList<string> ForwardMeasures { get; } = [Forwarded, Answered, OnTime, Late, NotAnswered, Overdue, Reminded, Escalated];

    // The limits a forwarding body monitors: the resolution period of the letter's kind (PetitionDeadlines.AnswerRuleFor).
    private static readonly string[] AnswerRules = [PetitionDeadlines.FirstInstance, PetitionDeadlines.DenunciationResolution, PetitionDeadlines.PetitionAnswer];

    public static string Code(CoordinationDirection direction, string measure) =>
        $"{(direction == CoordinationDirection.Out ? "out" : "in")}.{measure}";

    /// <summary>
    /// Every figure of an obligation between <paramref name="responsible"/> and <paramref name="partner"/> (null: any
    /// other body) for <paramref name="period"/>, judged on <paramref name="today"/>.
    /// </summary>
    public static IReadOnlyList<CoordinationFigure> For(AppDbContext db, Guid responsible, Guid? partner, ReportPeriod period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(period);
        var petitions = db.Petitions;
        var deadlines = db.Set<TrackedDeadline>();
        var (from, to, a, b) = (period.From, period.To, responsible, partner);

        Expression<Func<Petition, bool>> received = p => p.ReceivingBodyId == a && p.ReceivedOn >= from && p.ReceivedOn <= to;

        // A matter the citizen sent to both bodies: each body's own letter (not a copy made by a forward) in one case,
        // which only duplicate detection joins (the handler's "same matter").
        Expression<Func<Petition, bool>> shared = p => p.ReceivingBodyId == a && p.ReceivedOn >= from && p.ReceivedOn <= to
            && p.ForwardedFromId == null
            && petitions.Any(o => o.CaseId == p.CaseId && o.ReceivingBodyId != a && (b == null || o.ReceivingBodyId == b) && o.ForwardedFromId == null);

        var figures = new List<CoordinationFigure> { new(Received, null, Received, received) };
        foreach (var direction in new[] { CoordinationDirection.Out, CoordinationDirection.In })
        {
            Expression<Func<Petition, bool>> forwarded = direction == CoordinationDirection.Out
                ? p => p.ReceivingBodyId == a
                    && petitions.Any(c => c.ForwardedFromId == p.Id && (b == null || c.ReceivingBodyId == b) && c.ReceivedOn >= from && c.ReceivedOn <= to)
                : p => p.ReceivingBodyId != a && (b == null || p.ReceivingBodyId == b)
                    && petitions.Any(c => c.ForwardedFromId == p.Id && c.ReceivingBodyId == a && c.ReceivedOn >= from && c.ReceivedOn <= to);

            // ItemId is the petition's id as .NET writes it (lower case); SQLite keeps Guids in upper case. ToLower is the
            // SQL lower() here, never run in .NET (as in PetitionFigures).
#pragma warning disable CA1304, CA1311, CA1862
            var measures = new Dictionary<string, Expression<Func<Petition, bool>>>
            {
                [Forwarded] = p => true,
                [Answered] = p => p.AnswerRecorded,
                [OnTime] = p => deadlines.Any(d => d.Module == PetitionDeadlines.Module && d.ItemId == p.Id.ToString().ToLower()
                    && AnswerRules.Contains(d.RuleCode) && d.Status == DeadlineStatus.Met && d.CompletedOn <= d.DueDate),
                [Late] = p => deadlines.Any(d => d.Module == PetitionDeadlines.Module && d.ItemId == p.Id.ToString().ToLower()
                    && AnswerRules.Contains(d.RuleCode) && d.Status == DeadlineStatus.Met && d.CompletedOn > d.DueDate),
                [NotAnswered] = p => !p.AnswerRecorded,
                [Overdue] = p => !p.AnswerRecorded
                    && deadlines.Any(d => d.Module == PetitionDeadlines.Module && d.ItemId == p.Id.ToString().ToLower()
                        && AnswerRules.Contains(d.RuleCode) && d.Status == DeadlineStatus.Open && d.DueDate < today),
                [Reminded] = p => p.Transitions.Any(t => t.Action == PetitionAction.Remind),
                [Escalated] = p => p.Transitions.Any(t => t.Action == PetitionAction.EscalateToSupervision),
            };
#pragma warning restore CA1304, CA1311, CA1862
            foreach (var measure in ForwardMeasures)
                figures.Add(new(Code(direction, measure), direction, measure, measure == Forwarded ? forwarded : Both(forwarded, measures[measure])));
        }
        figures.Add(new(Shared, null, Shared, shared));
        return figures;
    }

    // x && y over one parameter: y's parameter is replaced by x's, so the result is one lambda the providers translate.
    private static Expression<Func<Petition, bool>> Both(Expression<Func<Petition, bool>> x, Expression<Func<Petition, bool>> y) =>
        Expression.Lambda<Func<Petition, bool>>(
            Expression.AndAlso(x.Body, new Rebind(y.Parameters[0], x.Parameters[0]).Visit(y.Body)), x.Parameters[0]);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
