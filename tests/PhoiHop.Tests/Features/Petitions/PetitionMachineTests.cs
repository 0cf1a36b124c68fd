using PhoiHop.Features.Petitions;
using static PhoiHop.Features.Petitions.PetitionStatus;
using static PhoiHop.Tests.Features.Petitions.PetitionScenario;

namespace PhoiHop.Tests.Features.Petitions;

public sealed class PetitionMachineTests
{
    public static TheoryData<PetitionTrack, PetitionStatus, PetitionFlags> ReachableStatuses()
    {
        var data = new TheoryData<PetitionTrack, PetitionStatus, PetitionFlags>();
        foreach (var (track, status, flags) in Reachable())
            data.Add(track, status, flags);
        return data;
    }

    // The buttons shown and the verbs accepted come from one evaluation: for every action, "allowed" must mean "succeeds".
    [Theory]
    [MemberData(nameof(ReachableStatuses))]
    public void AllowedActions_InEveryReachableStatus_AreExactlyTheStepsThatSucceed(PetitionTrack track, PetitionStatus status, PetitionFlags flags)
    {
        var mismatches = new List<string>();

        foreach (var action in Enum.GetValues<PetitionAction>().Where(a => a != PetitionAction.Receive))
        {
            var petition = In(track, status, flags, next: action);
            var offered = petition.AllowedActions(Later).Contains(action);

            var result = Do(petition, action, track, Later);

            if (offered != result.IsSuccess)
                mismatches.Add($"{action}: offered {offered}, result {result.Error?.Code ?? "ok"}");
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [MemberData(nameof(ReachableStatuses))]
    public void Check_EveryRefusedStep_NamesTheRuleThatTheVerbReturns(PetitionTrack track, PetitionStatus status, PetitionFlags flags)
    {
        foreach (var action in Enum.GetValues<PetitionAction>().Where(a => a != PetitionAction.Receive))
        {
            var petition = In(track, status, flags, next: action);
            var check = PetitionMachine.Check(petition, action, Later);

            var result = Do(petition, action, track, Later);

            if (!check.IsSuccess)
                Assert.Equal(check.Error, result.Error);
        }
    }

    [Theory]
    [InlineData(PetitionTrack.Complaint, new[] { Guided, Inadmissible, Stopped, Withdrawn, Sued, PetitionStatus.Closed, Filed, PetitionStatus.Split })] // RULES.md 13.1; 2.2(1)
    [InlineData(PetitionTrack.SecondInstanceComplaint, new[] { Guided, Inadmissible, Stopped, Withdrawn, Sued, PetitionStatus.Closed, Filed, PetitionStatus.Split })] // 13.1
    [InlineData(PetitionTrack.Denunciation, new[] { Guided, Stopped, Withdrawn, PetitionStatus.Closed, NotAccepted, Forwarded, NotHandled, TransferredToInvestigation, PetitionStatus.Split })] // 13.2
    [InlineData(PetitionTrack.Recommendation, new[] { Withdrawn, PetitionStatus.Closed, NotAccepted, Forwarded, Filed, PetitionStatus.Split })] // 13.3
    [InlineData(PetitionTrack.ExternalCase, new[] { Guided, Withdrawn, PetitionStatus.Closed, Filed, PetitionStatus.Split })] // 2.6, 13.1 external case
    public void IsFinal_ReachedStatusesOfEachMachine_AreTheTerminalOnes(PetitionTrack track, PetitionStatus[] final)
    {
        // Appeal moves a complaint to the second-instance machine, where it goes on.
        var reached = PetitionMachine.Rules.Where(r => r.Track == track && r.Action != PetitionAction.Appeal)
            .Select(r => r.To).OfType<PetitionStatus>().ToHashSet();

        var terminal = reached.Where(s => PetitionMachine.IsFinal(track, s));

        Assert.Equal(final.Order(), terminal.Order());
    }

    [Fact]
    public void Appeal_TargetStatus_IsOpenInTheSecondInstanceMachine()
    {
        var appeal = Assert.Single(PetitionMachine.Rules, r => r.Action == PetitionAction.Appeal);

        Assert.False(PetitionMachine.IsFinal(PetitionTrack.SecondInstanceComplaint, appeal.To!.Value));
    }

    [Fact]
    public void Rules_EveryStatus_BelongsToAMachine()
    {
        var used = PetitionMachine.Rules.SelectMany(r => new[] { r.From, r.To ?? r.From }).ToHashSet();

        Assert.Empty(Enum.GetValues<PetitionStatus>().Except(used));
    }

    [Fact]
    public void Rules_EveryRow_CitesItsLegalBasis()
    {
        Assert.All(PetitionMachine.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.LegalBasis), $"{r.Track} {r.Action} {r.From}"));
    }

    [Fact]
    public void Rules_OnlyResumeReturnsToAnEarlierStatus()
    {
        Assert.All(PetitionMachine.Rules.Where(r => r.To is null), r => Assert.Equal(PetitionAction.Resume, r.Action));
    }

    [Fact]
    public void Check_Receive_IsNeverAStepOnAnExistingPetition()
    {
        var petition = Receive();

        Assert.Equal(PetitionErrors.NotAllowedNow, PetitionMachine.Check(petition, PetitionAction.Receive, Now).Error);
    }

    [Fact]
    public void AllowedActions_IsComputedInVietnamTime()
    {
        var petition = Receive(PhoiHop.Features.Organizations.BodyKind.FrontCommittee);
        petition.Classify(new(PetitionKind.Recommendation, Competence.OtherBody), Clerk, Now);
        petition.Forward(CompetentBody, null, Clerk, Now);
        petition.Monitor(new DateOnly(2026, 10, 10), Clerk, Now);

        // 18:00 UTC on 10/10 is already 01:00 on 11/10 in Vietnam: the answer is late there.
        var lateEvening = new DateTimeOffset(2026, 10, 10, 18, 0, 0, TimeSpan.Zero);

        Assert.Contains(PetitionAction.Remind, petition.AllowedActions(lateEvening));
        Assert.DoesNotContain(PetitionAction.Remind, petition.AllowedActions(lateEvening.AddHours(-2)));
    }
}
