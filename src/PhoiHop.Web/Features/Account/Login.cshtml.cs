using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Account;

public sealed class LoginModel(SignInManager<StaffUser> signIn, DatabaseOptions options,
    IStringLocalizer<SharedResource> L, ILogger<LoginModel> log) : PageModel
{
    [BindProperty] public Input Form { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public bool ShowDemoAccounts { get; private set; }

    public void OnGet() => ShowDemoAccounts = options.IsDemo;

    public async Task<IActionResult> OnPostAsync()
    {
        ShowDemoAccounts = options.IsDemo;
        if (!ModelState.IsValid)
            return Page();

        var user = await signIn.UserManager.FindByNameAsync(Form.UserName);
        if (user is { IsActive: false })
            user = null;
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Form.Password, Form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            log.LogInformation("Staff {User} signed in", user!.UserName);
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }
        // An unknown login and a locked account cost a password hash too, as a wrong password does, and all three get one
        // message: neither the answer nor its time tells an attacker which logins exist.
        if (user is null || result.IsLockedOut)
            signIn.UserManager.PasswordHasher.VerifyHashedPassword(Nobody, DummyHash(signIn.UserManager.PasswordHasher), Form.Password);
        ModelState.AddModelError("", L["Login.Failed"]);
        return Page();
    }

    private static readonly StaffUser Nobody = new();
    private static string? s_dummyHash;

    private static string DummyHash(IPasswordHasher<StaffUser> hasher) =>
        s_dummyHash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)));

    internal static string SafeReturnUrl(string? url) => Common.LocalUrl.OrHome(url);

    public sealed class Input
    {
        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(256, ErrorMessage = "Validation.TooLong")]
        [Display(Name = "Login.UserName")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Validation.Required")]
        [StringLength(256, ErrorMessage = "Validation.TooLong")]
        [DataType(DataType.Password)]
        [Display(Name = "Login.Password")]
        public string Password { get; set; } = "";

        [Display(Name = "Login.RememberMe")]
        public bool RememberMe { get; set; }
    }
}
