using System.Security.Claims;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Auth;

namespace PhoiHop.Features.Petitions;

/// <summary>
/// Who may do what with letters (RULES.md 13.9). Every permission is further limited to the letters of the person's own
/// body (and, for reading, the other letters of the same matter): see <see cref="PetitionQueries"/>.
/// Administrators and auditors are not here: running the platform gives no right to read citizens' letters.
/// </summary>
public static class PetitionsPermissions
{
    public const string Read = "Petitions.Read";
    public const string Register = "Petitions.Register";
    public const string Handle = "Petitions.Handle";
    public const string Resolve = "Petitions.Resolve";
    public const string Verify = "Petitions.Verify";
    public const string Assign = "Petitions.Assign";

    public static IReadOnlyList<PermissionGrant> Grants { get; } =
    [
        new(Read, [Roles.ReceptionOfficer, Roles.LetterHandler, Roles.Leader, Roles.Resolver, Roles.Verifier, Roles.Inspector,
            Roles.FrontOfficial, Roles.Deputy, Roles.OfficeStaff, Roles.FocalPoint]),
        new(Register, [Roles.ReceptionOfficer, Roles.LetterHandler, Roles.OfficeStaff, Roles.FrontOfficial, Roles.Deputy, Roles.Leader]),
        new(Handle, [Roles.LetterHandler, Roles.Leader, Roles.FrontOfficial, Roles.OfficeStaff, Roles.FocalPoint]),
        new(Resolve, [Roles.Resolver, Roles.Leader]),
        new(Verify, [Roles.Verifier, Roles.Resolver, Roles.Leader]),
        new(Assign, [Roles.Leader]),
    ];

    public static bool Has(ClaimsPrincipal user, string permission) =>
        Grants.Single(g => g.Permission == permission).Roles.Any(user.IsInRole);

    /// <summary>
    /// The permission a step needs. Deciding is the resolver's (the head of the body, RULES.md 13.9); verifying is the
    /// verifier's; the rest is letter handling. In a body that does not resolve, every step is letter handling.
    /// </summary>
    public static string For(PetitionAction action, PetitionTrack track) => action switch
    {
        _ when track == PetitionTrack.ExternalCase => Handle,
        PetitionAction.StartVerification or PetitionAction.ScheduleDialogue or PetitionAction.HoldDialogue => Verify,
        PetitionAction.Accept or PetitionAction.Decline or PetitionAction.FindComplex or PetitionAction.Suspend or PetitionAction.Resume
            or PetitionAction.Extend or PetitionAction.Decide or PetitionAction.Appeal or PetitionAction.TakeEffect or PetitionAction.RecordLawsuit
            or PetitionAction.Conclude or PetitionAction.StartHandling or PetitionAction.TransferToInvestigation or PetitionAction.Stop
            or PetitionAction.StartReview or PetitionAction.Close => Resolve,
        _ => Handle,
    };
}
