using PhoiHop.Features.Organizations;

namespace PhoiHop.Tests.Features.Organizations;

public sealed class AdministrativeUnitImporterTests
{
    // Level names of the official lists (Decision 124/2004/QĐ-TTg codes, 2025 two-tier reform) and their English forms.
    [Theory]
    [InlineData("Tỉnh", AdministrativeLevel.Province)]
    [InlineData("TỈNH", AdministrativeLevel.Province)]
    [InlineData("Thành phố trực thuộc trung ương", AdministrativeLevel.Province)]
    [InlineData("Huyện", AdministrativeLevel.District)]
    [InlineData("Thị xã", AdministrativeLevel.District)]
    [InlineData("Xã", AdministrativeLevel.Commune)]
    [InlineData(" Phường ", AdministrativeLevel.Commune)]
    [InlineData("Đặc khu", AdministrativeLevel.Commune)]
    [InlineData("Thị trấn", AdministrativeLevel.Commune)]
    [InlineData("Tổ dân phố", AdministrativeLevel.ResidentialArea)]
    [InlineData("commune", AdministrativeLevel.Commune)]
    [InlineData("3", AdministrativeLevel.Commune)]
    public void ParseLevel_KnownName_ReturnsLevel(string name, AdministrativeLevel expected)
    {
        var level = AdministrativeUnitImporter.ParseLevel(name);

        Assert.Equal(expected, level);
    }

    [Theory]
    [InlineData("Làng")]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("Province;")]
    public void ParseLevel_UnknownName_ReturnsNull(string name)
    {
        var level = AdministrativeUnitImporter.ParseLevel(name);

        Assert.Null(level);
    }
}
