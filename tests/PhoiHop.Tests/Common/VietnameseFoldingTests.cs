using System.Text;
using PhoiHop.Common;

namespace PhoiHop.Tests.Common;

public sealed class VietnameseFoldingTests
{
    [Theory]
    [InlineData("Hoà Bình", "hoa binh")]
    [InlineData("Hòa Bình", "hoa binh")]
    [InlineData("thuỷ lợi", "thuy loi")]
    [InlineData("thủy lợi", "thuy loi")]
    [InlineData("ĐƠN KHIẾU NẠI", "don khieu nai")]
    [InlineData("Đường tỉnh ĐT.254", "duong tinh dt.254")]
    [InlineData("Nguyễn Thị Hương", "nguyen thi huong")]
    public void Fold_MarksCaseAndToneStyle_Vanish(string text, string folded)
    {
        Assert.Equal(folded, VietnameseFolding.Fold(text));
    }

    [Fact]
    public void Fold_DecomposedInput_FoldsLikeComposed()
    {
        var decomposed = "Thái Nguyên hoà".Normalize(NormalizationForm.FormD);

        Assert.Equal("thai nguyen hoa", VietnameseFolding.Fold(decomposed));
    }

    [Fact]
    public void Base_KeepsCase()
    {
        Assert.Equal('D', VietnameseFolding.Base('Đ'));
        Assert.Equal('a', VietnameseFolding.Base('ậ'));
        Assert.Equal('x', VietnameseFolding.Base('x'));
    }
}
