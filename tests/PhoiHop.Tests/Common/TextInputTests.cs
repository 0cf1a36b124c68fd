using PhoiHop.Common;

namespace PhoiHop.Tests.Common;

public sealed class TextInputTests
{
    [Theory]
    [InlineData("hoa\u0300", "ho\u00e0")]                       // hoà typed with a combining grave accent
    [InlineData("Nguye\u0302\u0303n", "Nguy\u1ec5n")]           // ễ from e + circumflex + tilde
    [InlineData("\u0110a\u0300o", "\u0110\u00e0o")]             // Đào
    public void Clean_DecomposedVietnamese_ReturnsComposedForm(string typed, string expected)
    {
        var clean = TextInput.Clean(typed);

        Assert.Equal(expected, clean);
    }

    [Theory]
    [InlineData("a\tb\r\nc")]
    [InlineData("Nguyễn Thị Đào khiếu nại")]
    [InlineData("emoji \U0001F600 is a valid surrogate pair")]
    [InlineData("")]
    public void Clean_ValidText_IsKeptAsIs(string text)
    {
        var clean = TextInput.Clean(text);

        Assert.Equal(text, clean);
    }

    [Theory]
    [InlineData("a\uD800b")]     // lone high surrogate
    [InlineData("a\uD800")]      // high surrogate at the end
    [InlineData("a\uDC00b")]     // lone low surrogate
    [InlineData("a\uFFFDb")]     // replacement character left by broken UTF-8
    [InlineData("a\uFFFEb")]     // non-character
    [InlineData("a\uFFFFb")]     // non-character
    [InlineData("a\0b")]         // NUL
    [InlineData("a\u001Bb")]     // ESC
    [InlineData("a\u0085b")]     // NEL, a C1 control
    public void Clean_InvalidCharacter_ReturnsNull(string text)
    {
        var clean = TextInput.Clean(text);

        Assert.Null(clean);
    }

    [Theory]
    [InlineData("abc\U0001F3ED", 4, "", "abc")]                 // the emoji's two halves sit on either side of the cut
    [InlineData("abc\U0001F3EDd", 5, "", "abc\U0001F3ED")]
    [InlineData("Nguye\u0302\u0303n", 5, "", "Nguy")]            // ễ as e + two marks is one character: not split
    [InlineData("Nguyễn Thị Đào", 9, "…", "Nguyễn T…")]
    [InlineData("ngắn", 10, "…", "ngắn")]
    [InlineData("abcdef", 2, "…", "a…")]
    public void Cut_NeverSplitsACharacter(string text, int maxLength, string ellipsis, string expected)
    {
        var cut = TextInput.Cut(text, maxLength, ellipsis);

        Assert.Equal(expected, cut);
        Assert.True(cut.Length <= maxLength);
        Assert.True(TextInput.IsWellFormed(cut));
    }

    [Fact]
    public void Repair_ReplacesLoneSurrogatesOnly()
    {
        Assert.Equal("a\uFFFDb\U0001F600\uFFFD", TextInput.Repair("a\uD800b\U0001F600\uDC00"));
        Assert.Same("Nguyễn", TextInput.Repair("Nguyễn"));
    }
}
