using PhoiHop.Features.Account;

namespace PhoiHop.Tests.Features.Account;

public sealed class LoginModelTests
{
    [Theory]
    [InlineData("/Regulations", "/Regulations")]
    [InlineData("/Regulations?term=2021-2026", "/Regulations?term=2021-2026")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("Regulations", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]        // protocol-relative: another host
    [InlineData("/\\evil.example/", "/")]       // browsers read /\ as //
    public void SafeReturnUrl_AnyInput_StaysOnThisSite(string? returnUrl, string expected)
    {
        var target = LoginModel.SafeReturnUrl(returnUrl);

        Assert.Equal(expected, target);
    }
}
