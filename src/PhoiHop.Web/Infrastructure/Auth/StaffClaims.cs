using System.Security.Claims;

namespace PhoiHop.Infrastructure.Auth;

/// <summary>Claims every staff principal carries, from a cookie or an API token alike.</summary>
public static class StaffClaims
{
    public const string Body = "phoihop:body";
    public const string FullName = "phoihop:fullname";

    public static Guid? BodyId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Body), out var id) ? id : null;

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(FullName) ?? user.Identity?.Name ?? "";
}
