using System.Linq.Expressions;
using PhoiHop.Features.Petitions;

namespace PhoiHop.Features.Reports;

/// <summary>The sections of the letter report, in the order of the Circular 02/2021/TT-TTCP letter-handling table.</summary>
public enum FigureGroup
{
    Received = 0,
    Channel = 1,
    Kind = 2,
    Field = 3,
    Competence = 4,
    Handled = 5,
    Resolution = 6,
    Flags = 7,
    Forwarded = 8,
}

/// <summary>
/// One figure of the report: a code (stable, used in links and exports), its section, and the one predicate that
/// decides which letters it counts. The count and the drill-down list both apply <see cref="Where"/> to the same scope,
/// so a figure is always the length of its list.
/// </summary>
public sealed record PetitionFigure(string Code, FigureGroup Group, Expression<Func<Petition, bool>> Where)
{
    /// <summary>The resource key of the figure's name.</summary>
    public string LabelKey => $"ReportFigure.{Code}";

    /// <summary>Figures indented under a total (by channel, by kind …) are parts of "received".</summary>
    public bool IsPart => Group is not FigureGroup.Received;
}
