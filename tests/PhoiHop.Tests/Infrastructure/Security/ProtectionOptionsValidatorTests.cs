using PhoiHop.Infrastructure.Security;

namespace PhoiHop.Tests.Infrastructure.Security;

public sealed class ProtectionOptionsValidatorTests
{
    private static IReadOnlyList<string> Check(ProtectionOptions options) => ProtectionOptionsValidator.Check(options);

    [Fact]
    public void Check_CompleteKeys_Passes()
    {
        var failures = Check(TestKeys.Options("2027a", new() { ["2026a"] = TestKeys.First, ["2027a"] = TestKeys.Second }));

        Assert.Empty(failures);
    }

    [Fact]
    public void Check_NothingConfigured_ExplainsEverySetting()
    {
        var failure = Assert.Single(Check(new ProtectionOptions()));

        Assert.Contains("Protection:Keys:<keyId>", failure, StringComparison.Ordinal);
        Assert.Contains("Protection:CurrentKey", failure, StringComparison.Ordinal);
        Assert.Contains("Protection:IndexKey", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ShortKey_NamesItWithoutPrintingIt()
    {
        var shortKey = Convert.ToBase64String(Enumerable.Range(1, 16).Select(i => (byte)i).ToArray());

        var failures = Check(TestKeys.Options("k1", new() { ["k1"] = shortKey }));

        var failure = Assert.Single(failures);
        Assert.Contains("Protection:Keys:k1", failure, StringComparison.Ordinal);
        Assert.Contains("32 bytes", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(shortKey, failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not base64 at all")]
    [InlineData("")]
    public void Check_KeyThatIsNotBase64_Fails(string key)
    {
        var failures = Check(TestKeys.Options("k1", new() { ["k1"] = key }));

        Assert.Contains(failures, f => f.Contains("Protection:Keys:k1", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_CurrentKeyNotAmongKeys_Fails()
    {
        var failures = Check(TestKeys.Options("2027a", new() { ["2026a"] = TestKeys.First }));

        Assert.Contains(failures, f => f.Contains("Protection:CurrentKey is '2027a'", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_NoCurrentKey_Fails()
    {
        var failures = Check(new ProtectionOptions { Keys = new() { ["k1"] = TestKeys.First }, IndexKey = TestKeys.Index });

        Assert.Contains(failures, f => f.StartsWith("Protection:CurrentKey is not set", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("k:1")]     // ':' separates the parts of a ciphertext
    [InlineData("khóa")]
    [InlineData("a-key-id-longer-than-thirty-two-chars")]
    public void Check_KeyIdThatCannotBeWritten_Fails(string keyId)
    {
        var failures = Check(TestKeys.Options(keyId, new() { [keyId] = TestKeys.First }));

        Assert.Contains(failures, f => f.Contains("key id", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_MissingIndexKey_Fails()
    {
        var options = TestKeys.Options("k1", new() { ["k1"] = TestKeys.First });
        options.IndexKey = null;

        var failure = Assert.Single(Check(options));

        Assert.StartsWith("Protection:IndexKey", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_IndexKeyReusingAnEncryptionKey_Fails()
    {
        var failure = Assert.Single(Check(TestKeys.Options("k1", new() { ["k1"] = TestKeys.First }, TestKeys.First)));

        Assert.Contains("must differ", failure, StringComparison.Ordinal);
    }
}
