using System.Globalization;
using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PhoiHop.IntegrationTests.Testing;
using static PhoiHop.IntegrationTests.Testing.HtmlForms;

namespace PhoiHop.IntegrationTests.Features.Reports;

// The coordination report (issue #6, item 3): what the petitions module shows was done under each obligation of the
// regulations, every count equal to its drill-down list, on both databases.
public abstract class CoordinationReportTests(AppFactory app) : AppTests(app)
{
    private static string Range => $"from={CoordinationData.From:yyyy-MM-dd}&to={CoordinationData.To:yyyy-MM-dd}";

    [Fact]
    public async Task ForwardsBetweenTheParties_AreCounted_AndEveryCountEqualsItsList()
    {
        await CoordinationData.EnsureAsync(App);
        using var api = await App.CreateApiClientAsync("thanhtra.xacminh");
        using var client = App.CreateBrowserClient();
        await LoginAsync(client, "thanhtra.xacminh");

        var report = await GetJsonAsync(api, $"/api/v1/reports/coordination?{Range}");

        Assert.Equal(3, report.GetProperty("regulations").GetArrayLength());
        var committeeToFront = Obligation(report, "UBND-TN", "MTTQ-TN", "CitizenReceptionAndPetitions");
        var expected = new Dictionary<string, int>
        {
            ["received"] = 4,
            ["shared"] = 1,
            ["in.forwarded"] = 3,
            ["in.answered"] = 2,
            ["in.onTime"] = 1,
            ["in.late"] = 1,
            ["in.notAnswered"] = 1,
            ["in.overdue"] = 1,
            ["in.reminded"] = 1,
            ["in.escalated"] = 1,
            ["out.forwarded"] = 0,
            ["out.answered"] = 0,
        };
        foreach (var (code, count) in expected)
            Assert.True(Count(committeeToFront, code) == count, $"UBND → MTTQ {code}: {Count(committeeToFront, code)}, expected {count}");
        Assert.Equal("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Nguyên chuyển đến Ủy ban nhân dân tỉnh Thái Nguyên: Đã có kết quả báo lại",
            Figure(committeeToFront, "in.answered").GetProperty("label").GetString());

        // The Front's own duty to forward and follow (no partner): counted against every other body.
        var frontAlone = Obligation(report, "MTTQ-TN", null, "CitizenReceptionAndPetitions");
        Assert.Equal(4, Count(frontAlone, "received"));
        Assert.Equal(3, Count(frontAlone, "out.forwarded"));
        Assert.Equal(2, Count(frontAlone, "out.answered"));
        Assert.Equal(1, Count(frontAlone, "shared"));
        Assert.Equal(0, Count(frontAlone, "in.forwarded"));

        // Every count of every obligation is the length of the list it links to.
        var recorded = Obligations(report).Where(o => o.GetProperty("state").GetString() == "recorded").ToList();
        Assert.True(recorded.Count >= 6, $"{recorded.Count} recorded obligations");
        foreach (var figure in recorded.SelectMany(o => o.GetProperty("figures").EnumerateArray()))
        {
            var list = await GetDocumentAsync(client, figure.GetProperty("list").GetString()!);
            var total = int.Parse(list.QuerySelector("h1")!.GetAttribute("data-total")!, CultureInfo.InvariantCulture);
            Assert.True(total == figure.GetProperty("count").GetInt32(), $"{figure.GetProperty("label")}: report {figure.GetProperty("count")}, list {total}");
        }
        var overdue = await GetDocumentAsync(client, Figure(committeeToFront, "in.overdue").GetProperty("list").GetString()!);
        Assert.Contains("Kiến nghị lắp đèn chiếu sáng đường liên xã", overdue.QuerySelector("table.data tbody")!.TextContent, StringComparison.Ordinal);

        // Areas without a module say so, with no figures, instead of zeros.
        var drafting = Obligations(report).First(o => Area(report, o) == "LegalDrafting");
        Assert.Equal("noModule", drafting.GetProperty("state").GetString());
        Assert.Empty(drafting.GetProperty("figures").EnumerateArray());
        Assert.Contains("Chưa có phân hệ ghi nhận", drafting.GetProperty("stateText").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ShowsTheRegulation_LinksEachCount_AndPrints()
    {
        await CoordinationData.EnsureAsync(App);
        using var api = await App.CreateApiClientAsync("thanhtra.xacminh");
        var report = await GetJsonAsync(api, $"/api/v1/reports/coordination?{Range}");
        var regulation = report.GetProperty("regulations").EnumerateArray()
            .Single(r => r.GetProperty("number").GetString()!.Contains("UBND", StringComparison.Ordinal));
        var id = regulation.GetProperty("id").GetGuid();
        using var client = App.CreateBrowserClient();
        await LoginAsync(client, "thanhtra.xacminh");

        var page = await GetDocumentAsync(client, $"/Reports/Coordination?period=Custom&{Range}&regulationId={id}");

        Assert.Single(page.QuerySelectorAll("section.coordination-regulation"));
        Assert.NotNull(page.QuerySelector($"#regulationId option[value='{id}'][selected]"));
        Assert.NotEmpty(page.QuerySelectorAll("[data-state='noModule']"));
        var links = page.QuerySelectorAll("a[data-figure='in.forwarded']");
        Assert.Contains(links, a => a.TextContent == "3");
        Assert.NotNull(page.QuerySelector("nav.subnav a[href='/Reports/Coordination'][aria-current='page']"));
        var printLink = page.QuerySelectorAll("a").Single(a => a.GetAttribute("href")!.StartsWith("/Reports/Coordination/Print", StringComparison.Ordinal));
        var print = await GetDocumentAsync(client, printLink.GetAttribute("href")!);
        Assert.Contains("BÁO CÁO THỰC HIỆN QUY CHẾ PHỐI HỢP", print.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(print.QuerySelectorAll("a[data-figure]"));
        Assert.NotEmpty(print.QuerySelectorAll("table.data"));
        var petitions = await GetDocumentAsync(client, "/Reports/Petitions");
        Assert.NotNull(petitions.QuerySelector("nav.subnav a[href='/Reports/Coordination']"));
    }

    [Fact]
    public async Task BodyStaff_SeeOnlyTheObligationsOfTheirBody()
    {
        await CoordinationData.EnsureAsync(App);
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        using var department = await App.CreateApiClientAsync("so.nnmt");
        using var deputy = await App.CreateApiClientAsync("dbqh.daibieu");
        using var inspector = await App.CreateApiClientAsync("thanhtra.xacminh");

        var own = await GetJsonAsync(front, $"/api/v1/reports/coordination?{Range}");
        var none = await GetJsonAsync(department, $"/api/v1/reports/coordination?{Range}");
        var all = await GetJsonAsync(inspector, $"/api/v1/reports/coordination?{Range}");

        Assert.Equal("MTTQ-TN", own.GetProperty("bodyCode").GetString());
        Assert.All(Obligations(own), o => Assert.True(o.GetProperty("responsibleBodyCode").GetString() == "MTTQ-TN"
            || o.GetProperty("partnerBodyCode").GetString() == "MTTQ-TN", o.ToString()));
        Assert.Equal(3, Count(Obligation(own, "UBND-TN", "MTTQ-TN", "CitizenReceptionAndPetitions"), "in.forwarded"));
        Assert.DoesNotContain(Obligations(own), o => o.GetProperty("responsibleBodyCode").GetString() == "TTHDND-TN"
            && o.GetProperty("partnerBodyCode").GetString() == "BTCD-TN");
        Assert.Empty(Obligations(none));
        Assert.True(Obligations(all).Count() > Obligations(own).Count());
        Assert.True(all.GetProperty("bodyCode").ValueKind == JsonValueKind.Null);

        // Another body's obligation: its list is refused, as is the whole province to a body's staff.
        var committeeToFront = Obligation(all, "UBND-TN", "MTTQ-TN", "CitizenReceptionAndPetitions");
        using var client = App.CreateBrowserClient();
        await LoginAsync(client, "dbqh.daibieu");
        using var list = await client.GetAsync(Figure(committeeToFront, "received").GetProperty("list").GetString()!, Ct);
        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.Contains("/Account/AccessDenied", list.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var deputyReport = await GetJsonAsync(deputy, $"/api/v1/reports/coordination?{Range}");
        Assert.DoesNotContain(Obligations(deputyReport), o => o.GetProperty("id").GetGuid() == committeeToFront.GetProperty("id").GetGuid());
    }

    [Theory]
    [InlineData("from=2026-12-01&to=2026-11-01", "from")]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("from=2026-01-01&to=hôm-nay", "to")]
    [InlineData("from=2020-01-01&to=2026-01-01", "to")]
    [InlineData("regulationId=khong-co", "regulationId")]
    [InlineData("regulationId=0195a3f0-0000-7000-8000-000000000000", "regulationId")]
    public async Task BadInput_Is400NamingTheField(string query, string field)
    {
        using var api = await App.CreateApiClientAsync("thanhtra.xacminh");

        foreach (var url in new[] { "/api/v1/reports/coordination", "/api/v1/reports/coordination.xlsx", "/api/v1/reports/coordination.pdf" })
        {
            using var response = await api.GetAsync($"{url}?{query}", Ct);

            var text = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode} {text}");
            Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
        }
    }

    [Fact]
    public async Task Exports_ReadBack_WithVietnameseText()
    {
        await CoordinationData.EnsureAsync(App);
        using var api = await App.CreateApiClientAsync("thanhtra.xacminh");

        var xlsx = await DownloadAsync(api, $"/api/v1/reports/coordination.xlsx?{Range}", "spreadsheetml");
        var pdf = await DownloadAsync(api, $"/api/v1/reports/coordination.pdf?{Range}", "pdf");

        using var doc = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        static string Text(Cell c) => c.InnerText;
        var rows = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList()).ToList();
        Assert.Equal(["STT", "Quy chế, điều", "Nghĩa vụ", "Chỉ tiêu", "Số đơn"], rows[0].Select(Text));
        var forwarded = rows.Where(r => r.Count == 5
            && Text(r[3]) == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Nguyên chuyển đến Ủy ban nhân dân tỉnh Thái Nguyên: Đơn đã chuyển trong kỳ").ToList();
        Assert.NotEmpty(forwarded);
        Assert.All(forwarded, r => Assert.Null(r[4].DataType));
        Assert.All(forwarded, r => Assert.Equal("3", r[4].CellValue!.Text));
        Assert.Contains(rows, r => r.Count > 3 && Text(r[3]).StartsWith("Chưa có phân hệ ghi nhận", StringComparison.Ordinal));

        var text = await ReportExportTests.PdfTextAsync(pdf);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains("BÁO CÁO THỰC HIỆN QUY CHẾ PHỐI HỢP", text, StringComparison.Ordinal);
        Assert.Contains("Chưa có phân hệ ghi nhận", text, StringComparison.Ordinal);
        Assert.Contains("Thái Nguyên, ngày 28 tháng 12 năm 2026", text, StringComparison.Ordinal);
    }

    private static IEnumerable<JsonElement> Obligations(JsonElement report) =>
        report.GetProperty("regulations").EnumerateArray().SelectMany(r => r.GetProperty("chapters").EnumerateArray())
            .SelectMany(c => c.GetProperty("articles").EnumerateArray()).SelectMany(a => a.GetProperty("obligations").EnumerateArray());

    private static string Area(JsonElement report, JsonElement obligation) =>
        report.GetProperty("regulations").EnumerateArray().SelectMany(r => r.GetProperty("chapters").EnumerateArray())
            .SelectMany(c => c.GetProperty("articles").EnumerateArray())
            .Single(a => a.GetProperty("obligations").EnumerateArray().Any(o => o.GetProperty("id").GetGuid() == obligation.GetProperty("id").GetGuid()))
            .GetProperty("area").GetString()!;

    private static JsonElement Obligation(JsonElement report, string responsible, string? partner, string area) =>
        Obligations(report).First(o => o.GetProperty("responsibleBodyCode").GetString() == responsible
            && o.GetProperty("partnerBodyCode").GetString() == partner && Area(report, o) == area);

    private static JsonElement Figure(JsonElement obligation, string code) =>
        obligation.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("code").GetString() == code);

    private static int Count(JsonElement obligation, string code) => Figure(obligation, code).GetProperty("count").GetInt32();

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<byte[]> DownloadAsync(HttpClient client, string url, string contentType)
    {
        using var response = await client.GetAsync(url, Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(bytes)}");
        Assert.Contains(contentType, response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        return bytes;
    }

    public sealed class Sqlite(SqliteAppFactory app) : CoordinationReportTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : CoordinationReportTests(app), IClassFixture<PostgresAppFactory>;
}
