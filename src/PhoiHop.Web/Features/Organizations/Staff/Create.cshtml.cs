using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace PhoiHop.Features.Organizations.Staff;

[Authorize(Policy = OrganizationsPermissions.Manage)]
public sealed class CreateModel(UserManager<StaffUser> users, StaffAdmin admin, TimeProvider clock, IStringLocalizer<SharedResource> L) : PageModel
{
    public StaffForm Form { get; private set; } = new();
    public string UserName { get; private set; } = "";
    public IReadOnlyList<(Guid Id, string Name)> Bodies { get; private set; } = [];
    public IReadOnlyList<string> GrantableRoles => admin.GrantableRoles(User);

    public async Task OnGetAsync(CancellationToken ct) => Bodies = await admin.BodiesAsync(User, ct);

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, StaffForm form, CancellationToken ct)
    {
        (Form, UserName, Bodies) = (form, userName?.Trim() ?? "", await admin.BodiesAsync(User, ct));
        if (string.IsNullOrEmpty(UserName))
            ModelState.AddModelError("userName", L["Validation.Required", L["Login.UserName"]]);
        else if (UserName.Length > 64)
            ModelState.AddModelError("userName", L["Validation.TooLong", L["Login.UserName"], 64]);
        if (string.IsNullOrEmpty(password))
            ModelState.AddModelError("password", L["Validation.Required", L["Staff.InitialPassword"]]);
        await admin.ValidateAsync(form, User, ModelState, ct);
        if (!ModelState.IsValid)
            return Page();

        var user = new StaffUser
        {
            UserName = UserName,
            FullName = form.FullName.Trim(),
            Position = form.Position?.Trim(),
            Email = form.Email?.Trim(),
            BodyId = form.BodyId!.Value,
            IsActive = form.IsActive,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, password!);
        if (!created.Succeeded)
        {
            foreach (var e in created.Errors)
                ModelState.AddModelError(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "userName",
                    L[$"Identity.{e.Code}"].ResourceNotFound ? e.Description : L[$"Identity.{e.Code}"]);
            return Page();
        }
        if (form.Roles.Count > 0)
            await users.AddToRolesAsync(user, form.Roles.Distinct());
        return Redirect($"/Organizations/Staff/{user.Id}?saved=true");
    }
}
