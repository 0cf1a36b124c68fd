using Microsoft.EntityFrameworkCore;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Organizations;

public static class OrganizationsApi
{
    public sealed record BodyDto(string Code, string Name, string ShortName, BodyKind Kind, string? ParentCode, string UnitCode,
        DateOnly? ValidFrom, DateOnly? ValidTo, bool CanResolve);

    public sealed record UnitDto(string Code, string Name, AdministrativeLevel Level, string? ParentCode, DateOnly? ValidFrom,
        DateOnly? ValidTo, bool IsRemoteArea, string[] SuccessorCodes);

    public static RouteGroupBuilder MapOrganizationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/bodies", async (AppDbContext db, CancellationToken ct) =>
        {
            var rows = await db.Bodies.AsNoTracking()
                .Select(b => new BodyDto(b.Code, b.Name, b.ShortName, b.Kind, b.Parent != null ? b.Parent.Code : null, b.AdministrativeUnit.Code,
                    b.ValidFrom, b.ValidTo, false))
                .ToListAsync(ct);
            return rows.Select(b => b with { CanResolve = BodyKinds.CanResolve(b.Kind) }).OrderBy(b => b.Code, StringComparer.Ordinal).ToList();
        }).WithTags("Organizations").WithSummary("Bodies (cơ quan, tổ chức) with their kind and parent");

        api.MapGet("/units", async (AppDbContext db, AdministrativeLevel? level, CancellationToken ct) =>
        {
            var query = db.AdministrativeUnits.AsNoTracking();
            if (level is not null)
                query = query.Where(u => u.Level == level);
            var units = await query.Select(u => new { u.Id, u.Code, u.Name, u.Level, ParentCode = u.Parent != null ? u.Parent.Code : null, u.ValidFrom, u.ValidTo, u.IsRemoteArea })
                .ToListAsync(ct);
            var successions = await db.UnitSuccessions.AsNoTracking().Select(s => new { s.PredecessorId, s.Successor.Code }).ToListAsync(ct);
            return units.OrderBy(u => u.Code, StringComparer.Ordinal)
                .Select(u => new UnitDto(u.Code, u.Name, u.Level, u.ParentCode, u.ValidFrom, u.ValidTo, u.IsRemoteArea,
                    [.. successions.Where(s => s.PredecessorId == u.Id).Select(s => s.Code)]))
                .ToList();
        }).WithTags("Organizations").WithSummary("Administrative units with validity and successors");

        return api;
    }
}
