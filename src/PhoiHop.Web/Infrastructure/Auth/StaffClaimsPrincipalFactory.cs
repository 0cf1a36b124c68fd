using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PhoiHop.Features.Organizations;

namespace PhoiHop.Infrastructure.Auth;

/// <summary>Adds the user's body to the principal, so that every check can scope data to it.</summary>
public sealed class StaffClaimsPrincipalFactory(UserManager<StaffUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StaffClaims.Body, user.BodyId.ToString()));
        identity.AddClaim(new Claim(StaffClaims.FullName, user.FullName));
        return identity;
    }
}
