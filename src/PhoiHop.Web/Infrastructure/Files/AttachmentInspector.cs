using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Options;
using PhoiHop.Common;

namespace PhoiHop.Infrastructure.Files;

/// <summary>
/// Decides whether an uploaded file may join a letter, from its bytes and never from its name or the browser's
/// content type: PDF, Word (.docx), JPEG, PNG or WebP, within the size limits, and nothing that runs code when an
/// officer opens it (executables, HTML, SVG, macros, embedded objects). Reads at most the file itself; a Word file
/// is checked through its ZIP directory without unpacking anything but its small content-type list.
/// </summary>
public sealed class AttachmentInspector(IOptions<AttachmentOptions> options)
{
    private const int HeaderBytes = 64;
    private const int MaxContentTypesBytes = 1024 * 1024;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] PdfEncryptKey = "/Encrypt"u8.ToArray();

    private readonly AttachmentOptions _options = options.Value;

    /// <summary>
    /// Inspects <paramref name="content"/> from its start. The stream must be seekable (an <c>IFormFile</c> stream or a
    /// file): its length is checked before anything is read, and it is left at position 0 so the caller can store it.
    /// </summary>
    public async Task<AttachmentInspection> InspectAsync(Stream content, string? fileName, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek || !content.CanRead)
            throw new ArgumentException("Inspect a readable, seekable stream: buffer the upload first (IFormFile streams are).", nameof(content));

        try
        {
            var length = content.Length;
            if (length == 0)
                return AttachmentErrors.Empty;
            if (length > _options.MaxFileBytes)
                return AttachmentErrors.TooLarge;

            content.Position = 0;
            var header = new byte[(int)Math.Min(HeaderBytes, length)];
            await content.ReadExactlyAsync(header, ct);

            var (type, error) = Sniff(header);
            if (error is not null)
                return error;
            if (length > _options.MaxBytes(type!.Value))
                return AttachmentErrors.TooLarge;

            error = type switch
            {
                AttachmentType.Pdf => await CheckPdfAsync(content, ct),
                AttachmentType.Docx => await CheckDocxAsync(content, ct),
                _ => null,
            };
            return error ?? AttachmentInspection.Accepted(new InspectedAttachment(type.Value, AttachmentFileName.ForDisplay(fileName, type.Value), length));
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>Whether one more file of <paramref name="length"/> bytes fits the letter that already holds <paramref name="existingLengths"/>.</summary>
    public Result CheckLetter(IReadOnlyCollection<long> existingLengths, long length)
    {
        if (existingLengths.Count + 1 > _options.MaxFilesPerLetter)
            return AttachmentErrors.TooManyFiles;
        if (existingLengths.Sum() + length > _options.MaxLetterBytes)
            return AttachmentErrors.LetterTooLarge;
        return Result.Ok;
    }

    private static (AttachmentType? Type, DomainError? Error) Sniff(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(PdfMagic))
            return (AttachmentType.Pdf, null);
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
            return (AttachmentType.Jpeg, null);
        if (header.StartsWith(PngMagic))
            return (AttachmentType.Png, null);
        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
            return (AttachmentType.WebP, null);
        if (header.StartsWith(ZipMagic))
            return (AttachmentType.Docx, null);
        if (header.StartsWith(CompoundFileMagic))
            return (null, AttachmentErrors.LegacyOrProtectedOffice);
        if (IsHeif(header))
            return (null, AttachmentErrors.HeicPhoto);
        if (IsExecutable(header))
            return (null, AttachmentErrors.Executable);
        if (IsMarkup(header))
            return (null, AttachmentErrors.ActiveContent);
        return (null, AttachmentErrors.UnsupportedType);
    }

    // ISO base media file: "ftyp" at offset 4, then a HEIF brand.
    private static bool IsHeif(ReadOnlySpan<byte> header)
    {
        if (header.Length < 12 || !header[4..8].SequenceEqual("ftyp"u8))
            return false;
        var brand = Encoding.ASCII.GetString(header[8..12]);
        return brand is "heic" or "heix" or "hevc" or "hevx" or "heim" or "heis" or "mif1" or "msf1";
    }

    private static bool IsExecutable(ReadOnlySpan<byte> header) =>
        header.StartsWith("MZ"u8)                                    // Windows PE (.exe, .dll, .scr)
        || header.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46]) // ELF
        || header.StartsWith((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE]) // Mach-O 64-bit
        || header.StartsWith((ReadOnlySpan<byte>)[0xCE, 0xFA, 0xED, 0xFE]) // Mach-O 32-bit
        || header.StartsWith((ReadOnlySpan<byte>)[0xCA, 0xFE, 0xBA, 0xBE]) // Mach-O universal
        || header.StartsWith("#!"u8);                                  // script with an interpreter line

    // HTML, SVG, XML and friends start with "<" once a byte-order mark and blank space are skipped (in UTF-16 too).
    private static bool IsMarkup(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            header = header[3..];
        var step = 1;
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || header.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var bigEndian = header[0] == 0xFE;
            header = header[(bigEndian ? 3 : 2)..];
            step = 2;
        }
        for (var i = 0; i < header.Length; i += step)
        {
            var b = header[i];
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0x0C)
                continue;
            return b == (byte)'<';
        }
        return false;
    }

    // An encrypted PDF names its encryption dictionary in every trailer (or cross-reference stream dictionary), which
    // are never compressed: "/Encrypt" followed by a delimiter, not a longer name.
    private static async Task<DomainError?> CheckPdfAsync(Stream content, CancellationToken ct)
    {
        content.Position = 0;
        var buffer = new byte[81920];
        var carried = 0;
        int read;
        while ((read = await content.ReadAsync(buffer.AsMemory(carried), ct)) > 0)
        {
            var window = buffer.AsSpan(0, carried + read);
            var from = 0;
            int at;
            while ((at = window[from..].IndexOf(PdfEncryptKey)) >= 0)
            {
                var end = from + at + PdfEncryptKey.Length;
                if (end == window.Length)
                    break; // the next byte is in the next chunk: look again then
                if (!char.IsAsciiLetterOrDigit((char)window[end]))
                    return AttachmentErrors.Encrypted;
                from = end;
            }
            carried = Math.Min(window.Length, PdfEncryptKey.Length);
            window[^carried..].CopyTo(buffer);
        }
        return null;
    }

    private async Task<DomainError?> CheckDocxAsync(Stream content, CancellationToken ct)
    {
        // The entry count, from the end-of-central-directory record, before ZipArchive reads every entry into memory.
        var count = await ReadZipEntryCountAsync(content, ct);
        if (count is null)
            return AttachmentErrors.Damaged;
        if (count > _options.MaxDocxEntries)
            return AttachmentErrors.ArchiveTooComplex;

        content.Position = 0;
        try
        {
            await using var zip = await ZipArchive.CreateAsync(content, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, ct);
            if (zip.Entries.Count > _options.MaxDocxEntries)
                return AttachmentErrors.ArchiveTooComplex;

            long unpacked = 0;
            ZipArchiveEntry? contentTypes = null;
            var hasDocument = false;
            foreach (var entry in zip.Entries)
            {
                var name = entry.FullName;
                if (name.Contains("..", StringComparison.Ordinal) || name.StartsWith('/') || name.StartsWith('\\') || name.Contains(':', StringComparison.Ordinal))
                    return AttachmentErrors.Damaged;
                if (entry.IsEncrypted)
                    return AttachmentErrors.Encrypted;
                unpacked += entry.Length;
                if (entry.Length > _options.MaxDocxUnpackedBytes || unpacked > _options.MaxDocxUnpackedBytes)
                    return AttachmentErrors.ArchiveTooComplex;
                if (IsActivePart(name))
                    return AttachmentErrors.MacroEnabled;
                if (name == "[Content_Types].xml")
                    contentTypes = entry;
                else if (name == "word/document.xml")
                    hasDocument = true;
            }
            if (contentTypes is null || !hasDocument)
                return AttachmentErrors.UnsupportedType;

            var types = await ReadCappedAsync(contentTypes, MaxContentTypesBytes, ct);
            if (types is null)
                return AttachmentErrors.ArchiveTooComplex;
            if (types.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || types.Contains("vbaProject", StringComparison.OrdinalIgnoreCase))
                return AttachmentErrors.MacroEnabled;
            // A template (.dotx) or another Office file with a stray word/document.xml is not a letter.
            if (!types.Contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", StringComparison.OrdinalIgnoreCase))
                return AttachmentErrors.UnsupportedType;
            return null;
        }
        catch (InvalidDataException)
        {
            return AttachmentErrors.Damaged;
        }
    }

    // Macros (vbaProject.bin, also in .docx-named .docm files), ActiveX controls, and embedded OLE objects (the
    // packager object and the old equation editor have both been used to run code from a Word file).
    private static bool IsActivePart(string name) =>
        name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("vbaData.xml", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("word/activeX/", StringComparison.OrdinalIgnoreCase)
        || (name.StartsWith("word/embeddings/", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".bin", StringComparison.OrdinalIgnoreCase));

    /// <summary>The entry's text, or null when it unpacks to more than <paramref name="maxBytes"/> whatever it declares.</summary>
    private static async Task<string?> ReadCappedAsync(ZipArchiveEntry entry, int maxBytes, CancellationToken ct)
    {
        await using var stream = await entry.OpenAsync(ct);
        var buffer = new byte[maxBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), ct)) > 0)
            total += read;
        return total > maxBytes ? null : Encoding.UTF8.GetString(buffer, 0, total);
    }

    /// <summary>The "total entries" of the end-of-central-directory record, or null when there is none (not a whole ZIP).</summary>
    private static async Task<int?> ReadZipEntryCountAsync(Stream content, CancellationToken ct)
    {
        const int recordBytes = 22;
        const int maxCommentBytes = 0xFFFF;
        var tailLength = (int)Math.Min(content.Length, recordBytes + maxCommentBytes);
        var tail = new byte[tailLength];
        content.Position = content.Length - tailLength;
        await content.ReadExactlyAsync(tail, ct);

        for (var i = tailLength - recordBytes; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) != 0x06054B50)
                continue;
            var entries = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(i + 10));
            // 0xFFFF means ZIP64: the real count is elsewhere, and no letter needs that many parts.
            return entries == 0xFFFF ? int.MaxValue : entries;
        }
        return null;
    }
}
