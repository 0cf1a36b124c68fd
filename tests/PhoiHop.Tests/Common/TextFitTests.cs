using PhoiHop.Common;

namespace PhoiHop.Tests.Common;

public sealed class TextFitTests
{
    // One unit per character: a piece fits when it has at most `width` characters.
    private static double Count(string piece) => piece.Length;

    [Theory]
    [InlineData("abcdefghij", 3, new[] { "abc", "def", "ghi", "j" })]
    [InlineData("abc", 3, new[] { "abc" })]
    [InlineData("abc", 0.5, new[] { "a", "b", "c" })]
    [InlineData("", 3, new[] { "" })]
    public void Pieces_AreTheLongestThatFit(string word, double width, string[] expected)
    {
        Assert.Equal(expected, TextFit.Pieces(word, width, Count));
    }

    [Fact]
    public void Pieces_NeverSplitASurrogatePair()
    {
        var pieces = TextFit.Pieces("ab\U0001F3EDcd", 3, Count).ToList();

        Assert.Equal(["ab", "\U0001F3EDc", "d"], pieces);
        Assert.All(pieces, p => Assert.True(TextInput.IsWellFormed(p)));
    }

    [Fact]
    public void Pieces_OfAVeryLongWord_AreFoundWithoutMeasuringTheWholeWordOverAndOver()
    {
        var word = new string('x', 2_000_000);
        long measured = 0;

        var pieces = TextFit.Pieces(word, 100, p => { measured += p.Length; return p.Length; }).ToList();

        Assert.Equal(20_000, pieces.Count);
        Assert.All(pieces, p => Assert.Equal(100, p.Length));
        // About 2 log2(100) probes of at most 128 characters a piece; the old search measured the rest of the word each time.
        Assert.True(measured < 200L * word.Length / 10, $"{measured} characters measured");
    }
}
