using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PhoiHop.Infrastructure.Security;

namespace PhoiHop.Tests.Infrastructure.Security;

public sealed class SecurityModuleTests : IDisposable
{
    private readonly TemporaryFolder _contentRoot = new();

    public void Dispose() => _contentRoot.Dispose();

    private ServiceProvider Build(string environment, Dictionary<string, string?>? settings = null) =>
        TestHost.Build(environment, _contentRoot.Path, settings ?? [], s => s.AddPersonalDataProtection());

    [Fact]
    public void AddPersonalDataProtection_DevelopmentWithoutKeys_GeneratesAKeyFileUnderData()
    {
        using var services = Build("Development");

        var cipher = services.GetRequiredService<PersonalDataCipher>();
        var binding = FieldBinding.Row("Petition.SenderName", Guid.CreateVersion7());

        Assert.Equal("Nguyễn Văn An", cipher.Decrypt(cipher.Encrypt("Nguyễn Văn An", binding), binding));
        Assert.True(File.Exists(_contentRoot.Combine("data", DevelopmentProtectionKeys.FileName)));
    }

    [Fact]
    public void AddPersonalDataProtection_DevelopmentRestarted_ReadsWhatTheLastRunWrote()
    {
        var binding = FieldBinding.Row("Petition.SenderName", Guid.CreateVersion7());
        string ciphertext;
        using (var first = Build("Development"))
            ciphertext = first.GetRequiredService<PersonalDataCipher>().Encrypt("Nguyễn Văn An", binding);

        using var second = Build("Development");

        Assert.Equal("Nguyễn Văn An", second.GetRequiredService<PersonalDataCipher>().Decrypt(ciphertext, binding));
    }

    [Fact]
    public void AddPersonalDataProtection_ProductionWithoutKeys_FailsWithTheSettingsToSet()
    {
        using var services = Build("Production");

        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ProtectionOptions>>().Value);

        Assert.Contains("Protection:CurrentKey", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_contentRoot.Combine("data")));
    }

    [Fact]
    public void AddPersonalDataProtection_ConfiguredKeys_AreUsedAndNoFileIsWritten()
    {
        using var services = Build("Development", new()
        {
            ["Protection:CurrentKey"] = "2027a",
            ["Protection:Keys:2026a"] = TestKeys.First,
            ["Protection:Keys:2027a"] = TestKeys.Second,
            ["Protection:IndexKey"] = TestKeys.Index,
        });

        var cipher = services.GetRequiredService<PersonalDataCipher>();

        Assert.Equal("2027a", cipher.CurrentKeyId);
        Assert.Equal(TestKeys.Cipher().BlindIndex(BlindIndexPurpose.Phone, "0912345678"), cipher.BlindIndex(BlindIndexPurpose.Phone, "0912345678"));
        Assert.False(Directory.Exists(_contentRoot.Combine("data")));
    }

    [Fact]
    public void AddPersonalDataProtection_PartlyConfigured_FailsEvenInDevelopment()
    {
        using var services = Build("Development", new() { ["Protection:Keys:k1"] = TestKeys.First });

        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ProtectionOptions>>().Value);

        Assert.Contains("Protection:CurrentKey is not set", e.Message, StringComparison.Ordinal);
    }
}
