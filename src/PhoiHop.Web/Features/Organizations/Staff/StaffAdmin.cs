using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Organizations.Staff;

/// <summary>What the staff create and edit pages share: body choices and the checks on roles and body.</summary>
public sealed class StaffAdmin(AppDbContext db, IStringLocalizer<SharedResource> L)
{
    public async Task<IReadOnlyList<(Guid Id, string Name)>> BodiesAsync(CancellationToken ct) =>
        [.. (await db.Bodies.AsNoTracking().Where(b => b.ValidTo == null).Select(b => new { b.Id, b.Name }).ToListAsync(ct))
            .OrderBy(b => b.Name, Display.VietnameseOrder).Select(b => (b.Id, b.Name))];

    public async Task ValidateAsync(StaffForm form, ModelStateDictionary modelState, CancellationToken ct)
    {
        if (form.BodyId is { } bodyId && !await db.Bodies.AnyAsync(b => b.Id == bodyId && b.ValidTo == null, ct))
            modelState.AddModelError("form.BodyId", L["Validation.UnknownChoice"]);
        if (form.Roles.Any(r => !Roles.All.Contains(r)))
            modelState.AddModelError("form.Roles", L["Validation.UnknownChoice"]);
    }
}
