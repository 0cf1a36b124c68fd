using Microsoft.EntityFrameworkCore;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Search;

/// <summary>
/// Builds search documents outside a letter's own saves: after start (<see cref="SearchBackfill"/>) for letters without one (a database that had letters
/// before search existed), and all of them with <c>search rebuild</c> (after Protection:IndexKey changes). In batches,
/// each in its own transaction.
/// </summary>
public sealed class SearchRebuild(AppDbContext db, SearchDocuments documents)
{
    private const int Batch = 500;

    public Task<int> IndexMissingAsync(CancellationToken ct) => WalkAsync(onlyMissing: true, ct);

    public Task<int> RebuildAsync(CancellationToken ct) => WalkAsync(onlyMissing: false, ct);

    // Keyset: each batch starts after the last one, so the letters are walked once in all, not once a batch (quadratic
    // at a million letters when skipping those already indexed).
    private async Task<int> WalkAsync(bool onlyMissing, CancellationToken ct)
    {
        var done = 0;
        Guid? after = null;
        while (true)
        {
            var batch = db.Petitions.Where(p => after == null || p.Id.CompareTo(after.Value) > 0);
            if (onlyMissing)
                batch = batch.Where(p => !db.Set<PetitionSearchDocument>().Any(d => d.PetitionId == p.Id));
            var ids = await batch.OrderBy(p => p.Id).Select(p => p.Id).Take(Batch).ToListAsync(ct);
            if (ids.Count == 0)
                return done;
            done += await RefreshAsync(ids, ct);
            after = ids[^1];
        }
    }

    private async Task<int> RefreshAsync(List<Guid> ids, CancellationToken ct)
    {
        await documents.RefreshAsync(db, ids, ct);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return ids.Count;
    }
}
