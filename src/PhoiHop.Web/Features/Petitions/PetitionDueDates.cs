using Microsoft.EntityFrameworkCore;
using PhoiHop.Features.Calendar;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Petitions;

/// <summary>
/// Keeps <see cref="Petition.DueOn"/> (the queues' date) in step when a calendar change moved the letters' deadlines
/// (RULES.md 13.7(3): recompute on calendar change). Called by <see cref="DeadlineTracker.RecomputeOpenAsync"/>.
/// </summary>
public sealed class PetitionDueDates(AppDbContext db) : IDueDateCopy
{
    // Keeps each IN (...) list well under the parameter limits of both databases.
    private const int Batch = 500;

    public string DeadlineModule => PetitionDeadlines.Module;

    public async Task RefreshAsync(IReadOnlyCollection<string> itemIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        foreach (var chunk in itemIds.Chunk(Batch))
        {
            var ids = chunk.Select(i => Guid.TryParse(i, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
            var petitions = await db.Petitions.Where(p => ids.Contains(p.Id)).ToListAsync(ct);

            // Tracked deadlines come back as the instances the recompute changed (identity resolution), with the new dates.
            var open = (await db.Set<TrackedDeadline>()
                    .Where(d => d.Module == PetitionDeadlines.Module && chunk.Contains(d.ItemId) && d.Status == DeadlineStatus.Open)
                    .ToListAsync(ct))
                .ToLookup(d => d.ItemId);
            foreach (var petition in petitions)
                petition.SetDueOn(PetitionDeadlines.NearestDue(petition, open[PetitionDeadlines.ItemId(petition)]));
        }
    }
}
