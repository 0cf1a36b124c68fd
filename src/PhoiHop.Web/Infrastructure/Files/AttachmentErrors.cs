using PhoiHop.Common;

namespace PhoiHop.Infrastructure.Files;

/// <summary>Why an attachment was refused. Each names what the citizen or officer can do instead.</summary>
public static class AttachmentErrors
{
    public static readonly DomainError Empty = new("attachment.empty", "Errors.Attachment.Empty");
    public static readonly DomainError TooLarge = new("attachment.too_large", "Errors.Attachment.TooLarge");
    public static readonly DomainError LetterTooLarge = new("attachment.letter_too_large", "Errors.Attachment.LetterTooLarge");
    public static readonly DomainError TooManyFiles = new("attachment.too_many_files", "Errors.Attachment.TooManyFiles");
    public static readonly DomainError UnsupportedType = new("attachment.unsupported_type", "Errors.Attachment.UnsupportedType");
    public static readonly DomainError HeicPhoto = new("attachment.heic", "Errors.Attachment.HeicPhoto");
    public static readonly DomainError LegacyOrProtectedOffice = new("attachment.legacy_office", "Errors.Attachment.LegacyOrProtectedOffice");

    // Content that could run on an officer's computer, whatever its name says.
    public static readonly DomainError Executable = new("attachment.executable", "Errors.Attachment.Executable");
    public static readonly DomainError ActiveContent = new("attachment.active_content", "Errors.Attachment.ActiveContent");
    public static readonly DomainError MacroEnabled = new("attachment.macro_enabled", "Errors.Attachment.MacroEnabled");

    // Files the office could not read or that would overwhelm whatever reads them next.
    public static readonly DomainError Encrypted = new("attachment.encrypted", "Errors.Attachment.Encrypted");
    public static readonly DomainError Damaged = new("attachment.damaged", "Errors.Attachment.Damaged");
    public static readonly DomainError ArchiveTooComplex = new("attachment.archive_too_complex", "Errors.Attachment.ArchiveTooComplex");
}
