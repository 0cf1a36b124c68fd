namespace PhoiHop.Features.Reports;

/// <summary>What a report covers: one body's letters (or, with no body, the province's) received in a period.</summary>
public sealed record ReportScope(Guid? BodyId, string? BodyCode, string BodyName, ReportPeriod Period)
{
    public bool IsProvince => BodyId is null;
}
