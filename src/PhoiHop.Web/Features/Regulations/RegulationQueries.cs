using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Regulations;

/// <summary>Read models of regulations, already filtered to what the user may read.</summary>
public sealed class RegulationQueries(AppDbContext db)
{
    public sealed record ListRow(Guid Id, string Number, string Title, string TermCode, DateOnly? SignedOn, RegulationStatus Status,
        int Version, bool IsIllustrativeText, IReadOnlyList<string> Parties, int ArticleCount);

    public IQueryable<CoordinationRegulation> Readable(ClaimsPrincipal user)
    {
        var body = user.BodyId();
        return db.Regulations.Where(r => r.Status != RegulationStatus.Draft || r.Parties.Any(p => p.BodyId == body));
    }

    public async Task<List<ListRow>> ListAsync(ClaimsPrincipal user, string? termCode, RegulationStatus? status, Guid? partyId, CancellationToken ct)
    {
        var query = Readable(user).AsNoTracking();
        if (!string.IsNullOrEmpty(termCode))
            query = query.Where(r => r.Term.Code == termCode);
        if (status is not null)
            query = query.Where(r => r.Status == status);
        if (partyId is not null)
            query = query.Where(r => r.Parties.Any(p => p.BodyId == partyId));
        return await query
            .Select(r => new ListRow(r.Id, r.Number, r.Title, r.Term.Code, r.SignedOn, r.Status, r.Version, r.IsIllustrativeText,
                r.Parties.OrderBy(p => p.Order).Select(p => p.Body.ShortName).ToList(),
                r.Chapters.SelectMany(c => c.Articles).Count()))
            .ToListAsync(ct);
    }

    /// <summary>The whole regulation with its parts, or null when it does not exist or the user may not read it.</summary>
    public async Task<CoordinationRegulation?> FindReadableAsync(ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        await Readable(user).AsNoTracking().AsSplitQuery()
            .Include(r => r.Term)
            .Include(r => r.Parties).ThenInclude(p => p.Body)
            .Include(r => r.Chapters).ThenInclude(c => c.Articles).ThenInclude(a => a.Obligations).ThenInclude(o => o.ResponsibleBody)
            .Include(r => r.Chapters).ThenInclude(c => c.Articles).ThenInclude(a => a.Obligations).ThenInclude(o => o.PartnerBody)
            .SingleOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>The regulation, tracked for a change; the caller authorises the change on the loaded resource.</summary>
    public async Task<CoordinationRegulation?> LoadForChangeAsync(Guid id, CancellationToken ct) =>
        await db.Regulations.AsSplitQuery()
            .Include(r => r.Term)
            .Include(r => r.Parties).ThenInclude(p => p.Body)
            .Include(r => r.Chapters).ThenInclude(c => c.Articles).ThenInclude(a => a.Obligations).ThenInclude(o => o.ResponsibleBody)
            .Include(r => r.Chapters).ThenInclude(c => c.Articles).ThenInclude(a => a.Obligations).ThenInclude(o => o.PartnerBody)
            .SingleOrDefaultAsync(r => r.Id == id, ct);
}
