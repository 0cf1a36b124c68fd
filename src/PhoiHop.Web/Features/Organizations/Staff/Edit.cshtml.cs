using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PhoiHop.Infrastructure.Auth;

namespace PhoiHop.Features.Organizations.Staff;

[Authorize(Policy = OrganizationsPermissions.Manage)]
public sealed class EditModel(UserManager<StaffUser> users, StaffAdmin admin, IStringLocalizer<SharedResource> L) : PageModel
{
    public StaffForm Form { get; private set; } = new();
    public string UserName { get; private set; } = "";
    public bool IsLockedOut { get; private set; }
    public bool Saved { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Bodies { get; private set; } = [];
    public IReadOnlyList<string> GrantableRoles => admin.GrantableRoles(User);

    public async Task<IActionResult> OnGetAsync(Guid id, bool saved, CancellationToken ct)
    {
        Saved = saved;
        return await LoadAsync(id, ct) is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, StaffForm form, CancellationToken ct)
    {
        var user = await LoadAsync(id, ct);
        if (user is null)
            return NotFound();
        Form = form;
        await admin.ValidateAsync(form, User, ModelState, ct);
        // An administrator cannot take away their own administration: there must always be a way back in.
        if (user.Id == User.UserId() && (!form.Roles.Contains(Roles.Administrator) || !form.IsActive))
            ModelState.AddModelError("form.Roles", L["Staff.CannotDemoteSelf"]);
        // A body administrator keeps the deployment-wide roles a person already has, and cannot add them.
        var kept = (await users.GetRolesAsync(user)).Where(r => !admin.GrantableRoles(User).Contains(r)).ToList();
        form.Roles = [.. form.Roles.Union(kept)];
        if (!ModelState.IsValid)
            return Page();

        user.FullName = form.FullName.Trim();
        user.Position = form.Position?.Trim();
        user.Email = form.Email?.Trim();
        user.BodyId = form.BodyId!.Value;
        user.IsActive = form.IsActive;
        await users.UpdateAsync(user);
        var current = await users.GetRolesAsync(user);
        await users.RemoveFromRolesAsync(user, current.Except(form.Roles));
        await users.AddToRolesAsync(user, form.Roles.Distinct().Except(current));
        // Role and body changes take effect at once: other sessions of this user must sign in again.
        await users.UpdateSecurityStampAsync(user);
        return Redirect($"/Organizations/Staff/{id}?saved=true");
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(Guid id, string? newPassword, CancellationToken ct)
    {
        var user = await LoadAsync(id, ct);
        if (user is null)
            return NotFound();
        if (string.IsNullOrEmpty(newPassword))
        {
            ModelState.AddModelError("newPassword", L["Validation.Required", L["Account.NewPassword"]]);
            return Page();
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                ModelState.AddModelError("newPassword", L[$"Identity.{e.Code}"].ResourceNotFound ? e.Description : L[$"Identity.{e.Code}"]);
            return Page();
        }
        return Redirect($"/Organizations/Staff/{id}?saved=true");
    }

    public async Task<IActionResult> OnPostUnlockAsync(Guid id, CancellationToken ct)
    {
        var user = await LoadAsync(id, ct);
        if (user is null)
            return NotFound();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return Redirect($"/Organizations/Staff/{id}?saved=true");
    }

    private async Task<StaffUser?> LoadAsync(Guid id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString());
        // Outside the administrator's bodies, or holding a role of the whole platform, the person does not exist for them:
        // every handler of this page (save, reset password, unlock) goes through here.
        if (user is null || !(await admin.ManagedBodiesAsync(User, ct)).Contains(user.BodyId) || !StaffAdmin.MayEdit(User, await users.GetRolesAsync(user)))
            return null;
        UserName = user.UserName ?? "";
        IsLockedOut = await users.IsLockedOutAsync(user);
        Bodies = await admin.BodiesAsync(User, ct);
        Form = new StaffForm
        {
            FullName = user.FullName,
            Position = user.Position,
            Email = user.Email,
            BodyId = user.BodyId,
            IsActive = user.IsActive,
            Roles = [.. await users.GetRolesAsync(user)],
        };
        return user;
    }
}
