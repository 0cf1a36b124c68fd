namespace PhoiHop.Features.Reports;

/// <summary>
/// What a coordination report covers: a period, one regulation (or, null, every regulation in force in the period), and
/// the reader's body (null for province readers, who see every obligation; otherwise only the obligations where that body
/// is responsible or partner).
/// </summary>
public sealed record CoordinationRequest(ReportPeriod Period, Guid? RegulationId, Guid? BodyId, string? BodyCode, string BodyName)
{
    public bool IsProvince => BodyId is null;
}
