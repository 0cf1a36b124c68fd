using PhoiHop.Features.Organizations;
using PhoiHop.Features.Petitions;
using static PhoiHop.Tests.Features.Petitions.PetitionScenario;

namespace PhoiHop.Tests.Features.Petitions;

/// <summary>
/// Guidance is given once per content (RULES.md 2.4, TT 05/2021 [NV]); a denunciation with the same content is forwarded
/// once (Thông tư 05/2021/TT-TTCP, Điều 14(1)).
/// </summary>
public sealed class PetitionOnceTests
{
    [Theory]
    [InlineData(BodyKind.PeoplesCommittee, PetitionKind.Complaint)]
    [InlineData(BodyKind.FrontCommittee, PetitionKind.Complaint)]
    [InlineData(BodyKind.NationalAssemblyDelegation, PetitionKind.Recommendation)]
    public void Guide_TheSameLetterTwice_IsRefusedAsGuidedOnce(BodyKind body, PetitionKind kind)
    {
        var petition = Receive(body);
        petition.Classify(new(kind, Competence.OtherBody), Clerk, Now);
        petition.Guide(Clerk, Now);

        var again = petition.Guide(Clerk, Now.AddDays(1));

        Assert.Equal(PetitionErrors.GuidedOnce, again.Error);
        Assert.Single(petition.Transitions, t => t.Action == PetitionAction.Guide);
    }

    [Theory]
    [InlineData(BodyKind.PeoplesCommittee)]
    [InlineData(BodyKind.FrontCommittee)]
    public void Guide_ContentAlreadyGuidedInAnEarlierLetter_IsRefusedAndTheLetterIsFiled(BodyKind body)
    {
        var earlier = Guid.CreateVersion7();
        var petition = Receive(body);
        petition.Classify(new(PetitionKind.Complaint, Competence.LowerLevel, PetitionFlags.Duplicate) { DuplicateOfId = earlier, HasEarlierGuidance = true }, Clerk, Now);

        var guide = petition.Guide(Clerk, Now);
        var file = petition.File(FilingReason.Duplicate, Clerk, Now);

        Assert.Equal(PetitionErrors.GuidedOnce, guide.Error);
        Assert.DoesNotContain(PetitionAction.Guide, petition.AllowedActions(Now));
        Assert.True(file.IsSuccess);
        Assert.Equal(PetitionStatus.Filed, petition.Status);
        Assert.Equal(earlier, petition.DuplicateOfId);
    }

    [Theory]
    [InlineData(BodyKind.PeoplesCommittee)]
    [InlineData(BodyKind.FrontCommittee)]
    [InlineData(BodyKind.PeoplesCouncil)]
    public void Forward_DenunciationAlreadyForwarded_IsRefused(BodyKind body)
    {
        var petition = Receive(body);
        petition.Classify(new(PetitionKind.Denunciation, Competence.OtherBody) { HasEarlierForwarding = true }, Clerk, Now);

        var result = petition.Forward(CompetentBody, null, Clerk, Now);

        Assert.Equal(PetitionErrors.DenunciationForwardedOnce, result.Error);
        Assert.DoesNotContain(PetitionAction.Forward, petition.AllowedActions(Now));
    }

    [Fact]
    public void Forward_TheSameDenunciationTwice_IsRefusedAsForwardedOnce()
    {
        var petition = Receive(BodyKind.PeoplesCommittee);
        petition.Classify(new(PetitionKind.Denunciation, Competence.OtherBody), Clerk, Now);
        petition.Forward(CompetentBody, null, Clerk, Now);

        var again = petition.Forward(Guid.CreateVersion7(), null, Clerk, Now.AddDays(1));

        Assert.Equal(PetitionErrors.DenunciationForwardedOnce, again.Error);
        Assert.Equal(PetitionStatus.Forwarded, petition.Status);
    }

    [Fact]
    public void Forward_ComplaintForwardedEarlierByTheFront_IsAllowedAgain()
    {
        var petition = Receive(BodyKind.FrontCommittee);
        petition.Classify(new(PetitionKind.Complaint, Competence.OtherBody) { HasEarlierForwarding = true }, Clerk, Now);

        var result = petition.Forward(CompetentBody, "Đề nghị xem xét", Clerk, Now);

        // The forward-once rule is written for denunciations only (TT 05/2021, Điều 14(1)).
        Assert.True(result.IsSuccess);
        Assert.Equal("Đề nghị xem xét", petition.ForwardingRecommendation);
    }
}
