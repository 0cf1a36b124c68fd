namespace PhoiHop.Infrastructure.Files;

public static class AttachmentTypes
{
    public static string ContentType(this AttachmentType type) => type switch
    {
        AttachmentType.Pdf => "application/pdf",
        AttachmentType.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        AttachmentType.Jpeg => "image/jpeg",
        AttachmentType.Png => "image/png",
        AttachmentType.WebP => "image/webp",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The extension given to a file of this type, with its dot.</summary>
    public static string Extension(this AttachmentType type) => type switch
    {
        AttachmentType.Pdf => ".pdf",
        AttachmentType.Docx => ".docx",
        AttachmentType.Jpeg => ".jpg",
        AttachmentType.Png => ".png",
        AttachmentType.WebP => ".webp",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Whether <paramref name="extension"/> (with its dot, any case) is a usual one for this type.</summary>
    public static bool HasExtension(this AttachmentType type, string extension) =>
        string.Equals(extension, type.Extension(), StringComparison.OrdinalIgnoreCase)
        || (type == AttachmentType.Jpeg && (string.Equals(extension, ".jpeg", StringComparison.OrdinalIgnoreCase)
            || string.Equals(extension, ".jpe", StringComparison.OrdinalIgnoreCase)));

    public static bool IsImage(this AttachmentType type) => type is AttachmentType.Jpeg or AttachmentType.Png or AttachmentType.WebP;
}
