using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PhoiHop.Infrastructure.Files;

namespace PhoiHop.Tests.Infrastructure.Files;

public sealed class FilesModuleTests : IDisposable
{
    private readonly TemporaryFolder _contentRoot = new();

    public void Dispose() => _contentRoot.Dispose();

    private ServiceProvider Build(Dictionary<string, string?>? settings = null) =>
        TestHost.Build("Production", _contentRoot.Path, settings ?? [], s => s.AddAttachmentFiles());

    [Fact]
    public void AddAttachmentFiles_NoRootConfigured_StoresUnderTheDataFolder()
    {
        using var services = Build();

        var store = services.GetRequiredService<FileStore>();

        Assert.Equal(_contentRoot.Combine("data", "files"), store.Root);
    }

    [Fact]
    public void AddAttachmentFiles_RelativeRoot_StartsFromTheContentRoot()
    {
        using var services = Build(new() { ["Files:Root"] = "../attachments" });

        var store = services.GetRequiredService<FileStore>();

        Assert.Equal(Path.GetFullPath(Path.Combine(_contentRoot.Path, "..", "attachments")), store.Root);
    }

    [Theory]
    [InlineData("wwwroot")]
    [InlineData("wwwroot/uploads")]
    public void AddAttachmentFiles_RootInsideTheWebRoot_FailsAtStart(string root)
    {
        using var services = Build(new() { ["Files:Root"] = root });

        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<FileStoreOptions>>().Value);

        Assert.Contains("Files:Root", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAttachmentFiles_RootBesideTheWebRoot_IsAllowed()
    {
        using var services = Build(new() { ["Files:Root"] = "wwwroot-files" });

        var store = services.GetRequiredService<FileStore>();

        Assert.Equal(_contentRoot.Combine("wwwroot-files"), store.Root);
    }

    [Fact]
    public void AddAttachmentFiles_LimitOutOfRange_FailsAtStart()
    {
        using var services = Build(new() { ["Attachments:MaxPdfMegabytes"] = "0" });

        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AttachmentOptions>>().Value);

        Assert.Contains("MaxPdfMegabytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAttachmentFiles_ConfiguredLimits_AreUsed()
    {
        using var services = Build(new() { ["Attachments:MaxImageMegabytes"] = "5", ["Attachments:MaxLetterMegabytes"] = "30" });

        var options = services.GetRequiredService<IOptions<AttachmentOptions>>().Value;

        Assert.Equal(5 * 1024 * 1024, options.MaxBytes(AttachmentType.Png));
        Assert.Equal(20 * 1024 * 1024, options.MaxBytes(AttachmentType.Pdf));
        Assert.Equal(30 * 1024 * 1024, options.MaxLetterBytes);
    }
}
