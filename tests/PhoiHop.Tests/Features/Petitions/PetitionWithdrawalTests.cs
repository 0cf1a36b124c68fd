using PhoiHop.Features.Petitions;
using static PhoiHop.Tests.Features.Petitions.PetitionScenario;

namespace PhoiHop.Tests.Features.Petitions;

/// <summary>
/// Withdrawn content is not reconsidered (Luật Khiếu nại 2011, Điều 10 as amended by Luật 136/2025/QH15); a withdrawn
/// denunciation with signs of a violation is still resolved (Luật Tố cáo 2018, Điều 33(3)).
/// </summary>
public sealed class PetitionWithdrawalTests
{
    [Theory]
    [InlineData(PetitionTrack.Intake, PetitionStatus.Received)]
    [InlineData(PetitionTrack.Complaint, PetitionStatus.DialogueHeld)]
    [InlineData(PetitionTrack.Complaint, PetitionStatus.Suspended)]
    [InlineData(PetitionTrack.SecondInstanceComplaint, PetitionStatus.SecondInstanceAccepted)]
    [InlineData(PetitionTrack.Denunciation, PetitionStatus.Verifying)]
    [InlineData(PetitionTrack.Recommendation, PetitionStatus.InHandling)]
    [InlineData(PetitionTrack.ExternalCase, PetitionStatus.AwaitingAnswer)]
    public void Withdraw_ThenAnyStep_IsRefusedAsWithdrawn(PetitionTrack track, PetitionStatus status)
    {
        var petition = In(track, status);
        Assert.True(petition.Withdraw(Clerk, Now, "Đơn xin rút đơn ngày 02/10/2026").IsSuccess);

        var refusals = Enum.GetValues<PetitionAction>()
            .Where(a => a != PetitionAction.Receive)
            .Select(a => Do(petition, a, track, Later).Error)
            .ToList();

        Assert.Equal(PetitionStatus.Withdrawn, petition.Status);
        Assert.True(petition.IsFinal);
        Assert.Empty(petition.AllowedActions(Later));
        Assert.All(refusals, e => Assert.Equal(PetitionErrors.Withdrawn, e));
        Assert.Equal(PetitionAction.Withdraw, petition.Transitions[^1].Action);
    }

    [Fact]
    public void Classify_WithdrawnComplaint_CannotReopenItAsAnotherKind()
    {
        var petition = In(PetitionTrack.Complaint, PetitionStatus.Accepted);
        petition.Withdraw(Clerk, Now);

        var result = petition.Classify(new(PetitionKind.Denunciation, Competence.Own), Clerk, Now);

        Assert.Equal(PetitionErrors.Withdrawn, result.Error);
        Assert.Equal(PetitionKind.Complaint, petition.Kind);
    }

    [Theory]
    [InlineData(PetitionFlags.SignsOfCrime, false)] // Điều 33(3): signs of a violation
    [InlineData(PetitionFlags.None, true)] // Điều 33(3): withdrawal under coercion, found by the resolver
    public void Withdraw_DenunciationThatMustStillBeResolved_IsRecordedAndResolutionContinues(PetitionFlags flags, bool mustStillResolve)
    {
        var petition = In(PetitionTrack.Denunciation, PetitionStatus.Verifying, flags);

        var result = petition.Withdraw(Clerk, Now, "Đơn rút tố cáo", mustStillResolve);

        Assert.True(result.IsSuccess);
        Assert.Equal(PetitionStatus.Verifying, petition.Status);
        Assert.True(petition.HasWithdrawalRequest);
        Assert.Equal((PetitionStatus.Verifying, PetitionStatus.Verifying, PetitionAction.Withdraw),
            (petition.Transitions[^1].From, petition.Transitions[^1].To, petition.Transitions[^1].Action));
        Assert.True(petition.Conclude(DenunciationFinding.Right, Clerk, Now.AddDays(1)).IsSuccess);
    }
}
