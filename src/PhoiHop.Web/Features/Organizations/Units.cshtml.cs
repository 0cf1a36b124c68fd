using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Organizations;

public sealed class UnitsModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public AdministrativeLevel? Level { get; set; }

    public sealed record Row(string Code, string Name, AdministrativeLevel Level, string? Parent, DateOnly? ValidFrom, DateOnly? ValidTo,
        bool IsRemoteArea, IReadOnlyList<string> Successors);

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.AdministrativeUnits.AsNoTracking();
        if (Level is not null)
            query = query.Where(u => u.Level == Level);
        var units = await query.Select(u => new { u.Id, u.Code, u.Name, u.Level, Parent = u.Parent != null ? u.Parent.Name : null, u.ValidFrom, u.ValidTo, u.IsRemoteArea })
            .ToListAsync(ct);
        var successions = await db.UnitSuccessions.AsNoTracking().Select(s => new { s.PredecessorId, s.Successor.Name }).ToListAsync(ct);
        Rows = [.. units.OrderBy(u => u.Level).ThenBy(u => u.Name, Display.VietnameseOrder)
            .Select(u => new Row(u.Code, u.Name, u.Level, u.Parent, u.ValidFrom, u.ValidTo, u.IsRemoteArea,
                [.. successions.Where(s => s.PredecessorId == u.Id).Select(s => s.Name)]))];
    }
}
