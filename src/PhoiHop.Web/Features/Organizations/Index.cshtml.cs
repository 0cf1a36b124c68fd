using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Organizations;

public sealed class IndexModel(AppDbContext db, IAuthorizationService auth) : PageModel
{
    [BindProperty(SupportsGet = true)] public BodyKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public bool Ended { get; set; }

    public sealed record Row(string Code, string Name, BodyKind Kind, string? Parent, string Unit, DateOnly? ValidFrom, DateOnly? ValidTo);

    public List<Row> Rows { get; private set; } = [];
    public bool CanManage { get; private set; }
    public bool CanEditBodies { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Bodies.AsNoTracking();
        if (Kind is not null)
            query = query.Where(b => b.Kind == Kind);
        if (!Ended)
            query = query.Where(b => b.ValidTo == null);
        var rows = await query
            .Select(b => new Row(b.Code, b.Name, b.Kind, b.Parent != null ? b.Parent.ShortName : null, b.AdministrativeUnit.Name, b.ValidFrom, b.ValidTo))
            .ToListAsync(ct);
        Rows = [.. rows.OrderBy(r => r.Kind).ThenBy(r => r.Name, Display.VietnameseOrder)];
        CanManage = (await auth.AuthorizeAsync(User, OrganizationsPermissions.Manage)).Succeeded;
        CanEditBodies = User.IsPlatformAdministrator();
    }
}
