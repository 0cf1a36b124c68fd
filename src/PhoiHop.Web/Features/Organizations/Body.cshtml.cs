using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Organizations;

/// <summary>
/// A body's profile. Its staff list (names, logins, roles) is shown only to the body's own staff and to
/// administrators: the directory of who works where is body-scoped data.
/// </summary>
public sealed class BodyModel(AppDbContext db, Staff.StaffAdmin staffAdmin) : PageModel
{
    public sealed record StaffRow(Guid Id, string FullName, string UserName, string? Position, bool IsActive, IReadOnlyList<string> Roles)
    {
        /// <summary>Whether the reader may open this person's administration page (see <see cref="Staff.StaffAdmin.MayEdit"/>).</summary>
        public bool Editable { get; init; }
    }

    public Body Body { get; private set; } = null!;
    public (string Code, string Name)? Successor { get; private set; }
    public List<(string Code, string Name)> Children { get; private set; } = [];
    public List<string> Principals { get; private set; } = [];
    public List<StaffRow> Staff { get; private set; } = [];
    public List<string> Deputies { get; private set; } = [];
    public bool CanSeeStaff { get; private set; }
    public bool CanManage { get; private set; }
    public bool CanEditBody { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var body = await db.Bodies.AsNoTracking().Include(b => b.Parent).Include(b => b.AdministrativeUnit).Include(b => b.Principals)
            .SingleOrDefaultAsync(b => b.Code == code, ct);
        if (body is null)
            return NotFound();
        Body = body;
        if (body.SuccessorId is { } sid)
        {
            var s = await db.Bodies.AsNoTracking().Where(x => x.Id == sid).Select(x => new { x.Code, x.Name }).SingleAsync(ct);
            Successor = (s.Code, s.Name);
        }
        Children = [.. (await db.Bodies.AsNoTracking().Where(x => x.ParentId == body.Id).Select(x => new { x.Code, x.Name }).ToListAsync(ct))
            .OrderBy(x => x.Name, Display.VietnameseOrder).Select(x => (x.Code, x.Name))];
        var principalIds = body.Principals.Select(p => p.PrincipalId).ToList();
        Principals = await db.Bodies.AsNoTracking().Where(x => principalIds.Contains(x.Id)).Select(x => x.Name).ToListAsync(ct);

        CanManage = User.IsInRole(Roles.Administrator) && (await staffAdmin.ManagedBodiesAsync(User, ct)).Contains(body.Id);
        CanEditBody = User.IsPlatformAdministrator();
        CanSeeStaff = CanManage || User.BodyId() == body.Id;
        if (CanSeeStaff)
        {
            var staff = await db.Users.AsNoTracking().Where(u => u.BodyId == body.Id)
                .Select(u => new { u.Id, u.FullName, u.UserName, u.Position, u.IsActive }).ToListAsync(ct);
            var ids = staff.Select(s => s.Id).ToList();
            var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ids.Contains(ur.UserId) select new { ur.UserId, r.Name })
                .ToListAsync(ct);
            Staff = [.. staff.OrderBy(s => s.FullName, Display.VietnameseOrder)
                .Select(s => new StaffRow(s.Id, s.FullName, s.UserName ?? "", s.Position, s.IsActive, [.. roles.Where(r => r.UserId == s.Id).Select(r => r.Name!)]))
                .Select(s => s with { Editable = CanManage && Organizations.Staff.StaffAdmin.MayEdit(User, s.Roles) })];
        }
        Deputies = [.. (await db.Deputies.AsNoTracking().Where(d => d.BodyId == body.Id).Select(d => new { d.FullName, d.Term.Name, d.Constituency }).ToListAsync(ct))
            .OrderBy(d => d.FullName, Display.VietnameseOrder).Select(d => $"{d.FullName} ({d.Name}, {d.Constituency})")];
        return Page();
    }
}
