using System.Text;
using Microsoft.Extensions.Options;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Files;

namespace PhoiHop.Tests.Infrastructure.Files;

public sealed class AttachmentInspectorTests
{
    private const long Megabyte = 1024 * 1024;

    private static AttachmentInspector Inspector(AttachmentOptions? options = null) => new(Options.Create(options ?? new AttachmentOptions()));

    private static async Task<AttachmentInspection> InspectAsync(byte[] content, string? name, AttachmentOptions? options = null)
    {
        using var stream = new MemoryStream(content);
        return await Inspector(options).InspectAsync(stream, name, TestContext.Current.CancellationToken);
    }

    private static async Task<InspectedAttachment> AcceptedAsync(byte[] content, string? name, AttachmentOptions? options = null)
    {
        var inspection = await InspectAsync(content, name, options);
        Assert.True(inspection.IsAccepted, $"refused: {inspection.Error?.Code}");
        return inspection.Attachment;
    }

    private static async Task<DomainError> RefusedAsync(byte[] content, string? name, AttachmentOptions? options = null)
    {
        var inspection = await InspectAsync(content, name, options);
        Assert.False(inspection.IsAccepted, $"accepted as {inspection.Attachment?.Type}");
        return inspection.Error;
    }

    public static TheoryData<string, byte[], AttachmentType, string> AcceptedFiles() => new()
    {
        { "đơn tố cáo.pdf", SampleFiles.Pdf(), AttachmentType.Pdf, "application/pdf" },
        { "ảnh chụp.jpg", SampleFiles.Jpeg(), AttachmentType.Jpeg, "image/jpeg" },
        { "ảnh chụp.png", SampleFiles.Png(), AttachmentType.Png, "image/png" },
        { "ảnh chụp.webp", SampleFiles.WebP(), AttachmentType.WebP, "image/webp" },
        { "đơn.docx", SampleFiles.Docx(), AttachmentType.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
    };

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public async Task InspectAsync_SupportedFile_IsRecognisedFromItsContent(string name, byte[] content, AttachmentType type, string contentType)
    {
        var attachment = await AcceptedAsync(content, name);

        Assert.Equal(type, attachment.Type);
        Assert.Equal(contentType, attachment.ContentType);
        Assert.Equal(name, attachment.FileName);
        Assert.Equal(content.Length, attachment.Length);
    }

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public async Task InspectAsync_SupportedFileUnderAnotherName_GetsTheExtensionOfItsContent(string name, byte[] content, AttachmentType type, string contentType)
    {
        _ = (name, contentType);

        var attachment = await AcceptedAsync(content, "tài liệu.txt");

        Assert.Equal(type, attachment.Type);
        Assert.Equal("tài liệu" + type.Extension(), attachment.FileName);
    }

    [Theory]
    [InlineData("thư.pdf")]
    [InlineData("thư.docx")]
    [InlineData("thư.jpg")]
    [InlineData("setup.exe")]
    public async Task InspectAsync_WindowsProgram_IsRefusedWhateverItsName(string name)
    {
        var error = await RefusedAsync(SampleFiles.Exe(), name);

        Assert.Equal(AttachmentErrors.Executable, error);
    }

    [Theory]
    [InlineData("#!/bin/sh\nrm -rf ~\n")]
    [InlineData(null)]
    public async Task InspectAsync_OtherPrograms_AreRefused(string? script)
    {
        var content = script is null ? SampleFiles.Elf() : SampleFiles.Ascii(script);

        var error = await RefusedAsync(content, "đơn.pdf");

        Assert.Equal(AttachmentErrors.Executable, error);
    }

    public static TheoryData<string, byte[]> MarkupFiles() => new()
    {
        { "html", SampleFiles.Ascii("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>") },
        { "html without doctype", SampleFiles.Ascii("<html><head><meta http-equiv=\"refresh\" content=\"0;url=https://example.invalid\"></head></html>") },
        { "html after blank lines", SampleFiles.Ascii("\r\n\r\n   \t<script>alert(1)</script>") },
        { "html with a UTF-8 BOM", SampleFiles.Text("<html><script>alert(1)</script></html>", new UTF8Encoding(true)) },
        { "html in UTF-16", SampleFiles.Text("<html><script>alert(1)</script></html>", Encoding.Unicode) },
        { "html in UTF-16 big-endian", SampleFiles.Text("<html><script>alert(1)</script></html>", Encoding.BigEndianUnicode) },
        { "svg", SampleFiles.Ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>") },
        { "svg with an XML declaration", SampleFiles.Ascii("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>") },
    };

    [Theory]
    [MemberData(nameof(MarkupFiles))]
    public async Task InspectAsync_WebPageOrSvgNamedPdf_IsRefused(string kind, byte[] content)
    {
        _ = kind;

        var error = await RefusedAsync(content, "đơn.pdf");

        Assert.Equal(AttachmentErrors.ActiveContent, error);
    }

    [Theory]
    [InlineData("Kính gửi: Ủy ban MTTQ Việt Nam tỉnh")]
    [InlineData("PK")]
    [InlineData("%PD")]
    public async Task InspectAsync_UnknownContent_IsUnsupported(string text)
    {
        var error = await RefusedAsync(Encoding.UTF8.GetBytes(text), "đơn.pdf");

        Assert.Equal(AttachmentErrors.UnsupportedType, error);
    }

    [Fact]
    public async Task InspectAsync_HeicPhoto_IsRefusedWithItsOwnReason()
    {
        var error = await RefusedAsync(SampleFiles.Heic(), "IMG_0001.HEIC");

        Assert.Equal(AttachmentErrors.HeicPhoto, error);
    }

    [Fact]
    public async Task InspectAsync_OldWordOrPasswordProtectedOfficeFile_IsRefused()
    {
        var error = await RefusedAsync(SampleFiles.CompoundFile(), "đơn.docx");

        Assert.Equal(AttachmentErrors.LegacyOrProtectedOffice, error);
    }

    [Fact]
    public async Task InspectAsync_EmptyFile_IsRefused()
    {
        var error = await RefusedAsync([], "đơn.pdf");

        Assert.Equal(AttachmentErrors.Empty, error);
    }

    [Fact]
    public async Task InspectAsync_EncryptedPdf_IsRefused()
    {
        var error = await RefusedAsync(SampleFiles.Pdf("<< /Size 2 /Root 1 0 R /Encrypt 5 0 R /ID [<01><01>] >>"), "đơn.pdf");

        Assert.Equal(AttachmentErrors.Encrypted, error);
    }

    [Theory]
    [InlineData(81920 - 4)]   // "/Encrypt" across the first read
    [InlineData(81920 - 8)]   // "/Encrypt" the last bytes of the first read, its delimiter in the next
    [InlineData(81920 + 100)]
    public async Task InspectAsync_EncryptionKeyAcrossReads_IsFound(int offset)
    {
        var head = "%PDF-1.4\n"u8.ToArray();
        var padding = Enumerable.Repeat((byte)' ', offset - head.Length);
        var content = (byte[])[.. head, .. padding, .. "/Encrypt 7 0 R >>\n%%EOF\n"u8];

        var error = await RefusedAsync(content, "đơn.pdf");

        Assert.Equal(AttachmentErrors.Encrypted, error);
    }

    [Fact]
    public async Task InspectAsync_PdfMentioningALongerName_IsAccepted()
    {
        var attachment = await AcceptedAsync(SampleFiles.Pdf("<< /Size 2 /Root 1 0 R /EncryptionNote (none) >>"), "đơn.pdf");

        Assert.Equal(AttachmentType.Pdf, attachment.Type);
    }

    [Fact]
    public async Task InspectAsync_ZipThatIsNotAWordFile_IsUnsupported()
    {
        var zip = SampleFiles.Zip(("đơn.pdf", SampleFiles.Pdf()), ("readme.txt", "xin chào"u8.ToArray()));

        var error = await RefusedAsync(zip, "đơn.docx");

        Assert.Equal(AttachmentErrors.UnsupportedType, error);
    }

    [Fact]
    public async Task InspectAsync_WordTemplate_IsUnsupported()
    {
        var dotx = SampleFiles.Zip([SampleFiles.ContentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"), .. SampleFiles.DocumentParts()]);

        var error = await RefusedAsync(dotx, "mẫu.docx");

        Assert.Equal(AttachmentErrors.UnsupportedType, error);
    }

    [Fact]
    public async Task InspectAsync_MacroDocumentNamedDocx_IsRefused()
    {
        var docm = SampleFiles.Zip(
        [
            SampleFiles.ContentTypes(SampleFiles.MacroDocumentContentType, "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"),
            .. SampleFiles.DocumentParts(),
            ("word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        ]);

        var error = await RefusedAsync(docm, "đơn.docx");

        Assert.Equal(AttachmentErrors.MacroEnabled, error);
    }

    [Fact]
    public async Task InspectAsync_MacroContentTypeWithoutMacroPart_IsRefused()
    {
        var docm = SampleFiles.Zip([SampleFiles.ContentTypes(SampleFiles.MacroDocumentContentType), .. SampleFiles.DocumentParts()]);

        var error = await RefusedAsync(docm, "đơn.docm");

        Assert.Equal(AttachmentErrors.MacroEnabled, error);
    }

    [Theory]
    [InlineData("word/vbaProject.bin")]
    [InlineData("customUI/vbaProject.bin")]
    [InlineData("word/activeX/activeX1.xml")]
    [InlineData("word/embeddings/oleObject1.bin")]
    public async Task InspectAsync_WordFileWithActivePart_IsRefused(string part)
    {
        var docx = SampleFiles.Docx((part, [1, 2, 3]));

        var error = await RefusedAsync(docx, "đơn.docx");

        Assert.Equal(AttachmentErrors.MacroEnabled, error);
    }

    [Fact]
    public async Task InspectAsync_WordFileWithEmbeddedWorkbook_IsAccepted()
    {
        var docx = SampleFiles.Docx(("word/embeddings/Microsoft_Excel_Worksheet.xlsx", SampleFiles.Zip(("xl/workbook.xml", "<workbook/>"u8.ToArray()))));

        var attachment = await AcceptedAsync(docx, "đơn.docx");

        Assert.Equal(AttachmentType.Docx, attachment.Type);
    }

    [Fact]
    public async Task InspectAsync_WordFileWithEncryptedEntry_IsRefused()
    {
        var docx = SampleFiles.MarkEncrypted(SampleFiles.Docx(), "word/document.xml");

        var error = await RefusedAsync(docx, "đơn.docx");

        Assert.Equal(AttachmentErrors.Encrypted, error);
    }

    [Fact]
    public async Task InspectAsync_TooManyZipEntries_IsRefusedBeforeTheyAreRead()
    {
        var parts = Enumerable.Range(0, 20).Select(i => ($"word/media/image{i}.png", SampleFiles.Png())).ToArray();
        var docx = SampleFiles.Docx(parts);

        var error = await RefusedAsync(docx, "đơn.docx", new AttachmentOptions { MaxDocxEntries = 10 });

        Assert.Equal(AttachmentErrors.ArchiveTooComplex, error);
    }

    [Fact]
    public async Task InspectAsync_ZipBomb_IsRefusedFromTheDeclaredSizes()
    {
        // 2 MB of zeros compress to a few kilobytes; the limit is 1 MB unpacked.
        var docx = SampleFiles.Docx(("word/media/bomb.xml", new byte[2 * Megabyte]));
        Assert.True(docx.Length < 64 * 1024);

        var error = await RefusedAsync(docx, "đơn.docx", new AttachmentOptions { MaxDocxUnpackedMegabytes = 1 });

        Assert.Equal(AttachmentErrors.ArchiveTooComplex, error);
    }

    [Fact]
    public async Task InspectAsync_TruncatedZip_IsDamaged()
    {
        var docx = SampleFiles.Docx();

        var error = await RefusedAsync(docx[..(docx.Length / 2)], "đơn.docx");

        Assert.Equal(AttachmentErrors.Damaged, error);
    }

    [Fact]
    public async Task InspectAsync_ZipEntryClimbingOutOfItsFolder_IsDamaged()
    {
        var docx = SampleFiles.Docx(("../../evil.txt", [1]));

        var error = await RefusedAsync(docx, "đơn.docx");

        Assert.Equal(AttachmentErrors.Damaged, error);
    }

    [Fact]
    public async Task InspectAsync_StreamLongerThanAnyLimit_IsRefusedWithoutReadingIt()
    {
        var stream = new TripwireStream(SampleFiles.Pdf(), length: 21 * Megabyte, readableBytes: 0);

        var inspection = await Inspector().InspectAsync(stream, "đơn.pdf", TestContext.Current.CancellationToken);

        Assert.Equal(AttachmentErrors.TooLarge, inspection.Error);
        Assert.Equal(0, stream.MostRead);
    }

    [Fact]
    public async Task InspectAsync_PhotoOverTheImageLimit_IsRefusedAfterReadingOnlyItsHeader()
    {
        // Under the PDF limit (20 MB), over the image limit (15 MB).
        var stream = new TripwireStream(SampleFiles.Jpeg(), length: 16 * Megabyte, readableBytes: 64);

        var inspection = await Inspector().InspectAsync(stream, "ảnh.jpg", TestContext.Current.CancellationToken);

        Assert.Equal(AttachmentErrors.TooLarge, inspection.Error);
        Assert.True(stream.MostRead <= 64);
    }

    [Fact]
    public async Task InspectAsync_PhotoUnderTheImageLimit_IsAccepted()
    {
        var stream = new TripwireStream(SampleFiles.Jpeg(), length: 14 * Megabyte, readableBytes: 64);

        var inspection = await Inspector().InspectAsync(stream, "ảnh.jpg", TestContext.Current.CancellationToken);

        Assert.True(inspection.IsAccepted);
        Assert.Equal(14 * Megabyte, inspection.Attachment.Length);
    }

    [Fact]
    public async Task InspectAsync_ForwardOnlyStream_IsABug()
    {
        using var stream = new ForwardOnlyStream(SampleFiles.Pdf());

        await Assert.ThrowsAsync<ArgumentException>(() => Inspector().InspectAsync(stream, "đơn.pdf", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task InspectAsync_Afterwards_LeavesTheStreamAtItsStartForStoring()
    {
        using var stream = new MemoryStream(SampleFiles.Docx());
        stream.Position = 17;

        await Inspector().InspectAsync(stream, "đơn.docx", TestContext.Current.CancellationToken);

        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public async Task InspectAsync_NameWithFolders_IsShownWithoutThem()
    {
        var attachment = await AcceptedAsync(SampleFiles.Png(), "../../etc/passwd");

        Assert.Equal("passwd.png", attachment.FileName);
    }

    [Fact]
    public void CheckLetter_WithinLimits_Passes()
    {
        var result = Inspector().CheckLetter([10 * Megabyte, 20 * Megabyte], 20 * Megabyte);

        Assert.True(result.IsSuccess);
    }

    [Fact]
    public void CheckLetter_OverTheLetterTotal_IsRefused()
    {
        var result = Inspector().CheckLetter([10 * Megabyte, 20 * Megabyte], 20 * Megabyte + 1);

        Assert.Equal(AttachmentErrors.LetterTooLarge, result.Error);
    }

    [Fact]
    public void CheckLetter_OneFileTooMany_IsRefused()
    {
        var result = Inspector(new AttachmentOptions { MaxFilesPerLetter = 3 }).CheckLetter([1, 1, 1], 1);

        Assert.Equal(AttachmentErrors.TooManyFiles, result.Error);
    }
}
