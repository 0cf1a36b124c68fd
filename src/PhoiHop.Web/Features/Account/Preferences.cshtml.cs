using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PhoiHop.Features.Organizations;

namespace PhoiHop.Features.Account;

public sealed class PreferencesModel(UserManager<StaffUser> users) : PageModel
{
    public NotificationDelivery Delivery { get; private set; }
    public bool HasEmail { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        (Delivery, HasEmail, Saved) = (user.NotificationDelivery, !string.IsNullOrEmpty(user.Email), saved);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(NotificationDelivery delivery)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        if (!ModelState.IsValid || !Enum.IsDefined(delivery))
        {
            (Delivery, HasEmail) = (user.NotificationDelivery, !string.IsNullOrEmpty(user.Email));
            return Page();
        }
        user.NotificationDelivery = delivery;
        await users.UpdateAsync(user);
        return RedirectToPage(new { saved = true });
    }
}
