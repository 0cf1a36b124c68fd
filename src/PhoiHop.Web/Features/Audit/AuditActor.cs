using System.Security.Claims;

namespace PhoiHop.Features.Audit;

/// <summary>
/// Who is acting in the current scope, and why: the signed-in user for web requests, or the operator named by a
/// command-line subcommand. A use case sets <see cref="Reason"/> before saving a legal transition.
/// </summary>
public sealed class AuditActor(IHttpContextAccessor http)
{
    private (Guid? Id, string Name)? _override;

    public string? Reason { get; set; }

    public Guid? UserId => _override is { } o ? o.Id : ParseId(http.HttpContext?.User);

    public string? UserName => _override is { } o ? o.Name : http.HttpContext?.User.Identity?.Name;

    /// <summary>Acts as a named operator outside a web request (seed, import, command line).</summary>
    public void ActAs(Guid? userId, string name) => _override = (userId, name);

    private static Guid? ParseId(ClaimsPrincipal? user) =>
        Guid.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
