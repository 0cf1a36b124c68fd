using PhoiHop.Features.Regulations;

namespace PhoiHop.Features.Reports;

/// <summary>The coordination report: per regulation, chapter, article and obligation, what was recorded in the period.</summary>
public sealed record CoordinationReportResult(CoordinationRequest Request, DateOnly Today, IReadOnlyList<CoordinationReportResult.RegulationPart> Regulations)
{
    public sealed record RegulationPart(Guid Id, string Number, string Title, RegulationStatus Status, bool IsIllustrativeText,
        IReadOnlyList<ChapterPart> Chapters);

    public sealed record ChapterPart(int Number, string Title, IReadOnlyList<ArticlePart> Articles);

    public sealed record ArticlePart(Guid Id, int Number, string Title, CoordinationArea Area, IReadOnlyList<ObligationPart> Obligations);

    /// <summary>
    /// One obligation. <see cref="IsRecorded"/> is false when no module records its area yet: it then has no counts,
    /// rather than zeros that would read as "nothing was done".
    /// </summary>
    public sealed record ObligationPart(Guid Id, string ResponsibleCode, string ResponsibleName, string? PartnerCode, string? PartnerName,
        string Description, Recurrence Recurrence, bool IsRecorded, IReadOnlyList<FigureCount> Counts)
    {
        public int this[string code] => Counts.Single(c => c.Figure.Code == code).Count;
    }

    public sealed record FigureCount(CoordinationFigure Figure, int Count);

    public IEnumerable<ObligationPart> Obligations =>
        Regulations.SelectMany(r => r.Chapters).SelectMany(c => c.Articles).SelectMany(a => a.Obligations);
}
