using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using PhoiHop.Features.Account;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Infrastructure.Auth;

/// <summary>
/// Authenticates <c>Authorization: Bearer ph_…</c> with a personal token: the token's hash is looked up, and the
/// principal is built exactly as for a cookie sign-in (same roles, same body).
/// <para>
/// The token and its user are read on every request, so a revoked token, a disabled or locked-out user and a changed
/// security stamp (password, roles or body) take effect at once. The principal built from them (roles, role
/// permissions, body: seven queries) is kept for a few minutes per user and security stamp, a clone per request.
/// </para>
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db,
    UserManager<StaffUser> users,
    IUserClaimsPrincipalFactory<StaffUser> principals,
    IMemoryCache cache,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    /// <summary>How long a user's principal is reused: bounds how late a change of a role's permissions is seen.</summary>
    public static readonly TimeSpan PrincipalLifetime = TimeSpan.FromMinutes(2);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        var secret = header["Bearer ".Length..].Trim();
        if (!secret.StartsWith(ApiToken.Prefix, StringComparison.Ordinal) || secret.Length > 100)
            return AuthenticateResult.Fail("Malformed token.");

        var hash = ApiToken.HashOf(secret);
        // The token with its user in one query: both are read on every request, so one round trip, not two.
        var found = await db.ApiTokens.AsNoTracking().Where(t => t.TokenHash == hash)
            .Join(db.Users.AsNoTracking(), t => t.UserId, u => u.Id, (t, u) => new { Token = t, User = u })
            .SingleOrDefaultAsync(Context.RequestAborted);
        var now = clock.GetUtcNow();
        if (found is null || !found.Token.IsActive(now))
            return AuthenticateResult.Fail("Unknown, expired or revoked token.");

        var (token, user) = (found.Token, found.User);
        if (!user.IsActive || await users.IsLockedOutAsync(user))
            return AuthenticateResult.Fail("The token's user is disabled.");
        if (!token.MatchesStamp(user.SecurityStamp))
            return AuthenticateResult.Fail("The user's password, roles or body changed since the token was made.");

        // Last use is kept to the minute, outside the audit log: it is a usage statistic, not a change of record.
        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            await db.ApiTokens.Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }

        var key = (typeof(ApiTokenAuthenticationHandler), user.Id, user.SecurityStamp);
        if (!cache.TryGetValue(key, out ClaimsPrincipal? principal) || principal is null)
        {
            principal = await principals.CreateAsync(user);
            cache.Set(key, principal, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = PrincipalLifetime, Size = 1 });
        }
        return AuthenticateResult.Success(new AuthenticationTicket(principal.Clone(), SchemeName));
    }
}
