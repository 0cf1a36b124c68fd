using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace PhoiHop.Features.Documents;

/// <summary>
/// Gives PDFsharp the Noto Serif faces from the operating system (Debian fonts-noto-core), read once per face. Noto draws
/// every Vietnamese letter with two marks correctly when subset; DejaVu does not (research/TOOLCHAIN.md, section 5).
/// PDFsharp takes one resolver per process, set before the first font is used, so it is registered once, lazily.
/// </summary>
internal sealed class NotoFonts : IFontResolver
{
    public const string Family = "Noto Serif";

    // Debian and Ubuntu (fonts-noto-core), then the layouts of other distributions.
    private static readonly string[] Directories =
        ["/usr/share/fonts/truetype/noto", "/usr/share/fonts/noto", "/usr/share/fonts/google-noto", "/usr/local/share/fonts/noto"];

    private static readonly Lazy<bool> Registration = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    /// <summary>Registers the resolver unless the application set its own; safe to call from any thread, any number of times.</summary>
    public static void EnsureRegistered() => _ = Registration.Value;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName.Equals(Family, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo((bold, italic) switch
            {
                (true, true) => "NotoSerif-BoldItalic",
                (true, false) => "NotoSerif-Bold",
                (false, true) => "NotoSerif-Italic",
                _ => "NotoSerif-Regular",
            })
            : null;

    public byte[]? GetFont(string faceName) => _faces.GetOrAdd(faceName, static face =>
    {
        var file = face + ".ttf";
        var path = Directories.Select(d => Path.Combine(d, file)).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException(
                $"Font {file} was not found in {string.Join(", ", Directories)}. Install the Noto fonts (Debian: apt-get install fonts-noto-core).",
                file);
        return File.ReadAllBytes(path);
    });

    private static bool Register()
    {
        GlobalFontSettings.FontResolver ??= new NotoFonts();
        return true;
    }
}
