namespace PhoiHop.Features.Audit;

/// <summary>
/// The head of one audit chain: the last sequence number and hash appended to it. A writer holds one head's row lock
/// from its first audit statement to its commit, so the entries of one chain are linked in the order they commit.
/// SQLite has one writer at a time and uses chain 1 only; PostgreSQL writers take the first chain no other transaction
/// holds (<c>FOR UPDATE SKIP LOCKED</c>), so concurrent transactions append to different chains instead of queueing
/// behind one row (ADR 0005).
/// </summary>
public sealed class AuditChainHead
{
    public const int FirstId = 1;

    /// <summary>How many chains there are: more than the writers that commit at the same moment on a busy node.</summary>
    public const int Count = 16;

    public int Id { get; init; } = FirstId;
    public long LastSequence { get; set; }
    public string LastHash { get; set; } = AuditHash.Genesis;
}
