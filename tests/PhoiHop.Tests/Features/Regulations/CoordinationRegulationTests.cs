using PhoiHop.Features.Organizations;
using PhoiHop.Features.Regulations;

namespace PhoiHop.Tests.Features.Regulations;

public sealed class CoordinationRegulationTests
{
    private static readonly DateOnly SignedOn = new(2026, 10, 14);

    [Fact]
    public void Sign_DraftWithTwoPartiesAndAnArticle_IsInForceFromTheSigningDate()
    {
        var regulation = Draft(parties: 2, articles: 1);

        var result = regulation.Sign(SignedOn);

        Assert.True(result.IsSuccess);
        Assert.Equal(RegulationStatus.InForce, regulation.Status);
        Assert.Equal(SignedOn, regulation.SignedOn);
        Assert.Equal(SignedOn, regulation.ValidFrom);
    }

    [Fact]
    public void Sign_WithOneParty_IsRefused()
    {
        var regulation = Draft(parties: 1, articles: 1);

        var result = regulation.Sign(SignedOn);

        Assert.Equal(RegulationErrors.NeedsTwoParties, result.Error);
        Assert.Equal(RegulationStatus.Draft, regulation.Status);
    }

    [Fact]
    public void Sign_WithoutArticles_IsRefused()
    {
        var regulation = Draft(parties: 2, articles: 0);

        var result = regulation.Sign(SignedOn);

        Assert.Equal(RegulationErrors.NeedsArticles, result.Error);
    }

    [Fact]
    public void Sign_AlreadySigned_IsRefused()
    {
        var regulation = Draft(parties: 2, articles: 1);
        regulation.Sign(SignedOn);

        var result = regulation.Sign(SignedOn.AddDays(1));

        Assert.Equal(RegulationErrors.OnlyDraftCanBeSigned, result.Error);
        Assert.Equal(SignedOn, regulation.SignedOn);
    }

    [Fact]
    public void AddArticle_ToAnEarlierChapter_NumbersStayContinuous()
    {
        var regulation = Draft(parties: 2, articles: 0);
        var first = regulation.AddChapter("Quy định chung");
        var second = regulation.AddChapter("Nội dung phối hợp");
        var scope = regulation.AddArticle(first, "Phạm vi", "…", CoordinationArea.General);
        var reception = regulation.AddArticle(second, "Tiếp công dân", "…", CoordinationArea.CitizenReceptionAndPetitions);

        var principles = regulation.AddArticle(first, "Nguyên tắc", "…", CoordinationArea.General);

        Assert.Equal([1, 2, 3], new[] { scope, principles, reception }.Select(a => a.Number));
        Assert.Equal([scope, principles, reception], regulation.ArticlesInOrder());
    }

    [Fact]
    public void Revised_SignedRegulationChangedTwiceInOneEdit_GetsOneNewVersion()
    {
        var regulation = Draft(parties: 2, articles: 1);
        regulation.Sign(SignedOn);
        var chapter = regulation.Chapters[0];

        regulation.AddArticle(chapter, "Điều khoản thi hành", "…", CoordinationArea.General);
        regulation.AddArticle(chapter, "Hiệu lực", "…", CoordinationArea.General);

        Assert.Equal(2, regulation.Version);
    }

    private static CoordinationRegulation Draft(int parties, int articles)
    {
        var province = AdministrativeUnit.Create("19", "Tỉnh Thái Nguyên", AdministrativeLevel.Province, null);
        Body[] bodies =
        [
            Body.Create("MTTQ-TN", "Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên", "Ủy ban MTTQ tỉnh", BodyKind.FrontCommittee, province),
            Body.Create("UBND-TN", "Ủy ban nhân dân tỉnh Thái Nguyên", "UBND tỉnh", BodyKind.PeoplesCommittee, province),
        ];
        var term = Term.Create("2026-2031", "Nhiệm kỳ 2026–2031", new(2026, 3, 15), new(2031, 3, 14));
        var regulation = CoordinationRegulation.Draft("01/QCPH-UBND-MTTQ", "Quy chế phối hợp", term, bodies[..parties]);
        if (articles > 0)
        {
            var chapter = regulation.AddChapter("Quy định chung");
            for (var i = 1; i <= articles; i++)
                regulation.AddArticle(chapter, $"Điều khoản {i}", "…", CoordinationArea.General);
        }
        return regulation;
    }
}
