using System.Globalization;
using System.Text;

namespace PhoiHop.Infrastructure.Files;

/// <summary>
/// The name an attachment is shown and downloaded under, made from whatever name the browser sent: no folders, no
/// invisible or direction-changing characters (an RLO turns "hoso‮fdp.exe" into "hosoexe.pdf" on screen), nothing
/// Windows refuses, NFC, at most <see cref="MaxLength"/> characters, and always the extension of the detected type.
/// The stored file is named by its hash, never by this.
/// </summary>
public static class AttachmentFileName
{
    public const int MaxLength = 120;
    public const string Fallback = "tệp đính kèm";

    private static readonly HashSet<string> ReservedWindowsNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    };

    public static string ForDisplay(string? uploadedName, AttachmentType type)
    {
        var name = Clean(LastSegment(uploadedName ?? ""));
        var (stem, extension) = Split(name);
        if (!type.HasExtension(extension))
        {
            // "thư.exe" holding a PDF becomes "thư.pdf"; "Biên bản 12.3.2024" keeps its digits and gains ".pdf".
            if (!IsExtensionLike(extension))
                stem = name;
            extension = type.Extension();
        }
        extension = extension.ToLowerInvariant();

        stem = stem.Trim(' ', '.');
        if (stem.Length == 0)
            stem = Fallback;
        if (ReservedWindowsNames.Contains(stem.Split('.')[0].TrimEnd(' ')))
            stem = "_" + stem;
        return Common.TextInput.Cut(stem, MaxLength - extension.Length).TrimEnd(' ', '.') + extension;
    }

    // Browsers send a bare name, but old ones and scripts send "C:\Users\…\đơn.pdf" or "../../etc/passwd".
    private static string LastSegment(string name)
    {
        var cut = name.LastIndexOfAny(['/', '\\']);
        return cut < 0 ? name : name[(cut + 1)..];
    }

    private static string Clean(string name)
    {
        var kept = new StringBuilder(name.Length);
        var lastWasSpace = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
                {
                    kept.Append(c).Append(name[++i]);
                    lastWasSpace = false;
                }
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                    kept.Append(' ');
                lastWasSpace = true;
                continue;
            }
            // Other control characters, and format characters: bidi overrides and isolates (U+202A–202E,
            // U+2066–2069), marks (U+200E, U+200F, U+061C), zero-width characters and the BOM.
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.PrivateUse || c is '\uFFFD' or '\uFFFE' or '\uFFFF')
                continue;
            kept.Append(c is '<' or '>' or ':' or '"' or '|' or '?' or '*' ? '_' : c);
            lastWasSpace = false;
        }
        return kept.ToString().Normalize(NormalizationForm.FormC).Trim();
    }

    // ".png" is all extension; "Biên bản" has none.
    private static (string Stem, string Extension) Split(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot < 0 ? (name, "") : (name[..dot], name[dot..]);
    }

    // ".exe", ".pdf", ".docx", ".mp4": up to 5 letters or digits with at least one letter. Not ".2024" or ".3 bản".
    private static bool IsExtensionLike(string extension) =>
        extension.Length is >= 2 and <= 6
        && extension.Skip(1).All(char.IsAsciiLetterOrDigit)
        && extension.Skip(1).Any(char.IsAsciiLetter);

}
