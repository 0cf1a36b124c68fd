using System.Linq.Expressions;
using PhoiHop.Features.Petitions;

namespace PhoiHop.Features.Reports;

/// <summary>
/// The figures of the letter report (RULES.md 12; the letter-handling table of Circular 02/2021/TT-TTCP where its columns
/// are known [NV]). Every figure counts letters of the scope, which are the letters a body (or every body of the
/// province) received in the period; a letter forwarded to another body is counted again there, as each body reports
/// its own register. Each figure is defined here once, as a predicate.
/// </summary>
public static class PetitionFigures
{
    public const string Received = "received";

    /// <summary>The letters a report covers: received in the period, by one body or (null) by every body.</summary>
    public static Expression<Func<Petition, bool>> Scope(Guid? bodyId, ReportPeriod period)
    {
        var (from, to) = (period.From, period.To);
        return bodyId is { } body
            ? p => p.ReceivingBodyId == body && p.ReceivedOn >= from && p.ReceivedOn <= to
            : p => p.ReceivedOn >= from && p.ReceivedOn <= to;
    }

    /// <summary>
    /// Every figure, in report order. <paramref name="today"/> is the day "overdue now" is counted on. Each reads the
    /// letter's own columns only, so that the report is one pass over the period's letters.
    /// </summary>
    public static IReadOnlyList<PetitionFigure> All(DateOnly today)
    {
        var figures = new List<PetitionFigure> { new(Received, FigureGroup.Received, p => true) };

        foreach (var channel in Enum.GetValues<Channel>())
            figures.Add(new($"channel.{channel}", FigureGroup.Channel, p => p.Channel == channel));

        // By the kind found at classification; letters not yet classified are counted apart, by their declared kind nowhere.
        foreach (var kind in Enum.GetValues<PetitionKind>())
            figures.Add(new($"kind.{kind}", FigureGroup.Kind, p => p.Kind == kind));
        figures.Add(new("kind.None", FigureGroup.Kind, p => p.Kind == null));

        foreach (var column in Enum.GetValues<FieldReportColumn>())
        {
            var codes = PetitionFields.Default.Where(f => f.ReportColumn == column).Select(f => f.Code).ToArray();
            figures.Add(new($"field.{column}", FigureGroup.Field, p => p.FieldCode != null && codes.Contains(p.FieldCode)));
        }
        var known = PetitionFields.Default.Select(f => f.Code).ToArray();
        figures.Add(new("field.None", FigureGroup.Field, p => p.FieldCode == null || !known.Contains(p.FieldCode)));

        figures.Add(new("competence.Own", FigureGroup.Competence, p => p.Competence == Competence.Own));
        figures.Add(new("competence.Outside", FigureGroup.Competence,
            p => p.Competence == Competence.LowerLevel || p.Competence == Competence.OtherBody));
        figures.Add(new("competence.None", FigureGroup.Competence, p => p.Competence == null));

        // Handled: the step was taken, whatever happened after it (an accepted letter later decided is still accepted).
        // The history is the record; the letter keeps what these figures ask on its own row (Petition.WasAccepted …).
        figures.Add(new("handled.Accepted", FigureGroup.Handled, p => p.WasAccepted));
        figures.Add(new("handled.Guided", FigureGroup.Handled, p => p.WasGuided));
        figures.Add(new("handled.Forwarded", FigureGroup.Handled, p => p.ForwardedToBodyId != null));
        figures.Add(new("handled.Filed", FigureGroup.Handled, p => p.WasFiled));

        // Resolved in time or late: a resolution time limit (PetitionDeadlines.ResolutionRules) was met on or before its
        // due date, or after it. Letter handling (xử lý đơn) has its own limit and is not counted here.
        figures.Add(new("resolution.InTime", FigureGroup.Resolution, p => p.ResolvedInTime));
        figures.Add(new("resolution.Late", FigureGroup.Resolution, p => p.ResolvedLate));
        // The same rule as the "overdue" work queue: an open time limit of this body has passed.
        figures.Add(new("resolution.Overdue", FigureGroup.Resolution, p => p.DueOn != null && p.DueOn < today));

        // Enums are stored by name, flags as "MultiPerson, Duplicate" (AppDbContext conventions): a flag is its name in the
        // column, and no flag name contains another.
        figures.Add(new("flags.Duplicate", FigureGroup.Flags, p => p.Flags.ToString().Contains(nameof(PetitionFlags.Duplicate))));
        figures.Add(new("flags.SentToMany", FigureGroup.Flags, p => p.Flags.ToString().Contains(nameof(PetitionFlags.SentToMany))));
        figures.Add(new("flags.MultiPerson", FigureGroup.Flags, p => p.Flags.ToString().Contains(nameof(PetitionFlags.MultiPerson))));

        // Forwarded letters whose answer the competent body has reported back (RULES.md 2.6, 13.1), and those still without one.
        figures.Add(new("forwarded.Answered", FigureGroup.Forwarded, p => p.ForwardedToBodyId != null && p.AnswerRecorded));
        figures.Add(new("forwarded.NotAnswered", FigureGroup.Forwarded, p => p.ForwardedToBodyId != null && !p.AnswerRecorded));
        return [.. figures.Select(f => f with { Where = CapturedValues.Inline(f.Where) })];
    }
}
