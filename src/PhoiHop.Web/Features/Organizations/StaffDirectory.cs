using Microsoft.EntityFrameworkCore;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Organizations;

/// <summary>Who is told or asked: the active staff holding a role, the one query every notification and routing rule uses.</summary>
public static class StaffDirectory
{
    /// <summary>Active staff accounts holding at least one of <paramref name="roles"/> (each account once).</summary>
    public static IQueryable<StaffUser> ActiveWithRoles(this AppDbContext db, IReadOnlyCollection<string> roles)
    {
        ArgumentNullException.ThrowIfNull(db);
        var names = roles.ToArray();
        return db.Users.Where(u => u.IsActive
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && names.Contains(r.Name!))));
    }

    /// <summary>The ids of the active staff of one body holding at least one of <paramref name="roles"/>.</summary>
    public static Task<List<Guid>> StaffOfAsync(this AppDbContext db, Guid bodyId, IReadOnlyCollection<string> roles, CancellationToken ct) =>
        db.ActiveWithRoles(roles).Where(u => u.BodyId == bodyId).Select(u => u.Id).ToListAsync(ct);
}
