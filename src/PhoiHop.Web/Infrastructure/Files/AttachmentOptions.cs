using System.ComponentModel.DataAnnotations;

namespace PhoiHop.Infrastructure.Files;

/// <summary>Size limits for what a citizen or an officer may attach to one letter. 1 MB = 1,048,576 bytes.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";
    private const long Megabyte = 1024 * 1024;

    [Range(1, 500)]
    public int MaxPdfMegabytes { get; set; } = 20;

    [Range(1, 500)]
    public int MaxDocxMegabytes { get; set; } = 20;

    /// <summary>JPEG, PNG and WebP: a phone photo of a page is 2–8 MB.</summary>
    [Range(1, 500)]
    public int MaxImageMegabytes { get; set; } = 15;

    /// <summary>All the attachments of one letter together.</summary>
    [Range(1, 2000)]
    public int MaxLetterMegabytes { get; set; } = 50;

    [Range(1, 200)]
    public int MaxFilesPerLetter { get; set; } = 20;

    /// <summary>A Word file is a ZIP: more parts than this is not a letter (Word writes 10–100).</summary>
    [Range(10, 100_000)]
    public int MaxDocxEntries { get; set; } = 1000;

    /// <summary>The sum of the sizes the ZIP declares once unpacked, so that nothing that opens it later unpacks a bomb.</summary>
    [Range(1, 10_000)]
    public int MaxDocxUnpackedMegabytes { get; set; } = 200;

    public long MaxBytes(AttachmentType type) => Megabyte * type switch
    {
        AttachmentType.Pdf => MaxPdfMegabytes,
        AttachmentType.Docx => MaxDocxMegabytes,
        _ => MaxImageMegabytes,
    };

    /// <summary>The most read of any file before its type is known.</summary>
    public long MaxFileBytes => Megabyte * Math.Max(MaxPdfMegabytes, Math.Max(MaxDocxMegabytes, MaxImageMegabytes));

    public long MaxLetterBytes => Megabyte * MaxLetterMegabytes;

    public long MaxDocxUnpackedBytes => Megabyte * MaxDocxUnpackedMegabytes;
}
