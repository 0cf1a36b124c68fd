using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PhoiHop.Features.Documents;
using static PhoiHop.Tests.Features.Documents.SampleDocuments;

namespace PhoiHop.Tests.Features.Documents;

public sealed class OfficialDocumentDocxTests
{
    private static WordprocessingDocument Open(OfficialDocument document) =>
        WordprocessingDocument.Open(new MemoryStream(OfficialDocumentDocx.Render(document)), isEditable: false);

    // A line break inside a paragraph reads as a space.
    private static List<string> Paragraphs(WordprocessingDocument word) =>
        [.. word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Select(p => string.Concat(p.Descendants().Select(e => e switch { Text t => t.Text, Break => " ", _ => "" })))];

    [Fact]
    public void Render_Notice_HasEveryPartOfTheLayoutInOrder()
    {
        using var word = Open(Notice());

        var paragraphs = Paragraphs(word).Where(p => p.Length > 0).ToList();

        Assert.Equal(
            [
                "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Số: 05/TB-SNNMT", "Thái Nguyên, ngày 05 tháng 02 năm 2026",
                "THÔNG BÁO", "Về việc thụ lý giải quyết khiếu nại", "Kính gửi: Ông Nguyễn Văn An",
                Opening, Tones, "Sở Nông nghiệp và Môi trường thông báo để ông Nguyễn Văn An được biết./.",
                "Nơi nhận:", "- Như trên;", "- Thanh tra tỉnh;", "- Giám đốc Sở (để báo cáo);", "- Lưu: VT, TTra.",
                "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Hồng Nhung",
            ],
            paragraphs);
    }

    [Fact]
    public void Render_Notice_IsValidOpenXml()
    {
        using var word = Open(Notice());

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    // A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm (Phụ lục I, "Định lề trang"), in twips.
    [Fact]
    public void Render_Notice_IsA4WithDecreeMargins()
    {
        using var word = Open(Notice());

        var section = word.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.Equal((1134, 1134, 1701u, 850u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));
        Assert.NotNull(section.GetFirstChild<TitlePage>()); // no page number on the first page
    }

    [Fact]
    public void Render_Notice_UsesTimesNewRomanAndBoldWhereTheDecreeSays()
    {
        using var word = Open(Notice());

        var fonts = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single();
        Assert.Equal("Times New Roman", fonts.Ascii!.Value);
        var runs = word.MainDocumentPart.Document!.Body!.Descendants<Run>().Where(r => r.InnerText.Length > 0).ToDictionary(r => r.InnerText, r => r.RunProperties!, StringComparer.Ordinal);
        Assert.NotNull(runs["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"].Bold);
        Assert.NotNull(runs["Độc lập - Tự do - Hạnh phúc"].Underline);
        Assert.NotNull(runs["Thái Nguyên, ngày 05 tháng 02 năm 2026"].Italic);
        Assert.NotNull(runs["Nơi nhận:"].Italic);
        Assert.Equal("22", runs["- Như trên;"].FontSize!.Val!.Value); // 11 pt
        Assert.Null(runs[Opening].Bold);
    }

    [Fact]
    public void Render_Notice_BreaksTheHeaderLinesEvenly()
    {
        using var word = Open(Notice());

        var issuer = word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().First(p => p.InnerText.StartsWith("SỞ", StringComparison.Ordinal));

        Assert.Equal(["SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"], issuer.Descendants<Text>().Select(t => t.Text));
        Assert.Single(issuer.Descendants<Break>());
    }

    [Fact]
    public void Render_Letter_PutsTheSubjectUnderTheNumberAndDashesTheAddressees()
    {
        using var word = Open(Letter());

        var paragraphs = Paragraphs(word);

        Assert.DoesNotContain("CÔNG VĂN", paragraphs);
        Assert.Equal("V/v hướng dẫn gửi đơn đến cơ quan có thẩm quyền giải quyết", paragraphs[paragraphs.IndexOf("Số: 12/SNNMT-TTra") + 1]);
        var label = paragraphs.IndexOf("Kính gửi:");
        Assert.Equal(["- Ủy ban nhân dân phường Phan Đình Phùng;", "- Thanh tra tỉnh Thái Nguyên."], paragraphs.Skip(label + 1).Take(2));
    }

    [Fact]
    public void Render_Draft_LeavesTheNumberBlank()
    {
        using var word = Open(Notice(number: null));

        Assert.Contains(Paragraphs(word), p => p.StartsWith("Số: \u00A0", StringComparison.Ordinal) && p.EndsWith("/TB-SNNMT", StringComparison.Ordinal));
    }
}
