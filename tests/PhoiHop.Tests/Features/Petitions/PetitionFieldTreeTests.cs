using System.Text;
using PhoiHop.Features.Petitions;

namespace PhoiHop.Tests.Features.Petitions;

public sealed class PetitionFieldTreeTests
{
    [Theory]
    [InlineData("HANH_CHINH", null)]
    [InlineData("DAT_DAI_THU_HOI", "HANH_CHINH")]
    [InlineData("CHE_DO_CBCCVC", "HANH_CHINH")]
    [InlineData("THI_HANH_AN", "TU_PHAP")]
    [InlineData("DANG", "DANG_DOAN_THE")]
    [InlineData("HOI_LO", "THAM_NHUNG")]
    [InlineData("KHAC", null)]
    public void Default_Find_ReturnsTheFieldWithItsParent(string code, string? parent)
    {
        var field = PetitionFields.Default.Find(code);

        Assert.NotNull(field);
        Assert.Equal(parent, field.ParentCode);
    }

    [Fact]
    public void Default_Roots_AreTheCircular02ContentColumns()
    {
        var roots = PetitionFields.Default.Roots.Select(f => f.Name);

        // TT 02/2021/TT-TTCP letter tables: hành chính, tư pháp, Đảng, tham nhũng (denunciations), khác.
        Assert.Equal(["Hành chính", "Tư pháp", "Đảng, đoàn thể", "Tham nhũng, tiêu cực", "Lĩnh vực khác"], roots);
    }

    [Fact]
    public void Default_LandFields_AreCountedInTheLandColumn()
    {
        var land = PetitionFields.Default.Where(f => f.ReportColumn == FieldReportColumn.Land).Select(f => f.Code);

        Assert.Equal(["DAT_DAI_THU_HOI", "DAT_DAI_GCN", "DAT_DAI_TRANH_CHAP", "DAT_DAI_QUAN_LY"], land);
        Assert.True(PetitionFields.IsLand(PetitionFields.LandDispute));
        Assert.False(PetitionFields.IsLand(PetitionFields.Environment));
    }

    [Fact]
    public void Default_Names_AreNfcAndNonEmptyInBothLanguages()
    {
        foreach (var field in PetitionFields.Default)
        {
            Assert.True(field.Name.IsNormalized(NormalizationForm.FormC), field.Code);
            Assert.False(string.IsNullOrWhiteSpace(field.EnglishName), field.Code);
        }
    }

    [Fact]
    public void Default_Leaves_AreFieldsAndChildlessRoots()
    {
        var tree = PetitionFields.Default;

        Assert.False(tree.IsLeaf("HANH_CHINH"));
        Assert.True(tree.IsLeaf("DAT_DAI_GCN"));
        Assert.True(tree.IsLeaf("KHAC"));
        Assert.False(tree.IsLeaf("NO_SUCH_FIELD"));
        Assert.Equal(17, tree.ChildrenOf("HANH_CHINH").Count);
        Assert.Empty(tree.ChildrenOf("KHAC"));
    }

    [Fact]
    public void Find_UnknownCode_ReturnsNull()
    {
        Assert.Null(PetitionFields.Default.Find("dat_dai_gcn"));
        Assert.False(PetitionFields.Default.Contains("NO_SUCH_FIELD"));
    }

    [Fact]
    public void Constructor_ACustomTree_KeepsItsOrder()
    {
        var tree = new PetitionFieldTree(
        [
            new("HANH_CHINH", "Hành chính", "Administrative", null, FieldReportColumn.OtherAdministrative),
            new("DAT_DAI", "Đất đai", "Land", "HANH_CHINH", FieldReportColumn.Land),
            new("KHAC", "Khác", "Other", null, FieldReportColumn.Other),
        ]);

        Assert.Equal(["HANH_CHINH", "DAT_DAI", "KHAC"], tree.Select(f => f.Code));
        Assert.Equal("Đất đai", tree.Find("DAT_DAI")?.Name);
    }

    public static TheoryData<string, PetitionField[]> InvalidTrees() => new()
    {
        { "used twice", [Root("A"), Root("A")] },
        { "unknown parent", [Root("A"), Child("B", "X")] },
        { "two levels", [Root("A"), Child("B", "A"), Child("C", "B")] },
        { "upper-case ASCII", [Root("đất")] },
        { "names", [new("A", " ", "A", null, FieldReportColumn.Other)] },
    };

    [Theory]
    [MemberData(nameof(InvalidTrees))]
    public void Constructor_InvalidTree_Throws(string message, PetitionField[] fields)
    {
        var error = Assert.Throws<ArgumentException>(() => new PetitionFieldTree(fields));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static PetitionField Root(string code) => new(code, code, code, null, FieldReportColumn.Other);

    private static PetitionField Child(string code, string parent) => new(code, code, code, parent, FieldReportColumn.Other);
}
