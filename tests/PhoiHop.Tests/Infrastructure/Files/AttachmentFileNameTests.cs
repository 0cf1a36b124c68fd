using System.Text;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Files;

namespace PhoiHop.Tests.Infrastructure.Files;

public sealed class AttachmentFileNameTests
{
    [Theory]
    [InlineData("../../etc/passwd", AttachmentType.Pdf, "passwd.pdf")]
    [InlineData("..\\..\\Windows\\System32\\đơn.pdf", AttachmentType.Pdf, "đơn.pdf")]
    [InlineData("C:\\Users\\An\\Desktop\\Đơn tố cáo.PDF", AttachmentType.Pdf, "Đơn tố cáo.pdf")]
    [InlineData("/home/an/đơn.pdf", AttachmentType.Pdf, "đơn.pdf")]
    [InlineData("thư mục/", AttachmentType.Pdf, "tệp đính kèm.pdf")]
    public void ForDisplay_PathInTheName_KeepsOnlyTheLastPart(string uploaded, AttachmentType type, string expected)
    {
        Assert.Equal(expected, AttachmentFileName.ForDisplay(uploaded, type));
    }

    [Fact]
    public void ForDisplay_DecomposedVietnamese_IsComposedAndTheExtensionLowercased()
    {
        var uploaded = "a\u0309nh \u0111o\u031Bn.JPG";   // "ảnh đơn.JPG" with combining marks, as macOS writes names

        var name = AttachmentFileName.ForDisplay(uploaded, AttachmentType.Jpeg);

        Assert.Equal("ảnh đơn.jpg", name);
        Assert.True(name.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("ảnh đơn.jpeg", "ảnh đơn.jpeg")]
    [InlineData("ảnh đơn.JPE", "ảnh đơn.jpe")]
    [InlineData("ảnh đơn.png", "ảnh đơn.jpg")]
    public void ForDisplay_Jpeg_KeepsAnyUsualJpegExtension(string uploaded, string expected)
    {
        Assert.Equal(expected, AttachmentFileName.ForDisplay(uploaded, AttachmentType.Jpeg));
    }

    [Theory]
    [InlineData("hoso\u202Efdp.exe", "hosofdp.pdf")]                     // RLO: shows as "hosoexe.pdf"
    [InlineData("\u202Bđơn\u202C.pdf", "đơn.pdf")]                       // RLE … PDF
    [InlineData("bill\u2066.pdf\u2069.exe", "bill.pdf.pdf")]              // isolates
    [InlineData("\u200Fđơn\u200E.pdf", "đơn.pdf")]                       // direction marks
    [InlineData("\uFEFFđơn\u200B\u200D.pdf", "đơn.pdf")]                 // BOM and zero-width characters
    [InlineData("đơn\u0000\u0007\u001B.pdf", "đơn.pdf")]                 // controls
    [InlineData("đơn\uD800.pdf", "đơn.pdf")]                             // a lone surrogate
    public void ForDisplay_InvisibleOrReorderingCharacters_AreRemoved(string uploaded, string expected)
    {
        var name = AttachmentFileName.ForDisplay(uploaded, AttachmentType.Pdf);

        Assert.Equal(expected, name);
        Assert.True(TextInput.IsWellFormed(name));
    }

    [Theory]
    [InlineData("thư.exe", "thư.pdf")]
    [InlineData("thư.html", "thư.pdf")]
    [InlineData("thư.pdf.exe", "thư.pdf.pdf")]
    [InlineData("Biên bản 12.3.2024", "Biên bản 12.3.2024.pdf")]
    [InlineData("Biên bản ngày 12. 3 bản", "Biên bản ngày 12. 3 bản.pdf")]
    [InlineData("đơn", "đơn.pdf")]
    public void ForDisplay_ExtensionOfAnotherType_IsReplacedByTheDetectedOne(string uploaded, string expected)
    {
        Assert.Equal(expected, AttachmentFileName.ForDisplay(uploaded, AttachmentType.Pdf));
    }

    [Theory]
    [InlineData("CON.pdf", "_CON.pdf")]
    [InlineData("con.pdf", "_con.pdf")]
    [InlineData("nul", "_nul.pdf")]
    [InlineData("LPT1.tar.pdf", "_LPT1.tar.pdf")]
    [InlineData("COM¹.pdf", "_COM¹.pdf")]
    [InlineData("CONTRACT.pdf", "CONTRACT.pdf")]
    public void ForDisplay_ReservedWindowsName_IsPrefixed(string uploaded, string expected)
    {
        Assert.Equal(expected, AttachmentFileName.ForDisplay(uploaded, AttachmentType.Pdf));
    }

    [Theory]
    [InlineData("a<b>c:d\"e|f?g*h.pdf", "a_b_c_d_e_f_g_h.pdf")]
    [InlineData("  đơn   tố\tcáo \r\n.pdf", "đơn tố cáo.pdf")]
    [InlineData("đơn. . ..pdf", "đơn.pdf")]
    [InlineData(".2024", "2024.pdf")]
    [InlineData(".bashrc", "bashrc.pdf")]
    public void ForDisplay_CharactersWindowsRefuses_AreReplacedOrTrimmed(string uploaded, string expected)
    {
        Assert.Equal(expected, AttachmentFileName.ForDisplay(uploaded, AttachmentType.Pdf));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("...")]
    [InlineData(".png")]
    [InlineData("\u202E\u200B")]
    public void ForDisplay_NothingLeft_UsesTheFallbackName(string? uploaded)
    {
        Assert.Equal("tệp đính kèm.png", AttachmentFileName.ForDisplay(uploaded, AttachmentType.Png));
    }

    [Fact]
    public void ForDisplay_LongName_IsCutKeepingTheExtension()
    {
        var name = AttachmentFileName.ForDisplay(new string('a', 300) + ".docx", AttachmentType.Docx);

        Assert.Equal(AttachmentFileName.MaxLength, name.Length);
        Assert.EndsWith("a.docx", name, StringComparison.Ordinal);
    }

    [Fact]
    public void ForDisplay_LongName_IsNeverCutInsideACharacter()
    {
        var uploaded = new string('a', 115) + "😀😀 và nhiều chữ nữa.pdf";

        var name = AttachmentFileName.ForDisplay(uploaded, AttachmentType.Pdf);

        Assert.Equal(new string('a', 115) + ".pdf", name);
        Assert.True(TextInput.IsWellFormed(name));
    }

    [Fact]
    public void ForDisplay_LongDecomposedName_IsComposedBeforeBeingCut()
    {
        var uploaded = string.Concat(Enumerable.Repeat("Nguye\u0302\u0303n ", 40)) + ".pdf";

        var name = AttachmentFileName.ForDisplay(uploaded, AttachmentType.Pdf);

        Assert.InRange(name.Length, AttachmentFileName.MaxLength - 1, AttachmentFileName.MaxLength);
        Assert.StartsWith("Nguyễn Nguyễn", name, StringComparison.Ordinal);
        Assert.EndsWith(".pdf", name, StringComparison.Ordinal);
        Assert.True(name.IsNormalized(NormalizationForm.FormC));
    }
}
