namespace PhoiHop.Features.Organizations;

/// <summary>What each kind of body may do under the law.</summary>
public static class BodyKinds
{
    /// <summary>
    /// Only state administrative bodies resolve complaints and denunciations: the People's Committee, its departments
    /// and the commune committees. The Front, the Council and the Delegation guide, forward, file and monitor
    /// (RULES.md 2.6; Luật TCD Arts. 21(3), 22(3); Luật MTTQ Arts. 18, 28(7)).
    /// </summary>
    public static bool CanResolve(BodyKind kind) => kind is BodyKind.PeoplesCommittee or BodyKind.Department or BodyKind.CommunePeoplesCommittee;

    public static bool IsFront(BodyKind kind) => kind is BodyKind.FrontCommittee or BodyKind.CommuneFrontCommittee or BodyKind.MemberOrganisation;
}
