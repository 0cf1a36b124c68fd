using Microsoft.EntityFrameworkCore;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Audit;

/// <summary>
/// Walks each audit chain in order and reports the first entry whose link or content does not hold, or a chain whose
/// head does not match its last entry (entries removed from its end).
/// </summary>
public sealed class AuditChainVerifier(AppDbContext db)
{
    public sealed record Report(long EntriesChecked, long? FirstBrokenSequence, string? Problem)
    {
        public bool IsIntact => FirstBrokenSequence is null && Problem is null;
    }

    private const int BatchSize = 2000;

    public async Task<Report> VerifyAsync(CancellationToken ct)
    {
        long checkedCount = 0;
        var heads = await db.AuditChainHeads.AsNoTracking().OrderBy(h => h.Id).ToListAsync(ct);
        foreach (var head in heads)
        {
            var previousHash = AuditHash.Genesis;
            long last = 0;
            while (true)
            {
                var after = last;
                var chain = head.Id;
                var batch = await db.AuditEntries.AsNoTracking().Where(e => e.Chain == chain && e.Sequence > after)
                    .OrderBy(e => e.Sequence).Take(BatchSize).ToListAsync(ct);
                foreach (var entry in batch)
                {
                    if (entry.PreviousHash != previousHash)
                        return new Report(checkedCount, entry.Sequence, $"its link to the previous entry of chain {chain} does not match");
                    if (AuditHash.Compute(entry) != entry.Hash)
                        return new Report(checkedCount, entry.Sequence, "its content does not match its hash");
                    previousHash = entry.Hash;
                    last = entry.Sequence;
                    checkedCount++;
                }
                if (batch.Count < BatchSize)
                    break;
            }
            if (head.LastSequence != last)
                return new Report(checkedCount, last + 1, $"the head of chain {head.Id} says its last entry is {head.LastSequence}, the last found is {last}");
            if (head.LastHash != previousHash)
                return new Report(checkedCount, last, $"the head of chain {head.Id} does not match its last entry's hash");
        }

        var chains = heads.Select(h => h.Id).ToList();
        if (await db.AuditEntries.AsNoTracking().Where(e => !chains.Contains(e.Chain)).OrderBy(e => e.Sequence).Select(e => (long?)e.Sequence).FirstOrDefaultAsync(ct) is { } stray)
            return new Report(checkedCount, stray, "it belongs to no chain");
        return new Report(checkedCount, null, null);
    }
}
