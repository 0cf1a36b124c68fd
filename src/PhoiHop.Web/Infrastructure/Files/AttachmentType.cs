namespace PhoiHop.Infrastructure.Files;

/// <summary>
/// The kinds of file a petition may carry: scans and documents (PDF, Word) and photos (JPEG, PNG, WebP). HEIC photos
/// are refused with their own reason: staff browsers do not show them, and phones convert to JPEG when a form asks.
/// </summary>
public enum AttachmentType
{
    Pdf,
    Docx,
    Jpeg,
    Png,
    WebP,
}
