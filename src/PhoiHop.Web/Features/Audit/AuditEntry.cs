namespace PhoiHop.Features.Audit;

/// <summary>
/// One record of the append-only, hash-chained audit log (nhật ký). Each entry's hash covers its content and the
/// previous entry's hash, so changing or removing any entry breaks every later link.
/// </summary>
public sealed class AuditEntry
{
    public long Sequence { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public Guid? UserId { get; init; }
    public string? UserName { get; init; }
    public string EntityType { get; init; } = "";
    public string EntityId { get; init; } = "";
    public AuditAction Action { get; init; }

    // JSON: {"Property": {"before": …, "after": …}}. Secrets are replaced by "***".
    public string? Changes { get; init; }
    public string? Reason { get; init; }
    public string PreviousHash { get; init; } = "";
    public string Hash { get; init; } = "";
}
