namespace PhoiHop.Features.Audit;

/// <summary>
/// The single row that every writer updates first: it serialises writers on both databases (a row lock in
/// PostgreSQL, the write lock in SQLite), so sequence numbers and hashes form one chain across nodes.
/// </summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; init; } = SingletonId;
    public long LastSequence { get; set; }
    public string LastHash { get; set; } = AuditHash.Genesis;
}
