using PhoiHop.Features.Petitions;
using static PhoiHop.Tests.Features.Petitions.PetitionScenario;

namespace PhoiHop.Tests.Features.Petitions;

/// <summary>
/// Tạm đình chỉ stops the clock; the "continue" decision returns the case to where it was (RULES.md 13.1(7);
/// Luật Khiếu nại 2011, Điều 11a; NĐ 124/2020, Điều 28b; Luật Tố cáo 2018, Điều 34).
/// </summary>
public sealed class PetitionSuspensionTests
{
    public static TheoryData<PetitionTrack, PetitionStatus> SuspendableStatuses()
    {
        var data = new TheoryData<PetitionTrack, PetitionStatus>();
        foreach (var rule in PetitionMachine.Rules.Where(r => r.Action == PetitionAction.Suspend))
            data.Add(rule.Track, rule.From);
        return data;
    }

    [Theory]
    [MemberData(nameof(SuspendableStatuses))]
    public void SuspendThenResume_FromAnyResolvingStatus_ReturnsToThatStatus(PetitionTrack track, PetitionStatus status)
    {
        var petition = In(track, status);

        var suspended = petition.Suspend("Chờ kết quả giải quyết vụ việc khác có liên quan", Clerk, Now);
        var whileSuspended = petition.SuspendedFrom;
        var resumed = petition.Resume(Clerk, Now.AddDays(12), "Quyết định tiếp tục giải quyết");

        Assert.True(suspended.IsSuccess);
        Assert.Equal(status, whileSuspended);
        Assert.True(resumed.IsSuccess);
        Assert.Equal(status, petition.Status);
        Assert.Null(petition.SuspendedFrom);
        Assert.Equal(
            [(status, PetitionStatus.Suspended, PetitionAction.Suspend), (PetitionStatus.Suspended, status, PetitionAction.Resume)],
            petition.Transitions.TakeLast(2).Select(t => (t.From, t.To, t.Action)));
    }

    [Theory]
    [InlineData(PetitionTrack.Complaint, new[] { PetitionAction.Resume, PetitionAction.RecordLawsuit, PetitionAction.Withdraw, PetitionAction.Stop })]
    [InlineData(PetitionTrack.Denunciation, new[] { PetitionAction.Resume, PetitionAction.Withdraw, PetitionAction.Stop })]
    public void AllowedActions_WhileSuspended_AreResumeStopWithdrawAndLawsuit(PetitionTrack track, PetitionAction[] expected)
    {
        var petition = In(track, PetitionStatus.Suspended);

        var allowed = petition.AllowedActions(Now);

        Assert.Equal(expected.Order(), allowed.Order());
    }

    [Fact]
    public void Suspend_WithoutAReason_IsRefused()
    {
        var petition = In(PetitionTrack.Complaint, PetitionStatus.Verifying);

        var result = petition.Suspend(" ", Clerk, Now);

        Assert.Equal(PetitionErrors.ReasonRequired, result.Error);
        Assert.Equal(PetitionStatus.Verifying, petition.Status);
    }

    [Fact]
    public void Suspend_AlreadySuspended_IsRefused()
    {
        var petition = In(PetitionTrack.Denunciation, PetitionStatus.Suspended);

        var result = petition.Suspend("Chờ giám định lại", Clerk, Now);

        Assert.Equal(PetitionErrors.IsSuspended, result.Error);
        Assert.Equal(PetitionStatus.Verifying, petition.SuspendedFrom);
    }
}
