using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Organizations.Staff;

/// <summary>
/// What the staff pages share, and the scope of an administrator: a platform administrator manages every body; any
/// other administrator manages the staff of their own body and of the bodies under it, and cannot hand out the
/// deployment-wide roles.
/// </summary>
public sealed class StaffAdmin(AppDbContext db, IStringLocalizer<SharedResource> L)
{
    // Roles that act across all bodies: only a platform administrator grants them.
    public static readonly IReadOnlyList<string> PlatformRoles = [Roles.Auditor, Roles.CalendarAdministrator];

    /// <summary>The bodies the administrator may manage staff of.</summary>
    public async Task<HashSet<Guid>> ManagedBodiesAsync(ClaimsPrincipal admin, CancellationToken ct)
    {
        var all = await db.Bodies.AsNoTracking().Select(b => new { b.Id, b.ParentId }).ToListAsync(ct);
        if (admin.IsPlatformAdministrator())
            return [.. all.Select(b => b.Id)];
        var managed = new HashSet<Guid>();
        if (admin.BodyId() is not { } own)
            return managed;
        var queue = new Queue<Guid>([own]);
        while (queue.TryDequeue(out var id))
        {
            if (!managed.Add(id))
                continue;
            foreach (var child in all.Where(b => b.ParentId == id))
                queue.Enqueue(child.Id);
        }
        return managed;
    }

    /// <summary>
    /// Whether the administrator may edit a person of a body they manage who holds <paramref name="personRoles"/>. A
    /// deployment-wide role (auditor, calendar administrator) answers to the platform, not to a body: a body
    /// administrator who could reset that person's password, unlock or disable them would take the role over.
    /// </summary>
    public static bool MayEdit(ClaimsPrincipal admin, IEnumerable<string> personRoles) =>
        admin.IsPlatformAdministrator() || !personRoles.Any(PlatformRoles.Contains);

    public IReadOnlyList<string> GrantableRoles(ClaimsPrincipal admin) =>
        admin.IsPlatformAdministrator() ? Roles.All : [.. Roles.All.Except(PlatformRoles)];

    public async Task<IReadOnlyList<(Guid Id, string Name)>> BodiesAsync(ClaimsPrincipal admin, CancellationToken ct)
    {
        var managed = await ManagedBodiesAsync(admin, ct);
        return [.. (await db.Bodies.AsNoTracking().Where(b => b.ValidTo == null).Select(b => new { b.Id, b.Name }).ToListAsync(ct))
            .Where(b => managed.Contains(b.Id))
            .OrderBy(b => b.Name, Display.VietnameseOrder).Select(b => (b.Id, b.Name))];
    }

    public async Task ValidateAsync(StaffForm form, ClaimsPrincipal admin, ModelStateDictionary modelState, CancellationToken ct)
    {
        var managed = await ManagedBodiesAsync(admin, ct);
        if (form.BodyId is { } bodyId && (!managed.Contains(bodyId) || !await db.Bodies.AnyAsync(b => b.Id == bodyId && b.ValidTo == null, ct)))
            modelState.AddModelError("form.BodyId", L["Validation.UnknownChoice"]);
        var grantable = GrantableRoles(admin);
        if (form.Roles.Any(r => !grantable.Contains(r)))
            modelState.AddModelError("form.Roles", L["Validation.UnknownChoice"]);
    }
}
