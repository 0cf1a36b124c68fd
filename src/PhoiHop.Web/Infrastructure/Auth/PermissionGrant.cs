namespace PhoiHop.Infrastructure.Auth;

/// <summary>A permission and the roles that hold it by default (OrchardCore's Permissions.cs idea).</summary>
public sealed record PermissionGrant(string Permission, IReadOnlyList<string> Roles);
