using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using PhoiHop.Infrastructure.Files;

namespace PhoiHop.Tests.Infrastructure.Files;

public sealed class FileStoreTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly FileStore _store;

    public FileStoreTests() => _store = new FileStore(Options.Create(new FileStoreOptions { Root = _folder.Combine("files") }));

    public void Dispose() => _folder.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static byte[] RandomBytes(int length) => RandomNumberGenerator.GetBytes(length);

    private async Task<StoredFile> SaveAsync(byte[] content, long maxBytes = long.MaxValue)
    {
        using var stream = new MemoryStream(content);
        return await _store.SaveAsync(stream, maxBytes, Ct);
    }

    [Fact]
    public async Task SaveAsync_ThenOpenRead_GivesBackTheSameBytes()
    {
        var content = RandomBytes(200_000);

        var stored = await SaveAsync(content);
        await using var read = _store.OpenRead(stored.Hash);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy, Ct);

        Assert.Equal(content, copy.ToArray());
        Assert.Equal(content.Length, stored.Length);
    }

    [Fact]
    public async Task SaveAsync_File_IsNamedByItsSha256InTwoLevelsOfFolders()
    {
        var content = "%PDF-1.7 đơn tố cáo"u8.ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));

        var stored = await SaveAsync(content);

        Assert.Equal(hash, stored.Hash);
        Assert.True(File.Exists(_folder.Combine("files", hash[..2], hash[2..4], hash)));
        Assert.True(_store.Exists(hash));
        Assert.Equal(content.Length, _store.GetLength(hash));
    }

    [Fact]
    public async Task SaveAsync_SameContentTwice_StoresOneFile()
    {
        var content = RandomBytes(10_000);

        var first = await SaveAsync(content);
        var second = await SaveAsync(content);

        Assert.Equal(first, second);
        Assert.Single(Directory.GetFiles(_folder.Combine("files"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task SaveAsync_SameContentAtOnce_StoresOneWholeFile()
    {
        var content = RandomBytes(300_000);

        var stored = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => SaveAsync(content), Ct)));

        Assert.All(stored, s => Assert.Equal(stored[0], s));
        Assert.Equal(content, await File.ReadAllBytesAsync(Directory.GetFiles(_folder.Combine("files"), stored[0].Hash, SearchOption.AllDirectories).Single(), Ct));
        Assert.Empty(Directory.GetFiles(_folder.Combine("files", "tmp")));
    }

    [Fact]
    public async Task SaveAsync_ForwardOnlyStream_IsReadOnceToTheEnd()
    {
        var content = RandomBytes(1_000_000);
        using var stream = new ForwardOnlyStream(content);

        var stored = await _store.SaveAsync(stream, ct: Ct);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), stored.Hash);
        Assert.Equal(content.Length, stored.Length);
    }

    [Fact]
    public async Task SaveAsync_LongerThanAllowed_StopsReadingAndStoresNothing()
    {
        const int limit = 100_000;
        var stream = new TripwireStream([], length: 10_000_000, readableBytes: limit + 1, canSeek: false);

        await Assert.ThrowsAsync<InvalidDataException>(() => _store.SaveAsync(stream, limit, Ct));

        Assert.Equal(limit + 1, stream.MostRead);
        Assert.Empty(Directory.GetFiles(_folder.Combine("files"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task SaveAsync_ExactlyTheLimit_IsStored()
    {
        var stored = await SaveAsync(RandomBytes(1000), maxBytes: 1000);

        Assert.Equal(1000, stored.Length);
    }

    [Fact]
    public async Task SaveAsync_DamagedCopyInTheStore_IsReplaced()
    {
        var content = RandomBytes(5000);
        var stored = await SaveAsync(content);
        var path = Directory.GetFiles(_folder.Combine("files"), stored.Hash, SearchOption.AllDirectories).Single();
        await File.WriteAllBytesAsync(path, content[..100], Ct);

        await SaveAsync(content);

        Assert.Equal(content, await File.ReadAllBytesAsync(path, Ct));
    }

    [Fact]
    public async Task SaveAsync_OnUnix_OnlyTheOwnerCanReadTheFile()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes");

        var stored = await SaveAsync(RandomBytes(10));

        var path = Directory.GetFiles(_folder.Combine("files"), stored.Hash, SearchOption.AllDirectories).Single();
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("..")]
    [InlineData("")]
    [InlineData("ab/cd/0000000000000000000000000000000000000000000000000000000000")]
    [InlineData("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")]   // uppercase
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85")]    // 63 digits
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8555")]  // 65 digits
    [InlineData("g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]   // not hex
    [InlineData("/e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85")]
    public void OpenRead_NotAHash_IsRefusedBeforeTouchingTheDisk(string hash)
    {
        Assert.False(FileStore.IsValidHash(hash));
        Assert.Throws<ArgumentException>(() => _store.OpenRead(hash));
        Assert.Throws<ArgumentException>(() => _store.Exists(hash));
        Assert.Throws<ArgumentException>(() => _store.GetLength(hash));
    }

    [Fact]
    public void OpenRead_UnknownHash_IsNotFound()
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData("never stored"u8));

        Assert.True(FileStore.IsValidHash(hash));
        Assert.False(_store.Exists(hash));
        Assert.Null(_store.GetLength(hash));
        Assert.Throws<FileNotFoundException>(() => _store.OpenRead(hash));
    }
}
