using PhoiHop.Features.Petitions;

namespace PhoiHop.Tests.Features.Petitions;

public sealed class TrackingCodesTests
{
    [Fact]
    public void New_HasTheFormatAndIsRandom()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => TrackingCodes.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^PH-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("PH-7K3M-9QX2", "PH-7K3M-9QX2")]
    [InlineData("ph 7k3m 9qx2", "PH-7K3M-9QX2")]
    [InlineData("7K3M9QX2", "PH-7K3M-9QX2")]
    [InlineData("PH-7K3M-OQXI", "PH-7K3M-0QX1")]
    [InlineData("PH-7K3M-9QX", null)]
    [InlineData("PH-7K3M-9QXU", null)]
    [InlineData("'; DROP TABLE", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Normalize_ReadsCodesAsPeopleTypeThem(string? input, string? expected) =>
        Assert.Equal(expected, TrackingCodes.Normalize(input));
}
