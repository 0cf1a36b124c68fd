using PhoiHop.Features.Organizations;
using PhoiHop.Features.Petitions;
using static PhoiHop.Tests.Features.Petitions.PetitionScenario;

namespace PhoiHop.Tests.Features.Petitions;

/// <summary>
/// The Front, the People's Council and the National Assembly Delegation never accept a letter for resolution: they guide,
/// forward with a recommendation, file and monitor (RULES.md 2.6; Luật TCD Điều 21(3), 22(3); Luật MTTQ Điều 18, 28(7)).
/// </summary>
public sealed class PetitionBodyPowerTests
{
    // One row per BodyKind, with the refusal of Accept (null: the body resolves); Body_EveryKind_IsCoveredByThePowerTable keeps it complete.
    private static readonly Dictionary<BodyKind, string?> Power = new()
    {
        { BodyKind.FrontCommittee, "petition.front_cannot_accept" },           // Luật MTTQ Điều 28(7)
        { BodyKind.CommuneFrontCommittee, "petition.front_cannot_accept" },    // Luật MTTQ Điều 28(7)
        { BodyKind.MemberOrganisation, "petition.front_cannot_accept" },       // under the Front since 01/07/2025 (Luật 97/2025)
        { BodyKind.PeoplesCouncil, "petition.council_cannot_accept" },         // Luật TCD Điều 22(3)
        { BodyKind.CouncilStandingCommittee, "petition.council_cannot_accept" }, // Luật TCD Điều 22(3)
        { BodyKind.CouncilCommittee, "petition.council_cannot_accept" },       // Luật TCD Điều 22(3)
        { BodyKind.CommunePeoplesCouncil, "petition.council_cannot_accept" },  // Luật TCD Điều 22(3)
        { BodyKind.NationalAssemblyDelegation, "petition.delegation_cannot_accept" }, // Luật TCD Điều 21(3)
        { BodyKind.DelegationAndCouncilOffice, "petition.body_cannot_resolve" }, // serves the Delegation and the Council
        { BodyKind.PeoplesCommitteeOffice, "petition.body_cannot_resolve" },   // advises; the Chairman resolves
        { BodyKind.CitizenReceptionBoard, "petition.body_cannot_resolve" },    // receives; Luật TCD Điều 13
        { BodyKind.Inspectorate, "petition.body_cannot_resolve" },             // verifies for the head who resolves
        { BodyKind.PartyBody, "petition.body_cannot_resolve" },                // Party rules, not the Law on Complaints
        { BodyKind.PlatformOperator, "petition.body_cannot_resolve" },         // runs the software; never resolves a matter
        { BodyKind.PeoplesCommittee, null },                                   // Luật KN Điều 21; Luật TC Điều 13
        { BodyKind.Department, null },                                         // Luật KN Điều 20
        { BodyKind.CommunePeoplesCommittee, null },                            // Luật KN Điều 17
    };

    public static TheoryData<BodyKind, string?> PowerTable()
    {
        var data = new TheoryData<BodyKind, string?>();
        foreach (var (body, code) in Power)
            data.Add(body, code);
        return data;
    }

    public static TheoryData<BodyKind, PetitionKind> BodiesWithoutPowerAndKinds()
    {
        var data = new TheoryData<BodyKind, PetitionKind>();
        foreach (var body in Enum.GetValues<BodyKind>().Where(b => !BodyKinds.CanResolve(b)))
        {
            foreach (var kind in Enum.GetValues<PetitionKind>())
                data.Add(body, kind);
        }
        return data;
    }

    [Fact]
    public void Body_EveryKind_IsCoveredByThePowerTable()
    {
        Assert.Equal(Enum.GetValues<BodyKind>().Order(), Power.Keys.Order());
        Assert.All(Power, row => Assert.Equal(row.Value is null, BodyKinds.CanResolve(row.Key)));
    }

    [Theory]
    [MemberData(nameof(PowerTable))]
    public void Accept_ByEachKindOfBody_FollowsItsPowerToResolve(BodyKind body, string? code)
    {
        var petition = Receive(body);
        petition.Classify(new(PetitionKind.Complaint, code is null ? Competence.Own : Competence.OtherBody), Clerk, Now);

        var offered = petition.AllowedActions(Now).Contains(PetitionAction.Accept);

        var result = petition.Accept(Clerk, Now);

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(code is null, offered);
    }

