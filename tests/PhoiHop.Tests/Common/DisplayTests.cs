using System.Globalization;
using PhoiHop.Common;

namespace PhoiHop.Tests.Common;

public sealed class DisplayTests
{
    [Theory]
    [InlineData(0, "vi-VN", "0 B")]
    [InlineData(37, "vi-VN", "37 B")]
    [InlineData(1536, "vi-VN", "1,5 KB")]
    [InlineData(1536, "en-GB", "1.5 KB")]
    [InlineData(5 * 1024 * 1024 + 300 * 1024, "vi-VN", "5,3 MB")]
    public void FileSize_IsInTheReadersNumberFormat(long bytes, string culture, string expected)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(expected, Display.FileSize(bytes));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
