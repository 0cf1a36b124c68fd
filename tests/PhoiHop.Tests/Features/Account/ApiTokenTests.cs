using PhoiHop.Features.Account;

namespace PhoiHop.Tests.Features.Account;

public sealed class ApiTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Issue_NewToken_StoresOnlyTheHashOfTheSecret()
    {
        var user = Guid.CreateVersion7();

        var (token, secret) = ApiToken.Issue(user, "stamp", "  Cổng dịch vụ công  ", Now, null);

        Assert.Matches("^ph_[A-Za-z0-9_-]{43}$", secret);
        Assert.Equal(ApiToken.HashOf(secret), token.TokenHash);
        Assert.DoesNotContain(secret, token.TokenHash, StringComparison.Ordinal);
        Assert.Equal(secret[..10], token.Hint);
        Assert.Equal("Cổng dịch vụ công", token.Name);
        Assert.Equal(user, token.UserId);
    }

    [Fact]
    public void Issue_TwoTokens_HaveDifferentSecrets()
    {
        var user = Guid.CreateVersion7();

        var (_, first) = ApiToken.Issue(user, "stamp", "a", Now, null);
        var (_, second) = ApiToken.Issue(user, "stamp", "a", Now, null);

        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]   // expiry is exclusive
    [InlineData(1, false)]
    public void IsActive_AroundExpiry_IsActiveOnlyBefore(int minutesAfterExpiry, bool active)
    {
        var (token, _) = ApiToken.Issue(Guid.CreateVersion7(), "stamp", "a", Now, Now.AddDays(30));

        var isActive = token.IsActive(Now.AddDays(30).AddMinutes(minutesAfterExpiry));

        Assert.Equal(active, isActive);
    }

    [Fact]
    public void Revoke_Twice_KeepsTheFirstRevocationAndDeactivates()
    {
        var (token, _) = ApiToken.Issue(Guid.CreateVersion7(), "stamp", "a", Now, null);

        token.Revoke(Now.AddHours(1));
        token.Revoke(Now.AddHours(2));

        Assert.Equal(Now.AddHours(1), token.RevokedAt);
        Assert.False(token.IsActive(Now.AddHours(3)));
    }

    [Fact]
    public void MatchesStamp_AfterTheUsersStampChanged_IsFalse()
    {
        var (token, _) = ApiToken.Issue(Guid.CreateVersion7(), "stamp-before", "a", Now, null);

        Assert.True(token.MatchesStamp("stamp-before"));
        Assert.False(token.MatchesStamp("stamp-after"));
        Assert.False(token.MatchesStamp(null));
    }
}
