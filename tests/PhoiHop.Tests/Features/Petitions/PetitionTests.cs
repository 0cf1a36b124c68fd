using PhoiHop.Features.Organizations;
using PhoiHop.Features.Petitions;
using static PhoiHop.Tests.Features.Petitions.PetitionScenario;

namespace PhoiHop.Tests.Features.Petitions;

public sealed class PetitionTests
{
    [Fact]
    public void Receive_ALetter_IsLoggedAsReceivedWithItsFirstHistoryStep()
    {
        var petition = Petition.Receive(ThisBody, BodyKind.Department, Channel.ForwardedByPress, Today, "  Phản ánh ô nhiễm  ", "Nội dung",
            PetitionFlags.MultiPerson, Clerk, Now);

        Assert.Equal(7, petition.Id.Version);
        Assert.Equal(PetitionStatus.Received, petition.Status);
        Assert.Null(petition.Kind);
        Assert.Equal("Phản ánh ô nhiễm", petition.Subject);
        Assert.Equal(PetitionTrack.Intake, petition.Track);
        var step = Assert.Single(petition.Transitions);
        Assert.Equal(new PetitionTransition(PetitionStatus.Received, PetitionStatus.Received, PetitionAction.Receive, Now, Clerk.Id, Clerk.Name, null) { Sequence = 1 }, step);
        Assert.Equal([PetitionAction.Classify, PetitionAction.Withdraw, PetitionAction.Split], petition.AllowedActions(Now));
    }

    [Theory]
    [InlineData(PetitionKind.Complaint, PetitionTrack.Complaint, PetitionStatus.Classified)] // RULES.md 13.1
    [InlineData(PetitionKind.Denunciation, PetitionTrack.Denunciation, PetitionStatus.InitialProcessing)] // Luật TC Điều 24(1)
    [InlineData(PetitionKind.Recommendation, PetitionTrack.Recommendation, PetitionStatus.Classified)] // RULES.md 13.3
    [InlineData(PetitionKind.Feedback, PetitionTrack.Recommendation, PetitionStatus.Classified)] // RULES.md 13.3
    public void Classify_ByKind_SelectsTheMachine(PetitionKind kind, PetitionTrack track, PetitionStatus status)
    {
        var petition = Receive();

        var result = petition.Classify(new(kind, Competence.Own, PetitionFlags.RemoteArea), Clerk, Now, "Phân loại theo TT 05/2021");

        Assert.True(result.IsSuccess);
        Assert.Equal(kind, petition.Kind);
        Assert.Equal(track, petition.Track);
        Assert.Equal(status, petition.Status);
        Assert.Equal(PetitionFlags.RemoteArea, petition.Flags);
        Assert.Equal("Phân loại theo TT 05/2021", petition.Transitions[^1].Reason);
    }

    [Fact]
    public void Classify_EspeciallyComplex_IsAlsoComplex()
    {
        var petition = Receive();

        petition.Classify(new(PetitionKind.Denunciation, Competence.Own, PetitionFlags.EspeciallyComplex), Clerk, Now);

        // NĐ 31/2019, Điều 3(3): especially complex = two or more of the complexity criteria.
        Assert.Equal(PetitionFlags.Complex | PetitionFlags.EspeciallyComplex, petition.Flags);
    }

    public static TheoryData<PetitionClassification> Mismatches() =>
    [
        new PetitionClassification(PetitionKind.Denunciation, Competence.Own) { ComplaintObject = ComplaintObject.AdministrativeAct },
        new PetitionClassification(PetitionKind.Complaint, Competence.Own) { DenunciationSubtype = DenunciationSubtype.PublicDuty },
        new PetitionClassification(PetitionKind.Feedback, Competence.Own) { Instance = ComplaintInstance.Second },
        new PetitionClassification(PetitionKind.Complaint, Competence.Own) { Inadmissibility = InadmissibilityReason.DenunciationFormNotMet },
        new PetitionClassification(PetitionKind.Recommendation, Competence.Own) { Inadmissibility = InadmissibilityReason.NotSigned },
    ];

    [Theory]
    [MemberData(nameof(Mismatches))]
    public void Classify_DetailOfAnotherKind_IsRefused(PetitionClassification classification)
    {
        var petition = Receive();

        var result = petition.Classify(classification, Clerk, Now);

        Assert.Equal(PetitionErrors.ClassificationMismatch, result.Error);
        Assert.Equal(PetitionStatus.Received, petition.Status);
    }

