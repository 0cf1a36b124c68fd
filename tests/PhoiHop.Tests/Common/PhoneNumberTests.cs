using PhoiHop.Common;

namespace PhoiHop.Tests.Common;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("0912345678", "0912345678")]
    [InlineData("091 234 5678", "0912345678")]
    [InlineData("0912.345.678", "0912345678")]
    [InlineData("0912-345-678", "0912345678")]
    [InlineData("+84912345678", "0912345678")]
    [InlineData("+84 912 345 678", "0912345678")]
    [InlineData("84912345678", "0912345678")]
    [InlineData("0084 912 345 678", "0912345678")]
    [InlineData("+84 (0) 912 345 678", "0912345678")]
    [InlineData("+840912345678", "0912345678")]
    [InlineData("  0912345678  ", "0912345678")]
    [InlineData("0321234567", "0321234567")]   // Viettel, formerly 0162
    [InlineData("0561234567", "0561234567")]   // Vietnamobile
    [InlineData("0701234567", "0701234567")]   // MobiFone, formerly 0120
    [InlineData("0811234567", "0811234567")]   // VinaPhone, formerly 0127
    [InlineData("0861234567", "0861234567")]
    [InlineData("0991234567", "0991234567")]
    public void TryParse_MobileNumber_GivesTheNationalForm(string input, string expected)
    {
        var parsed = PhoneNumber.TryParse(input, out var phone, out var error);

        Assert.True(parsed, $"{input}: {error}");
        Assert.Equal(PhoneNumberError.None, error);
        Assert.Equal(expected, phone.ToString());
        Assert.Equal(PhoneNumberKind.Mobile, phone.Kind);
        Assert.True(phone.IsMobile);
    }

    [Theory]
    [InlineData("(024) 3825 1234", "02438251234")]     // Hà Nội
    [InlineData("028 3829 1234", "02838291234")]       // Hồ Chí Minh
    [InlineData("+84 24 3825 1234", "02438251234")]
    [InlineData("0208 3855 123", "02083855123")]       // Thái Nguyên
    [InlineData("0208385512", "0208385512")]           // 10 digits
    public void TryParse_Landline_GivesTheNationalForm(string input, string expected)
    {
        var parsed = PhoneNumber.TryParse(input, out var phone, out var error);

        Assert.True(parsed, $"{input}: {error}");
        Assert.Equal(expected, phone.ToString());
        Assert.Equal(PhoneNumberKind.Landline, phone.Kind);
        Assert.False(phone.IsMobile);
    }

    [Theory]
    [InlineData(null, PhoneNumberError.Empty)]
    [InlineData("", PhoneNumberError.Empty)]
    [InlineData("   ", PhoneNumberError.Empty)]
    [InlineData("( ) - .", PhoneNumberError.Empty)]
    [InlineData("0912 345 abc", PhoneNumberError.InvalidCharacters)]
    [InlineData("0912345678 (nhà)", PhoneNumberError.InvalidCharacters)]
    [InlineData("0912/345/678", PhoneNumberError.InvalidCharacters)]
    [InlineData("09+12345678", PhoneNumberError.InvalidCharacters)]
    [InlineData("０９１２３４５６７８", PhoneNumberError.InvalidCharacters)]  // full-width digits
    [InlineData("+1 202 555 0143", PhoneNumberError.NotVietnamese)]
    [InlineData("+33 1 23 45 67 89", PhoneNumberError.NotVietnamese)]
    [InlineData("0086 10 1234 5678", PhoneNumberError.NotVietnamese)]
    [InlineData("01681234567", PhoneNumberError.ObsoleteMobileNumber)]
    [InlineData("+84 168 123 4567", PhoneNumberError.ObsoleteMobileNumber)]
    [InlineData("0123456789", PhoneNumberError.NotAPhoneNumber)]    // 01 with 10 digits
    [InlineData("091234567", PhoneNumberError.NotAPhoneNumber)]     // 9 digits
    [InlineData("09123456789", PhoneNumberError.NotAPhoneNumber)]   // 11-digit mobile
    [InlineData("912345678", PhoneNumberError.NotAPhoneNumber)]     // the leading 0 left out
    [InlineData("0412345678", PhoneNumberError.NotAPhoneNumber)]    // no 04 prefix
    [InlineData("0612345678", PhoneNumberError.NotAPhoneNumber)]
    [InlineData("024123456", PhoneNumberError.NotAPhoneNumber)]     // landline too short
    [InlineData("024123456789", PhoneNumberError.NotAPhoneNumber)]  // landline too long
    [InlineData("1900 1234", PhoneNumberError.NotAPhoneNumber)]     // service numbers
    [InlineData("1800 599 920", PhoneNumberError.NotAPhoneNumber)]
    [InlineData("113", PhoneNumberError.NotAPhoneNumber)]
    [InlineData("+84", PhoneNumberError.NotAPhoneNumber)]
    [InlineData("0", PhoneNumberError.NotAPhoneNumber)]
    [InlineData("0912345678912345678", PhoneNumberError.NotAPhoneNumber)]
    public void TryParse_NotAVietnamesePhoneNumber_SaysWhy(string? input, PhoneNumberError expected)
    {
        var parsed = PhoneNumber.TryParse(input, out var phone, out var error);

        Assert.False(parsed);
        Assert.Equal(expected, error);
        Assert.Equal("", phone.ToString());
    }

    [Theory]
    [InlineData("0912345678", "+84912345678")]
    [InlineData("(024) 3825 1234", "+842438251234")]
    public void ToInternational_GivesE164(string input, string expected)
    {
        Assert.True(PhoneNumber.TryParse(input, out var phone, out _));

        Assert.Equal(expected, phone.ToInternational());
    }

    [Fact]
    public void Equality_ComparesTheNationalForm()
    {
        Assert.True(PhoneNumber.TryParse("+84 912 345 678", out var a, out _));
        Assert.True(PhoneNumber.TryParse("0912.345.678", out var b, out _));

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }
}
