using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using PhoiHop.Infrastructure.Auth;

namespace PhoiHop.Features.Regulations;

/// <summary>
/// A signed regulation is readable by every staff member of the deployment; a draft only by its parties. Only the
/// parties' staff with the edit permission (or an administrator) change a regulation.
/// </summary>
public sealed class RegulationAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, CoordinationRegulation>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement,
        CoordinationRegulation resource)
    {
        var user = context.User;
        var allowed = requirement.Name switch
        {
            nameof(RegulationOperations.Read) => CanRead(user, resource),
            nameof(RegulationOperations.Edit) => CanEdit(user, resource),
            _ => false,
        };
        if (allowed)
            context.Succeed(requirement);
        return Task.CompletedTask;
    }

    public static bool CanRead(ClaimsPrincipal user, CoordinationRegulation regulation) =>
        regulation.Status != RegulationStatus.Draft || IsParty(user, regulation);

    public static bool CanEdit(ClaimsPrincipal user, CoordinationRegulation regulation) =>
        RegulationsPermissions.Grants.Single(g => g.Permission == RegulationsPermissions.Edit).Roles.Any(user.IsInRole)
        && IsParty(user, regulation);

    // Drafts are negotiations between their parties: no one else, administrators included, reads or changes them.
    private static bool IsParty(ClaimsPrincipal user, CoordinationRegulation regulation) =>
        user.BodyId() is { } body && regulation.HasParty(body);
}
