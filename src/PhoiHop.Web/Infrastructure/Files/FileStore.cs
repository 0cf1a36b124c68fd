using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace PhoiHop.Infrastructure.Files;

/// <summary>
/// Content-addressed storage of attachments: a file is named by the SHA-256 of its bytes and kept at
/// <c>&lt;root&gt;/ab/cd/abcd…</c>, so the same scan attached twice is stored once, a stored file never changes, and
/// no name a user typed ever reaches the file system. Writes go to a temporary file in the same folder tree,
/// hashed while copied, then moved into place in one step: a reader never sees half a file.
/// </summary>
public sealed class FileStore(IOptions<FileStoreOptions> options)
{
    private const int HashHexLength = 64;
    private const int BufferBytes = 81920;

    private readonly string _root = Path.GetFullPath(options.Value.Root
        ?? throw new InvalidOperationException("Files:Root is not set; AddAttachmentFiles sets its default."));

    public string Root => _root;

    /// <summary>Whether <paramref name="hash"/> is 64 lowercase hex digits, the only names the store hands out or accepts.</summary>
    public static bool IsValidHash(string? hash) =>
        hash is { Length: HashHexLength } && hash.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    /// <summary>
    /// Stores <paramref name="content"/> from its current position to its end, reading it once. Saving the same bytes
    /// again returns the same <see cref="StoredFile"/> and writes nothing new.
    /// </summary>
    /// <exception cref="InvalidDataException">The content is longer than <paramref name="maxBytes"/>; nothing beyond that was read, nothing is stored.</exception>
    public async Task<StoredFile> SaveAsync(Stream content, long maxBytes = long.MaxValue, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var temporary = Path.Combine(CreateFolder(Path.Combine(_root, "tmp")), Guid.NewGuid().ToString("N") + ".part");
        try
        {
            long length = 0;
            string hash;
            using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                await using (var target = new FileStream(temporary, WriteOptions()))
                {
                    var buffer = new byte[BufferBytes];
                    int read;
                    // Never ask for more than one byte past the limit: a too-long upload is refused, not read through.
                    while ((read = await content.ReadAsync(buffer.AsMemory(0, maxBytes - length < buffer.Length ? (int)(maxBytes - length) + 1 : buffer.Length), ct)) > 0)
                    {
                        length += read;
                        if (length > maxBytes)
                            throw new InvalidDataException($"The file is longer than the {maxBytes} bytes allowed.");
                        sha.AppendData(buffer, 0, read);
                        await target.WriteAsync(buffer.AsMemory(0, read), ct);
                    }
                    await target.FlushAsync(ct);
                    target.Flush(flushToDisk: true);
                }
                hash = Convert.ToHexStringLower(sha.GetHashAndReset());
            }

            var path = PathOf(hash);
            CreateFolder(Path.GetDirectoryName(path)!);
            if (File.Exists(path) && new FileInfo(path).Length == length)
                return new StoredFile(hash, length);
            try
            {
                // A stored file of another length is damaged: the verified new copy replaces it.
                File.Move(temporary, path, overwrite: File.Exists(path));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another request stored the same bytes at the same moment.
            }
            return new StoredFile(hash, length);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <exception cref="ArgumentException"><paramref name="hash"/> is not a store hash.</exception>
    /// <exception cref="FileNotFoundException">No file has this hash.</exception>
    public Stream OpenRead(string hash)
    {
        var path = PathOf(hash);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferBytes, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new FileNotFoundException($"No stored file {hash}.", path, e);
        }
    }

    public bool Exists(string hash) => File.Exists(PathOf(hash));

    /// <summary>The size in bytes of the stored file, or null when there is none.</summary>
    public long? GetLength(string hash)
    {
        var file = new FileInfo(PathOf(hash));
        return file.Exists ? file.Length : null;
    }

    private string PathOf(string hash)
    {
        if (!IsValidHash(hash))
            throw new ArgumentException("Not a file store hash (64 lowercase hex digits).", nameof(hash));
        return Path.Combine(_root, hash[..2], hash[2..4], hash);
    }

    private static string CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(path);
        else
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    private static FileStreamOptions WriteOptions()
    {
        var o = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = BufferBytes,
            Options = FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
            o.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return o;
    }
}
