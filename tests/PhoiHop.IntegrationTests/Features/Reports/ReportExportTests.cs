using System.Diagnostics;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PhoiHop.Infrastructure.Exports;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Reports;

// The exports open in a spreadsheet and a PDF reader with the Vietnamese text intact: each is read back.
public abstract class ReportExportTests(AppFactory app) : AppTests(app)
{
    private static string Range => $"from={ReportData.From:yyyy-MM-dd}&to={ReportData.To:yyyy-MM-dd}";

    [Fact]
    public async Task ReportXlsx_HasVietnameseHeadings_NumbersAsNumbers_FrozenHeadingAndFilter()
    {
        await ReportData.EnsureAsync(App);
        using var api = await App.CreateApiClientAsync("thanhtra.xacminh");

        var bytes = await DownloadAsync(api, $"/api/v1/reports/petitions.xlsx?{Range}", "spreadsheetml");

        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = doc.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().ToList();
        Assert.Equal(["STT", "Nhóm chỉ tiêu", "Chỉ tiêu", "Số đơn"], rows[0].Elements<Cell>().Select(c => c.InnerText));
        Assert.Equal("Tổng số đơn tiếp nhận", rows[1].Elements<Cell>().ElementAt(2).InnerText);
        var received = rows[1].Elements<Cell>().ElementAt(3);
        Assert.Null(received.DataType);
        Assert.True(int.Parse(received.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture) > 36);
        Assert.Contains(rows, r => r.InnerText.Contains("Đơn gửi nhiều nơi", StringComparison.Ordinal));
        Assert.Equal(PaneStateValues.Frozen, sheet.Descendants<Pane>().Single().State!.Value);
        Assert.Equal($"A1:D{rows.Count}", sheet.Descendants<AutoFilter>().Single().Reference!.Value);
    }

    [Fact]
    public async Task ListXlsx_DatesAreDateCells_WithVietnameseText()
    {
        await ReportData.EnsureAsync(App);
        using var api = await App.CreateApiClientAsync("mttq.tiepdan");

        var bytes = await DownloadAsync(api, $"/api/v1/reports/petitions/letters.xlsx?figure=flags.MultiPerson&{Range}", "spreadsheetml");

        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = doc.WorkbookPart!;
        var rows = workbook.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal("Ngày nhận", rows[0].Elements<Cell>().ElementAt(1).InnerText);
        Assert.Contains(rows.Skip(1), r => r.InnerText.Contains("Kiến nghị sửa chữa đường liên xóm", StringComparison.Ordinal));
        var date = rows[1].Elements<Cell>().ElementAt(1);
        var style = (CellFormat)workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.ElementAt((int)date.StyleIndex!.Value);
        var format = workbook.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId!.Value == style.NumberFormatId!.Value);
        Assert.Equal("dd/mm/yyyy", format.FormatCode!.Value);
        var day = DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(date.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.InRange(day, ReportData.From, ReportData.To);
    }

    [Fact]
    public async Task ReportPdf_HasTheOfficialHeader_AndVietnameseText()
    {
        await ReportData.EnsureAsync(App);
        using var api = await App.CreateApiClientAsync("thanhtra.xacminh");

        var bytes = await DownloadAsync(api, $"/api/v1/reports/petitions.pdf?{Range}", "pdf");

        var text = await PdfTextAsync(bytes);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text, StringComparison.Ordinal);
        Assert.Contains("BÁO CÁO THỐNG KÊ ĐƠN THƯ", text, StringComparison.Ordinal);
        Assert.Contains("Đơn đã chuyển chưa có kết quả trả lời", text, StringComparison.Ordinal);
        Assert.Contains("Thái Nguyên, ngày 27 tháng 11 năm 2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_HasBom_QuotesAndDefusesFormulas()
    {
        await ReportData.EnsureAsync(App);
        using var api = await App.CreateApiClientAsync("mttq.tiepdan");

        var bytes = await DownloadAsync(api, $"/api/v1/reports/petitions/letters.csv?figure=received&{Range}", "text/csv");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("Mã tra cứu,Ngày nhận,Trích yếu,", text, StringComparison.Ordinal);
        Assert.Contains("Phản ánh tiếng ồn của xưởng gỗ", text, StringComparison.Ordinal);
        Assert.Matches(@"\r\n[^,]+,\d\d/\d\d/2026,", text);
        Assert.Equal("'=HYPERLINK(\"x\")", CsvExport.Field("=HYPERLINK(\"x\")")[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal));
        Assert.Equal("'+1", CsvExport.Field("+1"));
        Assert.Equal("'-1", CsvExport.Field("-1"));
        Assert.Equal("'@SUM(A1)", CsvExport.Field("@SUM(A1)"));
        Assert.Equal("\"a,b\"", CsvExport.Field("a,b"));
        Assert.Equal("\"dòng 1\r\ndòng 2\"", CsvExport.Field("dòng 1\r\ndòng 2"));
        Assert.Equal("-5", CsvExport.Cell(-5));
    }

    [Fact]
    public async Task Export_OfAnotherBody_IsForbidden()
    {
        using var api = await App.CreateApiClientAsync("mttq.tiepdan");

        using var response = await api.GetAsync($"/api/v1/reports/petitions.xlsx?{Range}&bodyCode=UBND-TN", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<byte[]> DownloadAsync(HttpClient client, string url, string contentType)
    {
        using var response = await client.GetAsync(url, Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(bytes)}");
        Assert.Contains(contentType, response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        return bytes;
    }

    internal static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(path, pdf, Ct);
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync(Ct);
            await process.WaitForExitAsync(Ct);
            return text.Normalize(System.Text.NormalizationForm.FormC);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public sealed class Sqlite(SqliteAppFactory app) : ReportExportTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : ReportExportTests(app), IClassFixture<PostgresAppFactory>;
}
