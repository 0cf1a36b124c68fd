namespace PhoiHop.Features.Audit;

/// <summary>
/// One record of the append-only, hash-chained audit log (nhật ký). Each entry's hash covers its content and the
/// previous entry's hash in its chain, so changing or removing any entry breaks every later link.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Unique across chains, increasing along each chain; on PostgreSQL numbers skipped by a rollback stay unused.</summary>
    public long Sequence { get; init; }

    /// <summary>The chain this entry links into (<see cref="AuditChainHead"/>): its PreviousHash is the hash before it there.</summary>
    public int Chain { get; init; } = AuditChainHead.FirstId;

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