    [Fact]
    public void Classify_SecondInstanceComplaint_IsAcceptedIntoTheSecondInstance()
    {
        var petition = Receive();
        petition.Classify(new(PetitionKind.Complaint, Competence.Own) { Instance = ComplaintInstance.Second, ComplaintObject = ComplaintObject.AdministrativeDecision }, Clerk, Now);

        var result = petition.Accept(Clerk, Now);

        // Luật KN Điều 36: the direct superior accepts the second-instance complaint.
        Assert.True(result.IsSuccess);
        Assert.Equal(PetitionStatus.SecondInstanceAccepted, petition.Status);
        Assert.Equal(ComplaintObject.AdministrativeDecision, petition.ComplaintObject);
    }

    [Fact]
    public void Classify_AfterAcceptance_IsRefused()
    {
        var petition = In(PetitionTrack.Complaint, PetitionStatus.Accepted);

        var result = petition.Classify(new(PetitionKind.Feedback, Competence.Own), Clerk, Now);

        Assert.Equal(PetitionErrors.NotAllowedNow, result.Error);
        Assert.Equal(PetitionKind.Complaint, petition.Kind);
    }

    [Fact]
    public void Transitions_OfAFullDenunciation_RecordEveryStepWithActorTimeAndReason()
    {
        var investigator = new PetitionActor(Guid.CreateVersion7(), "Trần Văn Bình");
        var petition = Receive(flags: PetitionFlags.None);
        petition.Classify(new(PetitionKind.Denunciation, Competence.Own) { DenunciationSubtype = DenunciationSubtype.PublicDuty }, Clerk, Now);
        petition.Accept(Clerk, Now.AddDays(5));
        petition.StartVerification(investigator, Now.AddDays(6));
        petition.Conclude(DenunciationFinding.False, investigator, Now.AddDays(28), "Tố cáo sai sự thật");
        petition.StartHandling(Clerk, Now.AddDays(30));
        petition.Close(Clerk, Now.AddDays(35));

        Assert.Equal(PetitionStatus.Closed, petition.Status);
        Assert.True(petition.IsFinal);
        Assert.Equal(DenunciationFinding.False, petition.Finding);
        Assert.Equal(
            [PetitionAction.Receive, PetitionAction.Classify, PetitionAction.Accept, PetitionAction.StartVerification, PetitionAction.Conclude,
                PetitionAction.StartHandling, PetitionAction.Close],
            petition.Transitions.Select(t => t.Action));
        var conclusion = petition.Transitions[4];
        Assert.Equal((PetitionStatus.Verifying, PetitionStatus.Concluded), (conclusion.From, conclusion.To));
        Assert.Equal((investigator.Id, investigator.Name, Now.AddDays(28), "Tố cáo sai sự thật"),
            (conclusion.ActorId, conclusion.ActorName, conclusion.At, conclusion.Reason));
        Assert.All(petition.Transitions.Zip(petition.Transitions.Skip(1)), pair => Assert.Equal(pair.First.To, pair.Second.From));
    }

    [Fact]
    public void CheckAnonymousInfo_NamedViolatorWithEvidence_IsCheckedForManagementPurposes()
    {
        var petition = Receive(channel: Channel.Email, flags: PetitionFlags.Anonymous);
        petition.Classify(new(PetitionKind.Denunciation, Competence.Own, PetitionFlags.Anonymous), Clerk, Now);

        var accept = petition.Accept(Clerk, Now);
        var check = petition.CheckAnonymousInfo(Clerk, Now);

        // Luật TC Điều 25: not a denunciation case, but checked within competence.
        Assert.Equal(PetitionErrors.AnonymousDenunciation, accept.Error);
        Assert.True(check.IsSuccess);
        Assert.Equal(PetitionStatus.AnonymousInfoCheck, petition.Status);
    }

    [Fact]
    public void TransferToInvestigation_SignsOfCrime_AreFlagged()
    {
        var petition = In(PetitionTrack.Denunciation, PetitionStatus.Concluded);

        petition.TransferToInvestigation(Clerk, Now, "Chuyển Cơ quan Cảnh sát điều tra");

        // Luật TC Điều 36(2).
        Assert.Equal(PetitionStatus.TransferredToInvestigation, petition.Status);
        Assert.True(petition.Flags.HasFlag(PetitionFlags.SignsOfCrime));
        Assert.True(petition.IsFinal);
    }
}
