using PhoiHop.Common;

namespace PhoiHop.Tests.Common;

public sealed class CitizenIdNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static CitizenIdNumber Parse(string input)
    {
        Assert.True(CitizenIdNumber.TryParse(input, Today, out var id, out var error), $"{input}: {error}");
        Assert.Equal(CitizenIdError.None, error);
        return id;
    }

    [Theory]
    [InlineData("001099012345", "001", "Hà Nội", false, 1999)]
    [InlineData("019205123456", "019", "Thái Nguyên", false, 2005)]
    [InlineData("079303000123", "079", "Hồ Chí Minh", true, 2003)]
    [InlineData("096180000001", "096", "Cà Mau", true, 1980)]
    [InlineData("077000999999", "077", "Bà Rịa - Vũng Tàu", false, 1900)]
    [InlineData("046226000000", "046", "Thừa Thiên Huế", false, 2026)]       // born this year
    [InlineData("001326000000", "001", "Hà Nội", true, 2026)]
    public void TryParse_ValidNumber_ReadsProvinceSexAndBirthYear(string input, string province, string provinceName, bool female, int birthYear)
    {
        var id = Parse(input);

        Assert.Equal(province, id.ProvinceCode);
        Assert.Equal(provinceName, id.ProvinceName);
        Assert.Equal(female, id.IsFemale);
        Assert.Equal(birthYear, id.BirthYear);
        Assert.Equal(input, id.ToString());
    }

    [Theory]
    [InlineData("001 099 012 345")]
    [InlineData("  001099012345  ")]
    [InlineData("001.099.012.345")]
    [InlineData("001-099-012345")]
    [InlineData("001\u00A0099\u00A0012\u00A0345")]   // no-break spaces, pasted from a document
    [InlineData("001\u2013099\u2013012345")]         // en dashes
    [InlineData("0 0 1 0 9 9 0 1 2 3 4 5")]
    public void TryParse_TypedWithSeparators_NormalisesToTwelveDigits(string input)
    {
        var id = Parse(input);

        Assert.Equal("001099012345", id.ToString());
        Assert.Equal(Parse("001099012345"), id);
    }

    // Sex and century of birth (Thông tư 07/2016/TT-BCA, carried over by Thông tư 59/2021/TT-BCA): even digits men, odd women; each pair a century.
    [Theory]
    [InlineData('0', false, 1900)]
    [InlineData('1', true, 1900)]
    [InlineData('2', false, 2000)]
    [InlineData('3', true, 2000)]
    public void TryParse_SexAndCenturyDigit_GivesSexAndCentury(char code, bool female, int century)
    {
        var id = Parse($"001{code}00123456");

        Assert.Equal(female, id.IsFemale);
        Assert.Equal(century, id.BirthYear);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" . - ")]
    public void TryParse_Nothing_IsEmpty(string? input)
    {
        var parsed = CitizenIdNumber.TryParse(input, Today, out var id, out var error);

        Assert.False(parsed);
        Assert.Equal(CitizenIdError.Empty, error);
        Assert.Equal("", id.ToString());
    }

    [Theory]
    [InlineData("00109901234")]        // 11 digits
    [InlineData("0010990123456")]      // 13 digits
    [InlineData("012345678")]          // an old 9-digit identity card (CMND)
    [InlineData("00109901234O")]       // letter O for zero
    [InlineData("001099012345a")]
    [InlineData("００１０９９０１２３４５")] // full-width digits
    [InlineData("٠٠١٠٩٩٠١٢٣٤٥")]        // Arabic-Indic digits
    [InlineData("001/099/012345")]
    [InlineData("+001099012345")]
    public void TryParse_NotTwelveAsciiDigits_IsRefused(string input)
    {
        var parsed = CitizenIdNumber.TryParse(input, Today, out _, out var error);

        Assert.False(parsed);
        Assert.Equal(CitizenIdError.NotTwelveDigits, error);
    }

    [Theory]
    [InlineData("000099012345")]
    [InlineData("003099012345")]   // gaps in the table: 003, 005, 007 …
    [InlineData("013099012345")]
    [InlineData("047099012345")]
    [InlineData("097099012345")]   // after Cà Mau (096)
    [InlineData("999099012345")]
    public void TryParse_UnknownProvinceCode_IsRefused(string input)
    {
        var parsed = CitizenIdNumber.TryParse(input, Today, out _, out var error);

        Assert.False(parsed);
        Assert.Equal(CitizenIdError.UnknownProvince, error);
    }

    [Theory]
    [InlineData("001227012345")]   // 2027
    [InlineData("001399012345")]   // 2099
    [InlineData("001400012345")]   // 2100
    [InlineData("001999012345")]   // 2399
    public void TryParse_BirthYearAfterToday_IsRefused(string input)
    {
        var parsed = CitizenIdNumber.TryParse(input, Today, out _, out var error);

        Assert.False(parsed);
        Assert.Equal(CitizenIdError.BirthYearInFuture, error);
    }

    [Fact]
    public void TryParse_BirthYear_IsJudgedAgainstTheGivenDay()
    {
        var before = CitizenIdNumber.TryParse("001227012345", new DateOnly(2026, 12, 31), out _, out var beforeError);
        var after = CitizenIdNumber.TryParse("001227012345", new DateOnly(2027, 1, 1), out _, out _);

        Assert.False(before);
        Assert.Equal(CitizenIdError.BirthYearInFuture, beforeError);
        Assert.True(after);
    }

    [Fact]
    public void ProvinceCodes_AreTheSixtyThreeProvincesBeforeTheMergers()
    {
        var codes = CitizenIdNumber.ProvinceCodes;

        Assert.Equal(63, codes.Count);
        Assert.Equal("Hà Nội", codes["001"]);
        Assert.Equal("Thái Nguyên", codes["019"]);
        Assert.Equal("Hồ Chí Minh", codes["079"]);
        Assert.Equal("Cà Mau", codes["096"]);
        Assert.All(codes.Keys, c => Assert.Matches("^0[0-9]{2}$", c));
    }

    [Fact]
    public void ToMaskedString_ShowsOnlyTheLastFourDigits()
    {
        var id = Parse("001099012345");

        Assert.Equal("••••••••2345", id.ToMaskedString());
    }

    [Fact]
    public void Equality_ComparesTheDigits()
    {
        Assert.Equal(Parse("001 099 012 345"), Parse("001099012345"));
        Assert.NotEqual(Parse("001099012345"), Parse("001099012346"));
        Assert.True(Parse("001099012345") == Parse("001.099.012.345"));
        Assert.NotEqual(default, Parse("001099012345"));
    }

    [Fact]
    public void Default_HasNoDigitsToRead()
    {
        var id = default(CitizenIdNumber);

        Assert.Equal("", id.ToString());
        Assert.Throws<InvalidOperationException>(() => id.ProvinceCode);
    }
}
