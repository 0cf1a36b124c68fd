using PhoiHop.Features.Documents;

namespace PhoiHop.Tests.Features.Documents;

public sealed class DocumentDateTests
{
    // A day below 10 and the months of January and February get a leading zero (Nghị định 30/2020/NĐ-CP, Phụ lục I,
    // "Địa danh và thời gian ban hành văn bản").
    [Theory]
    [InlineData(2026, 2, 5, "ngày 05 tháng 02 năm 2026")]
    [InlineData(2026, 1, 9, "ngày 09 tháng 01 năm 2026")]
    [InlineData(2026, 1, 31, "ngày 31 tháng 01 năm 2026")]
    [InlineData(2026, 3, 1, "ngày 01 tháng 3 năm 2026")]
    [InlineData(2026, 9, 10, "ngày 10 tháng 9 năm 2026")]
    [InlineData(2026, 11, 27, "ngày 27 tháng 11 năm 2026")]
    [InlineData(2027, 12, 31, "ngày 31 tháng 12 năm 2027")]
    public void Written_Date_PadsDaysBelowTenAndJanuaryAndFebruary(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, DocumentDate.Written(new DateOnly(year, month, day)));
    }

    [Fact]
    public void PlaceAndDate_PlaceName_PrecedesTheDateWithAComma()
    {
        Assert.Equal("Thái Nguyên, ngày 27 tháng 11 năm 2026", DocumentDate.PlaceAndDate(" Thái Nguyên ", new DateOnly(2026, 11, 27)));
    }

    [Fact]
    public void Numeric_Date_IsDayMonthYear()
    {
        Assert.Equal("05/02/2026", DocumentDate.Numeric(new DateOnly(2026, 2, 5)));
    }

    [Fact]
    public void PlaceAndDate_NoPlace_Throws()
    {
        Assert.Throws<ArgumentException>(() => DocumentDate.PlaceAndDate(" ", new DateOnly(2026, 2, 5)));
    }
}
