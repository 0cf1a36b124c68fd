using PhoiHop.Infrastructure.Security;

namespace PhoiHop.Tests.Infrastructure.Security;

public sealed class DevelopmentProtectionKeysTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void LoadOrCreate_NoFile_CreatesValidKeys()
    {
        var options = DevelopmentProtectionKeys.LoadOrCreate(_folder.Combine("data"));

        Assert.Empty(ProtectionOptionsValidator.Check(options));
        Assert.StartsWith("dev-", options.CurrentKey, StringComparison.Ordinal);
        Assert.True(File.Exists(_folder.Combine("data", DevelopmentProtectionKeys.FileName)));
    }

    [Fact]
    public void LoadOrCreate_Again_ReturnsTheSameKeys()
    {
        var first = DevelopmentProtectionKeys.LoadOrCreate(_folder.Path);

        var second = DevelopmentProtectionKeys.LoadOrCreate(_folder.Path);

        Assert.Equal(first.CurrentKey, second.CurrentKey);
        Assert.Equal(first.Keys, second.Keys);
        Assert.Equal(first.IndexKey, second.IndexKey);
        Assert.Single(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void LoadOrCreate_ManyAtOnce_AllGetTheSameKeys()
    {
        var results = new ProtectionOptions[8];

        Parallel.For(0, results.Length, i => results[i] = DevelopmentProtectionKeys.LoadOrCreate(_folder.Path));

        Assert.All(results, r => Assert.Equal(results[0].IndexKey, r.IndexKey));
        Assert.Single(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void LoadOrCreate_DamagedFile_FailsWithoutReplacingIt()
    {
        var path = Path.Combine(_folder.Path, DevelopmentProtectionKeys.FileName);
        File.WriteAllText(path, "{ not json");

        var e = Assert.Throws<InvalidOperationException>(() => DevelopmentProtectionKeys.LoadOrCreate(_folder.Path));

        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Equal("{ not json", File.ReadAllText(path));
    }

    [Fact]
    public void LoadOrCreate_OnUnix_OnlyTheOwnerCanReadTheFile()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");

        DevelopmentProtectionKeys.LoadOrCreate(_folder.Path);

        var path = Path.Combine(_folder.Path, DevelopmentProtectionKeys.FileName);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }
}
