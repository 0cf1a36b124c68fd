using PhoiHop.Common;

namespace PhoiHop.Tests.Common;

public sealed class TextInputTests
{
    [Fact]
    public void Clean_DecomposedVietnamese_ReturnsNfc()
    {
        var decomposed = "hoa\u0300";

        var clean = TextInput.Clean(decomposed);

        Assert.Equal("ho\u00e0", clean);
    }
}
