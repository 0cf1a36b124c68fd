using Microsoft.EntityFrameworkCore;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Audit;

/// <summary>Walks the audit chain in order and reports the first entry whose link or content does not hold.</summary>
public sealed class AuditChainVerifier(AppDbContext db)
{
    public sealed record Report(long EntriesChecked, long? FirstBrokenSequence, string? Problem)
    {
        public bool IsIntact => FirstBrokenSequence is null && Problem is null;
    }

    private const int BatchSize = 2000;

    public async Task<Report> VerifyAsync(CancellationToken ct)
    {
        var previousHash = AuditHash.Genesis;
        long expected = 1, checkedCount = 0;
        while (true)
        {
            var from = expected;
            var batch = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence >= from).OrderBy(e => e.Sequence).Take(BatchSize).ToListAsync(ct);
            foreach (var entry in batch)
            {
                if (entry.Sequence != expected)
                    return new Report(checkedCount, expected, $"entry {expected} is missing (next is {entry.Sequence})");
                if (entry.PreviousHash != previousHash)
                    return new Report(checkedCount, entry.Sequence, "its link to the previous entry does not match");
                if (AuditHash.Compute(entry) != entry.Hash)
                    return new Report(checkedCount, entry.Sequence, "its content does not match its hash");
                previousHash = entry.Hash;
                expected++;
                checkedCount++;
            }
            if (batch.Count < BatchSize)
                break;
        }

        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(ct);
        if (head.LastSequence != expected - 1)
            return new Report(checkedCount, expected, $"the chain head says {head.LastSequence} entries, {expected - 1} were found");
        if (head.LastHash != previousHash)
            return new Report(checkedCount, expected - 1, "the chain head's hash does not match the last entry");
        return new Report(checkedCount, null, null);
    }
}