    [Theory]
    [MemberData(nameof(BodiesWithoutPowerAndKinds))]
    public void Accept_AnyKindAtABodyWithoutPower_IsRefusedAndOnlyGuideForwardFileAreOffered(BodyKind body, PetitionKind kind)
    {
        var petition = Receive(body);
        petition.Classify(new(kind, Competence.OtherBody), Clerk, Now);

        var accept = petition.Accept(Clerk, Now);
        var decline = petition.Decline(ReasonFor(kind), Clerk, Now);

        Assert.Equal(Power[body], accept.Error?.Code);
        Assert.Equal(accept.Error, decline.Error);
        Assert.Equal(PetitionTrack.ExternalCase, petition.Track);
        Assert.Equal(
            [PetitionAction.Classify, PetitionAction.Guide, PetitionAction.Forward, PetitionAction.File, PetitionAction.Withdraw, PetitionAction.Split],
            petition.AllowedActions(Now).Order());
    }

    [Theory]
    [InlineData(BodyKind.FrontCommittee, "petition.front_cannot_accept")]
    [InlineData(BodyKind.PeoplesCouncil, "petition.council_cannot_accept")]
    [InlineData(BodyKind.NationalAssemblyDelegation, "petition.delegation_cannot_accept")]
    public void Classify_OwnCompetenceAtABodyWithoutPower_IsRefused(BodyKind body, string code)
    {
        var petition = Receive(body);

        var result = petition.Classify(new(PetitionKind.Denunciation, Competence.Own), Clerk, Now);

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(PetitionStatus.Received, petition.Status);
        Assert.Null(petition.Kind);
    }

    [Fact]
    public void Forward_ByTheFront_IsFollowedUntilTheCitizenIsTold()
    {
        var petition = Receive(BodyKind.FrontCommittee, Channel.ForwardedByDeputy);
        petition.Classify(new(PetitionKind.Complaint, Competence.LowerLevel), Clerk, Now);

        petition.Forward(CompetentBody, "Đề nghị UBND xã xem xét, giải quyết theo thẩm quyền", Clerk, Now);
        petition.Monitor(Today.AddDays(30), Clerk, Now);
        var earlyReminder = petition.Remind(Clerk, Now.AddDays(30));
        var overdue = petition.IsOverdueOn(Today.AddDays(31));
        petition.Remind(Clerk, Now.AddDays(31));
        petition.RecordAnswer("UBND xã đã ban hành quyết định giải quyết", Clerk, Now.AddDays(35));
        petition.NotifyCitizen(Clerk, Now.AddDays(36));
        var closed = petition.Close(Clerk, Now.AddDays(36));

        Assert.Equal(PetitionErrors.NotOverdue, earlyReminder.Error);
        Assert.True(overdue);
        Assert.True(closed.IsSuccess);
        Assert.Equal(CompetentBody, petition.ForwardedToBodyId);
        Assert.Equal(1, petition.Reminders);
        Assert.Equal(
            [PetitionStatus.Classified, PetitionStatus.ForwardedWithRecommendation, PetitionStatus.AwaitingAnswer, PetitionStatus.AwaitingAnswer,
                PetitionStatus.Answered, PetitionStatus.ResultNotifiedToCitizen, PetitionStatus.Closed],
            petition.Transitions.Skip(1).Select(t => t.To));
    }

    [Fact]
    public void EscalateToSupervision_OverdueWithoutAReminder_IsRefused()
    {
        var petition = Receive(BodyKind.PeoplesCouncil);
        petition.Classify(new(PetitionKind.Feedback, Competence.OtherBody), Clerk, Now);
        petition.Forward(CompetentBody, null, Clerk, Now);
        petition.Monitor(Today.AddDays(15), Clerk, Now);

        var notYet = petition.EscalateToSupervision(Clerk, Now.AddDays(10));
        var noReminder = petition.EscalateToSupervision(Clerk, Now.AddDays(20));
        petition.Remind(Clerk, Now.AddDays(20));
        var escalated = petition.EscalateToSupervision(Clerk, Now.AddDays(30));

        // RULES.md 13.1: Overdue → Reminded (đôn đốc) → EscalatedToSupervision.
        Assert.Equal(PetitionErrors.NotOverdue, notYet.Error);
        Assert.Equal(PetitionErrors.EscalationNeedsReminder, noReminder.Error);
        Assert.True(escalated.IsSuccess);
        Assert.False(petition.IsOverdueOn(Today.AddDays(30)));
    }
}
