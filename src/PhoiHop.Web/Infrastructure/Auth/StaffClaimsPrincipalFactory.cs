using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PhoiHop.Features.Organizations;

namespace PhoiHop.Infrastructure.Auth;

/// <summary>Adds the user's body to the principal, so that every check can scope data to it.</summary>
public sealed class StaffClaimsPrincipalFactory(UserManager<StaffUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options,
    Data.AppDbContext db)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StaffClaims.Body, user.BodyId.ToString()));
        identity.AddClaim(new Claim(StaffClaims.FullName, user.FullName));
        var kind = await db.Bodies.Where(b => b.Id == user.BodyId).Select(b => (BodyKind?)b.Kind).SingleOrDefaultAsync();
        if (kind is not null)
            identity.AddClaim(new Claim(StaffClaims.BodyKind, kind.Value.ToString()));
        return identity;
    }
}
