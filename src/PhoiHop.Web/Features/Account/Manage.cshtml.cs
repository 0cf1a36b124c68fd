using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Account;

public sealed class ManageModel(AppDbContext db, UserManager<StaffUser> users) : PageModel
{
    public string FullName { get; private set; } = "";
    public string UserName { get; private set; } = "";
    public string? Position { get; private set; }
    public string BodyName { get; private set; } = "";
    public IList<string> Roles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var id = User.UserId();
        var user = await db.Users.AsNoTracking().Include(u => u.Body).SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
            return NotFound();
        (FullName, UserName, Position, BodyName) = (user.FullName, user.UserName ?? "", user.Position, user.Body.Name);
        Roles = await users.GetRolesAsync(user);
        return Page();
    }
}
