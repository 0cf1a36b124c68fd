using System.Diagnostics;
using System.Text.RegularExpressions;
using PhoiHop.Features.Documents;
using static PhoiHop.Tests.Features.Documents.SampleDocuments;

namespace PhoiHop.Tests.Features.Documents;

/// <summary>
/// Reads the PDFs back with poppler-utils (test.sh installs it). pdftotext passes on a PDF whose stacked marks are drawn
/// wrong, so a rendered page was also looked at once by eye (research/TOOLCHAIN.md, section 5).
/// </summary>
public sealed partial class OfficialDocumentPdfTests
{
    [Fact]
    public void Render_Notice_ReadsBackTheExactVietnameseText()
    {
        var text = OneLine(Poppler("pdftotext", Notice(), "-enc", "UTF-8"));

        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text, StringComparison.Ordinal);
        Assert.Contains("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", text, StringComparison.Ordinal);
        Assert.Contains("Số: 05/TB-SNNMT", text, StringComparison.Ordinal);
        Assert.Contains("Thái Nguyên, ngày 05 tháng 02 năm 2026", text, StringComparison.Ordinal);
        Assert.Contains("THÔNG BÁO Về việc thụ lý giải quyết khiếu nại", text, StringComparison.Ordinal);
        Assert.Contains("Kính gửi: Ông Nguyễn Văn An", text, StringComparison.Ordinal);
        Assert.Contains(Opening, text, StringComparison.Ordinal);
        Assert.Contains(Tones, text, StringComparison.Ordinal);
        Assert.Contains("được biết./.", text, StringComparison.Ordinal);
        Assert.Contains("Nơi nhận: - Như trên; - Thanh tra tỉnh;", text, StringComparison.Ordinal);
        Assert.Contains("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", text, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Thị Hồng Nhung", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Notice_EmbedsNotoSerifOnly()
    {
        var fonts = Poppler("pdffonts", Notice()).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();

        Assert.NotEmpty(fonts);
        Assert.All(fonts, line =>
        {
            Assert.Matches(@"^[A-Z]{6}\+Noto Serif[ ,]", line);
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(("yes", "yes", "yes"), (columns[^5], columns[^4], columns[^3])); // embedded, subset, with a Unicode map
        });
        Assert.Contains(fonts, l => l.Contains("Noto Serif,BoldItalic", StringComparison.Ordinal)); // "Nơi nhận:"
    }

    [Fact]
    public void Render_LongBody_BreaksPagesAndNumbersThemFromTheSecond()
    {
        var document = Long();

        var pages = int.Parse(PagesLine().Match(Poppler("pdfinfo", document)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var firstPage = Poppler("pdftotext", document, "-enc", "UTF-8", "-f", "1", "-l", "1");
        var secondPage = Poppler("pdftotext", document, "-enc", "UTF-8", "-f", "2", "-l", "2");
        var text = OneLine(Poppler("pdftotext", document, "-enc", "UTF-8"));

        Assert.True(pages > 1, $"{pages} page(s)");
        Assert.Equal("2", secondPage.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Trim());
        Assert.DoesNotMatch(@"^\s*1\s*$", firstPage.Split('\n')[0]);
        Assert.Contains($"24. {Opening}", text, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Thị Hồng Nhung", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Letter_ReadsBackTheSubjectAndEveryAddressee()
    {
        var text = OneLine(Poppler("pdftotext", Letter(), "-enc", "UTF-8"));

        Assert.DoesNotContain("CÔNG VĂN", text, StringComparison.Ordinal);
        Assert.Contains("Số: 12/SNNMT-TTra", text, StringComparison.Ordinal);
        Assert.Contains("V/v hướng dẫn gửi đơn", text, StringComparison.Ordinal);
        Assert.Contains("Kính gửi: - Ủy ban nhân dân phường Phan Đình Phùng; - Thanh tra tỉnh Thái Nguyên.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SameDocumentFromManyThreads_Succeeds()
    {
        var results = new byte[8][];

        Parallel.For(0, results.Length, i => results[i] = OfficialDocumentPdf.Render(Notice()));

        Assert.All(results, r => Assert.True(r.Length > 1000));
    }

    private static string OneLine(string text) => Whitespace().Replace(text, " ");

    /// <summary>Writes the PDF to a temporary file, runs a poppler tool on it, returns its standard output.</summary>
    private static string Poppler(string tool, OfficialDocument document, params string[] arguments)
    {
        var file = Path.Combine(Path.GetTempPath(), $"phoihop-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, OfficialDocumentPdf.Render(document));
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
                start.ArgumentList.Add(argument);
            start.ArgumentList.Add(file);
            if (tool == "pdftotext")
                start.ArgumentList.Add("-");
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException($"{tool} is missing: install poppler-utils (test.sh does).", e);
            }
            using (process)
            {
                var output = process.StandardOutput.ReadToEnd();
                var error = process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, $"{tool} failed: {error}");
                return output;
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();
}
