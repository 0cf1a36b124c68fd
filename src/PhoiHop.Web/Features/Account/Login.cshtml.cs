using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Account;

public sealed class LoginModel(SignInManager<StaffUser> signIn, AppDbContext db, DatabaseOptions options,
    IStringLocalizer<SharedResource> L, ILogger<LoginModel> log) : PageModel
{
    [BindProperty] public Input Form { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public bool ShowDemoAccounts { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => ShowDemoAccounts = await IsDemoAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ShowDemoAccounts = await IsDemoAsync(ct);
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
        ModelState.AddModelError("", result.IsLockedOut ? L["Login.LockedOut"] : L["Login.Failed"]);
        return Page();
    }

    private async Task<bool> IsDemoAsync(CancellationToken ct) =>
        (options.SeedDemo ?? db.Provider == DatabaseProvider.Sqlite) && await db.Bodies.AnyAsync(b => b.Code == "MTTQ-TN", ct);

    internal static string SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";

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
