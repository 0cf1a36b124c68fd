using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Organizations;

/// <summary>
/// Administrators add the bodies of their deployment and correct their names. A body's code and kind are fixed once
/// created: records, documents and permissions refer to them.
/// </summary>
[Authorize(Policy = OrganizationsPermissions.Manage)]
public sealed class EditBodyModel(AppDbContext db, IStringLocalizer<SharedResource> L) : PageModel
{
    public BodyForm Form { get; private set; } = new();
    public bool IsNew { get; private set; }
    public List<(Guid Id, string Name)> Units { get; private set; } = [];
    public List<(Guid Id, string Name)> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken ct)
    {
        // Bodies are the deployment's structure: only the platform operator's administrators shape it.
        if (!User.IsPlatformAdministrator())
            return Forbid();
        IsNew = code is null;
        if (!IsNew)
        {
            var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Code == code, ct);
            if (body is null)
                return NotFound();
            Form = new BodyForm
            {
                Code = body.Code,
                Name = body.Name,
                ShortName = body.ShortName,
                DocumentSymbol = body.DocumentSymbol,
                Kind = body.Kind,
                UnitId = body.AdministrativeUnitId,
                ParentId = body.ParentId,
            };
        }
        await LoadChoicesAsync(code, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, BodyForm form, CancellationToken ct)
    {
        if (!User.IsPlatformAdministrator())
            return Forbid();
        IsNew = code is null;
        Form = form;
        var body = IsNew ? null : await db.Bodies.SingleOrDefaultAsync(b => b.Code == code, ct);
        if (!IsNew && body is null)
            return NotFound();
        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(code, ct);
            return Page();
        }
        if (!Enum.IsDefined(form.Kind))
            ModelState.AddModelError("form.Kind", L["Validation.UnknownChoice"]);
        var unit = form.UnitId is { } unitId ? await db.AdministrativeUnits.SingleOrDefaultAsync(u => u.Id == unitId, ct) : null;
        if (form.UnitId is not null && unit is null)
            ModelState.AddModelError("form.UnitId", L["Validation.UnknownChoice"]);
        var parent = form.ParentId is { } parentId ? await db.Bodies.SingleOrDefaultAsync(b => b.Id == parentId, ct) : null;
        if (form.ParentId is not null && (parent is null || parent.Id == body?.Id))
            ModelState.AddModelError("form.ParentId", L["Validation.UnknownChoice"]);
        if (IsNew && await db.Bodies.AnyAsync(b => b.Code == (form.Code ?? "").Trim(), ct))
            ModelState.AddModelError("form.Code", L["Organizations.CodeTaken"]);
        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync(code, ct);
            return Page();
        }

        if (body is null)
        {
            body = Body.Create(form.Code, form.Name, form.ShortName, form.Kind, unit!, parent, form.DocumentSymbol);
            db.Bodies.Add(body);
        }
        else
        {
            body.Describe(form.Name, form.ShortName, form.DocumentSymbol);
            body.Relocate(unit!, parent);
        }
        await db.SaveChangesAsync(ct);
        return Redirect($"/Organizations/Bodies/{Uri.EscapeDataString(body.Code)}");
    }

    private async Task LoadChoicesAsync(string? code, CancellationToken ct)
    {
        Units = [.. (await db.AdministrativeUnits.AsNoTracking().Where(u => u.ValidTo == null).Select(u => new { u.Id, u.Name, u.Level }).ToListAsync(ct))
            .OrderBy(u => u.Level).ThenBy(u => u.Name, Display.VietnameseOrder).Select(u => (u.Id, u.Name))];
        Parents = [.. (await db.Bodies.AsNoTracking().Where(b => b.ValidTo == null && b.Code != code).Select(b => new { b.Id, b.Name }).ToListAsync(ct))
            .OrderBy(b => b.Name, Display.VietnameseOrder).Select(b => (b.Id, b.Name))];
    }
}
