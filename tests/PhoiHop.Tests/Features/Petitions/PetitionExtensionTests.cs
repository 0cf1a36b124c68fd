using PhoiHop.Features.Petitions;
using static PhoiHop.Tests.Features.Petitions.PetitionScenario;

namespace PhoiHop.Tests.Features.Petitions;

/// <summary>
/// A denunciation is resolved within 30 days; a complex case may be extended once, an especially complex case twice,
/// 30 days each (Luật Tố cáo 2018, Điều 30(1)–(3); NĐ 31/2019, Điều 3).
/// </summary>
public sealed class PetitionExtensionTests
{
    [Theory]
    [InlineData(PetitionFlags.None, 0, "petition.extension_needs_complex")] // Điều 30(1): 30 days, no extension
    [InlineData(PetitionFlags.Complex, 1, "petition.second_extension_needs_especially_complex")] // Điều 30(2): once
    [InlineData(PetitionFlags.EspeciallyComplex, 2, "petition.extension_limit")] // Điều 30(3): twice, 90 days in all
    public void Extend_UntilRefused_AllowsAsManyExtensionsAsTheComplexity(PetitionFlags flags, int allowed, string code)
    {
        var petition = In(PetitionTrack.Denunciation, PetitionStatus.Verifying, flags);

        var results = Enumerable.Range(0, allowed + 1).Select(i => petition.Extend(Clerk, Now.AddDays(i))).ToList();

        Assert.All(results.Take(allowed), r => Assert.True(r.IsSuccess));
        Assert.Equal(code, results[^1].Error?.Code);
        Assert.Equal(allowed, petition.Extensions);
        Assert.Equal(PetitionStatus.Verifying, petition.Status);
        Assert.Equal(allowed, petition.Transitions.Count(t => t.Action == PetitionAction.Extend));
    }

    [Fact]
    public void Extend_AfterFindingTheCaseEspeciallyComplex_AllowsASecondExtension()
    {
        var petition = In(PetitionTrack.Denunciation, PetitionStatus.Verifying, PetitionFlags.Complex);
        petition.Extend(Clerk, Now);
        var refused = petition.Extend(Clerk, Now.AddDays(20));

        var found = petition.FindComplex(especiallyComplex: true, Clerk, Now.AddDays(21), "Nhiều nội dung, nhiều nơi xác minh");
        var second = petition.Extend(Clerk, Now.AddDays(21));

        Assert.Equal(PetitionErrors.SecondExtensionNeedsEspeciallyComplex, refused.Error);
        Assert.True(found.IsSuccess);
        Assert.True(petition.Flags.HasFlag(PetitionFlags.Complex | PetitionFlags.EspeciallyComplex));
        Assert.True(second.IsSuccess);
        Assert.Equal(2, petition.Extensions);
    }

    [Theory]
    [InlineData(PetitionTrack.Complaint, PetitionStatus.Verifying)]
    [InlineData(PetitionTrack.SecondInstanceComplaint, PetitionStatus.Verifying)]
    [InlineData(PetitionTrack.Recommendation, PetitionStatus.UnderReview)]
    public void Extend_OtherKinds_IsNotProvidedByLaw(PetitionTrack track, PetitionStatus status)
    {
        var petition = In(track, status, PetitionFlags.EspeciallyComplex);

        var result = petition.Extend(Clerk, Now);

        Assert.Equal(PetitionErrors.ExtensionNotProvided, result.Error);
    }
}
