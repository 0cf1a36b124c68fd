using Microsoft.Extensions.Localization;

namespace PhoiHop.Features.Reports;

/// <summary>The names of the coordination figures, with the bodies of the obligation in them (the page, the API and the exports say the same).</summary>
public static class CoordinationLabels
{
    /// <summary>"A → B", or "A → other bodies" for an obligation without a partner.</summary>
    public static string Direction(IStringLocalizer L, string responsible, string? partner, CoordinationDirection direction)
    {
        ArgumentNullException.ThrowIfNull(L);
        var other = partner ?? L["Coordination.OtherBodies"].Value;
        return direction == CoordinationDirection.Out
            ? L["Coordination.Direction", responsible, other].Value
            : L["Coordination.Direction", other, responsible].Value;
    }

    /// <summary>The full name of a figure, e.g. "Ủy ban MTTQ tỉnh chuyển đến UBND tỉnh: đã có kết quả báo lại".</summary>
    public static string Label(IStringLocalizer L, string responsible, string? partner, CoordinationFigure figure)
    {
        ArgumentNullException.ThrowIfNull(L);
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Direction is { } direction
            ? $"{Direction(L, responsible, partner, direction)}: {L[figure.LabelKey].Value}"
            : L[figure.LabelKey, responsible, partner ?? L["Coordination.OtherBodies"].Value].Value;
    }

    public static string Label(IStringLocalizer L, CoordinationReportResult.ObligationPart o, CoordinationFigure figure)
    {
        ArgumentNullException.ThrowIfNull(o);
        return Label(L, o.ResponsibleName, o.PartnerName, figure);
    }
}
