using PhoiHop.Common;

namespace PhoiHop.Tests.Common;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Petitions?queue=Body&sort=ReceivedDesc")]
    [InlineData("/Search?q=%C4%91%E1%BA%A5t")]     // "đất", percent-encoded as PhoiHop's own links are
    public void IsLocal_PathsOfThisSite(string url) => Assert.True(LocalUrl.IsLocal(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("/\u3000/evil.example")]          // an ideographic space: not a header character, the redirect threw
    [InlineData("/\uFF0F/evil.example")]          // a fullwidth solidus
    [InlineData("/Search?q=đất")]                  // not encoded
    [InlineData("/a\tb")]
    public void IsLocal_AnythingElse_IsNot(string? url)
    {
        Assert.False(LocalUrl.IsLocal(url));
        Assert.Equal("/", LocalUrl.OrHome(url));
    }
}
