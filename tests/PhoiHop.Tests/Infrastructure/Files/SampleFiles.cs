using System.IO.Compression;
using System.Text;

namespace PhoiHop.Tests.Infrastructure.Files;

/// <summary>The smallest files of each kind that still carry the bytes the inspector reads.</summary>
internal static class SampleFiles
{
    public const string DocumentContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public const string MacroDocumentContentType = "application/vnd.ms-word.document.macroEnabled.main+xml";

    public static byte[] Pdf(string trailer = "<< /Size 2 /Root 1 0 R >>") => Encoding.ASCII.GetBytes(
        "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000015 00000 n \n"
        + $"trailer\n{trailer}\nstartxref\n60\n%%EOF\n");

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    public static byte[] Png() =>
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, .. "IHDR"u8, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xDE];

    public static byte[] WebP() => [.. "RIFF"u8, 0x1A, 0, 0, 0, .. "WEBPVP8L"u8, 0x0D, 0, 0, 0, 0x2F, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xFE, 0x07, 0x00];

    public static byte[] Heic() => [0, 0, 0, 0x18, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8, 0, 0, 0, 8, .. "mdat"u8];

    public static byte[] Exe() => [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, .. new byte[48], .. "This program cannot be run in DOS mode."u8];

    public static byte[] Elf() => [0x7F, .. "ELF"u8, 2, 1, 1, 0, .. new byte[56]];

    public static byte[] CompoundFile() => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

    public static byte[] Text(string text, Encoding encoding) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    public static byte[] Docx(params (string Name, byte[] Content)[] extra) =>
        Zip([ContentTypes(DocumentContentType), .. DocumentParts(), .. extra]);

    public static (string, byte[]) ContentTypes(string mainContentType, string extraDefaults = "") => ("[Content_Types].xml", Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" + extraDefaults
        + $"<Override PartName=\"/word/document.xml\" ContentType=\"{mainContentType}\"/></Types>"));

    public static (string, byte[])[] DocumentParts() =>
    [
        ("_rels/.rels", Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            + "</Relationships>")),
        ("word/document.xml", Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
            + "<w:t>Kính gửi: Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên</w:t></w:r></w:p></w:body></w:document>")),
    ];

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>Sets the "encrypted" flag of the entry named <paramref name="name"/> in both its local and central headers.</summary>
    public static byte[] MarkEncrypted(byte[] zip, string name)
    {
        var copy = zip.ToArray();
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 < copy.Length; i++)
        {
            var local = copy.AsSpan(i).StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) && copy.AsSpan(i + 30).StartsWith(nameBytes);
            var central = copy.AsSpan(i).StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x01, 0x02]) && copy.AsSpan(i + 46).StartsWith(nameBytes);
            if (local)
                copy[i + 6] |= 0x01;
            if (central)
                copy[i + 8] |= 0x01;
        }
        return copy;
    }
}
