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
        // The heads first: entries committed while the walk runs come after them in their chains and are left for the
        // next check, so a busy system does not look broken.
        var heads = await db.AuditChainHeads.AsNoTracking().OrderBy(h => h.Id).ToListAsync(ct);
        var expected = Enumerable.Range(AuditChainHead.FirstId, AuditChainHead.Count).ToList();
        if (!heads.Select(h => h.Id).SequenceEqual(expected))
            return new Report(0, null, $"the chain heads are {string.Join(", ", heads.Select(h => h.Id))}, not 1 to {AuditChainHead.Count}: a chain was removed or added");
        foreach (var head in heads)
        {
            var previousHash = AuditHash.Genesis;
            long last = 0;
            while (true)
            {
                var after = last;
                var chain = head.Id;
                var upTo = head.LastSequence;
                var batch = await db.AuditEntries.AsNoTracking().Where(e => e.Chain == chain && e.Sequence > after && e.Sequence <= upTo)
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
            // Entries past the head read first: those committed since moved the head with them; any the head does
            // not reach now was written behind the app's back.
            var chainId = head.Id;
            var beyond = await db.AuditEntries.AsNoTracking().Where(e => e.Chain == chainId && e.Sequence > head.LastSequence)
                .OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync(ct);
            if (beyond.Count > 0)
            {
                var now = await db.AuditChainHeads.AsNoTracking().Where(h => h.Id == chainId).Select(h => h.LastSequence).SingleAsync(ct);
                if (beyond.Where(q => q > now).Select(q => (long?)q).FirstOrDefault() is { } unreached)
                    return new Report(checkedCount, unreached, $"it is past the head of chain {chainId}");
            }
            if (head.LastSequence != last)
                return new Report(checkedCount, last + 1, $"the head of chain {head.Id} says its last entry is {head.LastSequence}, the last found is {last}");
            if (head.LastHash != previousHash)
                return new Report(checkedCount, last, $"the head of chain {head.Id} does not match its last entry's hash");
        }

        if (await db.AuditEntries.AsNoTracking().Where(e => !expected.Contains(e.Chain)).OrderBy(e => e.Sequence).Select(e => (long?)e.Sequence).FirstOrDefaultAsync(ct) is { } stray)
            return new Report(checkedCount, stray, "it belongs to no chain");
        return new Report(checkedCount, null, null);
    }
}
