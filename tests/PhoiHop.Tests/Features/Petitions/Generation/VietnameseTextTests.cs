using PhoiHop.Features.Petitions.Generation;

namespace PhoiHop.Tests.Features.Petitions.Generation;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Ủy ban hòa giải thủy lợi", "Uỷ ban hoà giải thuỷ lợi")]
    [InlineData("sức khỏe, tùy theo, lũy kế", "sức khoẻ, tuỳ theo, luỹ kế")]
    [InlineData("Thanh Hóa", "Thanh Hoá")]
    public void SwapTonePlacement_WordFinalPairs_MoveTheMark(string before, string after)
    {
        Assert.Equal(after, VietnameseText.SwapTonePlacement(before));
        Assert.Equal(before, VietnameseText.SwapTonePlacement(after));
    }

    [Theory]
    [InlineData("quý khách, của, hoàng, thuyền, khoảng, người")]
    [InlineData("hoa, thuy, Nguyễn")]
    public void SwapTonePlacement_OtherWords_StayAsTheyAre(string text)
    {
        Assert.Equal(text, VietnameseText.SwapTonePlacement(text));
    }

    [Fact]
    public void StripMarks_VietnameseLetters_BecomeTheirBaseLetters()
    {
        Assert.Equal("Nguyen Thi Thuy, Dak Lak, uong nuoc, QUYET DINH", VietnameseText.StripMarks("Nguyễn Thị Thủy, Đắk Lắk, uống nước, QUYẾT ĐỊNH"));
    }

    [Fact]
    public void StripMarks_SomeWords_KeepsLengthAndSpacing()
    {
        const string text = "Tôi xin chân thành cảm ơn Quý cơ quan";

        var stripped = VietnameseText.StripMarks(text, 50, new Random(3));

        Assert.Equal(text.Length, stripped.Length);
        Assert.Equal(text.Split(' ').Length, stripped.Split(' ').Length);
    }

    [Theory]
    [InlineData('ả', 'ã')]
    [InlineData('ử', 'ữ')]
    [InlineData('Ẩ', 'Ẫ')]
    public void TrySwapHookTilde_HookAndTilde_AreSwapped(char hook, char tilde)
    {
        Assert.True(VietnameseText.TrySwapHookTilde(hook, out var swapped));
        Assert.Equal(tilde, swapped);
        Assert.True(VietnameseText.TrySwapHookTilde(tilde, out var back));
        Assert.Equal(hook, back);
        Assert.False(VietnameseText.TrySwapHookTilde('á', out _));
    }

    [Fact]
    public void Mistype_ShortWordsAndNumbers_StayAsTheyAre()
    {
        const string text = "Số CCCD 019203004567, điện thoại 0912345678";

        var typed = VietnameseText.Mistype(text, 1000, 1, new Random(5));

        Assert.Contains("019203004567", typed, StringComparison.Ordinal);
        Assert.Contains("0912345678", typed, StringComparison.Ordinal);
        Assert.NotEqual(text, typed);
    }
}
