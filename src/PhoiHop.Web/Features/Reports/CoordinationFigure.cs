using System.Linq.Expressions;
using PhoiHop.Features.Petitions;

namespace PhoiHop.Features.Reports;

/// <summary>Which way letters went between the two bodies of an obligation.</summary>
public enum CoordinationDirection
{
    // The responsible body forwarded to the partner (or to any other body, when the obligation has no partner).
    Out = 0,

    // The partner (or any other body) forwarded to the responsible body.
    In = 1,
}

/// <summary>
/// One figure of an obligation in the coordination report: a stable code (used in links), the direction of the forward
/// it counts when it counts forwards, and the one predicate over letters that both the count and the drill-down list use.
/// </summary>
public sealed record CoordinationFigure(string Code, CoordinationDirection? Direction, string Measure, Expression<Func<Petition, bool>> Where)
{
    /// <summary>The resource key of the figure's name.</summary>
    public string LabelKey => $"CoordinationFigure.{Measure}";

    /// <summary>A part of the figure above it (on time and late are parts of answered …), indented in the table.</summary>
    public bool IsPart => Measure is CoordinationFigures.OnTime or CoordinationFigures.Late or CoordinationFigures.Overdue;
}
