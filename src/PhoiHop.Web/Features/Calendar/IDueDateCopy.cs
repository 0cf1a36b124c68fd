namespace PhoiHop.Features.Calendar;

/// <summary>
/// A module that keeps a copy of its items' nearest due date on its own rows (e.g. for its work queues). When a
/// calendar change moved due dates, <see cref="DeadlineTracker.RecomputeOpenAsync"/> asks it to refresh those items
/// before saving, so the copy and the deadlines change in the same transaction. An interface because Calendar sits
/// below the feature modules (ArchitectureTests) and cannot call them by name.
/// </summary>
public interface IDueDateCopy
{
    /// <summary>The <see cref="TrackedDeadline.Module"/> whose items this copy follows.</summary>
    string DeadlineModule { get; }

    /// <summary>
    /// Refreshes the copies of these items from their open deadlines. The deadlines already tracked by the context carry
    /// the recomputed dates; nothing is saved here.
    /// </summary>
    Task RefreshAsync(IReadOnlyCollection<string> itemIds, CancellationToken ct);
}
