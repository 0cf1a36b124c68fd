using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PhoiHop.Features.Petitions;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Search;

/// <summary>
/// Keeps <see cref="PetitionSearchDocument"/> current in the same transaction as the change of a letter: any save that
/// adds a letter, changes a searched property (<see cref="SearchDocuments.Sources"/>) or adds or removes a sender
/// refreshes that letter's document, so no use case can forget it. Registered before the audit interceptor; the
/// documents are derived data and not audited themselves.
/// </summary>
public sealed class SearchDocumentsInterceptor(SearchDocuments documents) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext db)
            RefreshAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db)
            await RefreshAsync(db, cancellationToken);
        return result;
    }

    private Task RefreshAsync(AppDbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var ids = new HashSet<Guid>();
        foreach (var e in db.ChangeTracker.Entries<Petition>())
        {
            if (e.State == EntityState.Added || (e.State == EntityState.Modified && SearchDocuments.Sources.Any(p => e.Property(p).IsModified)))
                ids.Add(e.Entity.Id);
        }
        foreach (var e in db.ChangeTracker.Entries<PetitionSender>())
        {
            if (e.State is EntityState.Added or EntityState.Deleted)
                ids.Add(e.Entity.PetitionId);
        }
        return documents.RefreshAsync(db, ids, ct);
    }
}
