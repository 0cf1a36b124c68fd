using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PhoiHop.Features.Organizations;

namespace PhoiHop.Infrastructure.Auth;

/// <summary>
/// Re-checks a signed-in session every minute: a changed security stamp (new password, new roles, new body) or a
/// deactivated account ends the session on every node.
/// </summary>
public sealed class StaffSecurityStampValidator(IOptions<SecurityStampValidatorOptions> options, SignInManager<StaffUser> signInManager,
    ILoggerFactory logger) : SecurityStampValidator<StaffUser>(options, signInManager, logger)
{
    protected override async Task<StaffUser?> VerifySecurityStamp(ClaimsPrincipal? principal)
    {
        var user = await base.VerifySecurityStamp(principal);
        return user is { IsActive: true } ? user : null;
    }
}
