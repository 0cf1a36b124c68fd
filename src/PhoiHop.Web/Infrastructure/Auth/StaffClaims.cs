using System.Security.Claims;

namespace PhoiHop.Infrastructure.Auth;

/// <summary>Claims every staff principal carries, from a cookie or an API token alike.</summary>
public static class StaffClaims
{
    public const string Body = "phoihop:body";
    public const string FullName = "phoihop:fullname";
    public const string BodyKind = "phoihop:bodykind";

    /// <summary>
    /// An administrator of the platform operator manages every body; any other administrator manages only their own
    /// body and the bodies under it.
    /// </summary>
    public static bool IsPlatformAdministrator(this ClaimsPrincipal user) =>
        user.IsInRole(Features.Organizations.Roles.Administrator)
        && user.FindFirstValue(BodyKind) == nameof(Features.Organizations.BodyKind.PlatformOperator);

    public static Guid? BodyId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Body), out var id) ? id : null;

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(FullName) ?? user.Identity?.Name ?? "";
}
