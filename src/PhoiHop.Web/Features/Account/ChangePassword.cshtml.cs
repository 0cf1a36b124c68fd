using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PhoiHop.Features.Organizations;

namespace PhoiHop.Features.Account;

public sealed class ChangePasswordModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty] public Input Form { get; set; } = new();

    public bool Changed { get; private set; }

    public void OnGet(bool changed = false) => Changed = changed;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        var result = await users.ChangePasswordAsync(user, Form.CurrentPassword, Form.NewPassword);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
        {
            // A wrong current password counts as a wrong password at sign-in: guessing it here (in a session left open)
            // must not be free. At the limit the account locks and this session ends.
            await users.AccessFailedAsync(user);
            if (await users.IsLockedOutAsync(user))
            {
                await signIn.SignOutAsync();
                return Redirect("/Account/Login");
            }
        }
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Form.CurrentPassword" : "Form.NewPassword";
                ModelState.AddModelError(field, L[$"Identity.{error.Code}"].ResourceNotFound ? error.Description : L[$"Identity.{error.Code}"]);
            }
            return Page();
        }
        // A new security stamp signs out every other session and voids the user's API tokens (a password change is
        // what a user does after a compromise); keep this session.
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage(new { changed = true });
    }

    public sealed class Input
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(256, ErrorMessage = "Validation.TooLong")]
        [DataType(DataType.Password)]
        [Display(Name = "Account.CurrentPassword")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(256, MinimumLength = 10, ErrorMessage = "Validation.Length")]
        [DataType(DataType.Password)]
        [Display(Name = "Account.NewPassword")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [DataType(DataType.Password)]
        [Compare(nameof(NewPassword), ErrorMessage = "Validation.PasswordsDiffer")]
        [Display(Name = "Account.ConfirmPassword")]
        public string ConfirmPassword { get; set; } = "";
    }
}
