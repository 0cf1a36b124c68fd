using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Reports;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;
using static PhoiHop.IntegrationTests.Testing.HtmlForms;

namespace PhoiHop.IntegrationTests.Features.Reports;

// Every figure of the letter report equals the length of its drill-down list, and both equal the figure's predicate
// run in .NET over the letters themselves.
public abstract class PetitionReportTests(AppFactory app) : AppTests(app)
{
    private static string Range => $"from={ReportData.From:yyyy-MM-dd}&to={ReportData.To:yyyy-MM-dd}";

    [Fact]
    public async Task EveryFigure_EqualsItsDrillDownList_ForTheProvince()
    {
        await ReportData.EnsureAsync(App);
        using var api = await App.CreateApiClientAsync("thanhtra.xacminh");
        var report = await GetJsonAsync(api, $"/api/v1/reports/petitions?{Range}");
        using var client = App.CreateBrowserClient();
        await LoginAsync(client, "thanhtra.xacminh");

        var figures = report.GetProperty("figures").EnumerateArray().ToList();
        Assert.True(figures.Count >= 40, $"{figures.Count} figures");
        var oracle = await OracleAsync(bodyId: null);
        foreach (var figure in figures)
        {
            var code = figure.GetProperty("code").GetString()!;
            var count = figure.GetProperty("count").GetInt32();
            var list = await GetDocumentAsync(client, $"/Reports/Petitions/List?period=Custom&{Range}&bodyCode=*&figure={Uri.EscapeDataString(code)}");
            var total = int.Parse(list.QuerySelector("h1")!.GetAttribute("data-total")!, CultureInfo.InvariantCulture);
            Assert.True(count == total, $"{code}: report {count}, list {total}");
            Assert.True(count == oracle[code], $"{code}: report {count}, predicate over the letters {oracle[code]}");
        }

        Assert.Equal(report.GetProperty("received").GetInt32(), ReportData.Figure(report, "received").GetProperty("count").GetInt32());
        Assert.True(report.GetProperty("received").GetInt32() > 36);
        // The data reach the figures that matter, so that equal counts are not all zeros.
        string[] nonZero = ["handled.Accepted", "handled.Guided", "handled.Forwarded", "handled.Filed", "resolution.Overdue", "resolution.InTime",
            "flags.Duplicate", "flags.SentToMany", "flags.MultiPerson", "forwarded.Answered", "forwarded.NotAnswered", "competence.Own",
            "competence.Outside", "kind.None", "field.Land"];
        Assert.All(nonZero, code => Assert.True(ReportData.Figure(report, code).GetProperty("count").GetInt32() > 0, $"{code} is 0"));
    }

    [Fact]
    public async Task EveryFigure_EqualsItsDrillDownList_ForOneBody_AndPartsAddUp()
    {
        await ReportData.EnsureAsync(App);
        await using var scope = App.Services.CreateAsyncScope();
        var statistics = scope.ServiceProvider.GetRequiredService<PetitionStatistics>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var code in new[] { "MTTQ-TN", "UBND-TN", "SNNMT-TN" })
        {
            var body = await db.Bodies.SingleAsync(b => b.Code == code, Ct);
            var reportScope = new ReportScope(body.Id, body.Code, body.Name, new ReportPeriod(ReportData.From, ReportData.To));
            var report = await statistics.ReportAsync(reportScope, Ct);
            var oracle = await OracleAsync(body.Id);
            foreach (var f in report.Figures)
            {
                var list = await statistics.ListAsync(reportScope, f.Figure, 1, 10, Ct);
                Assert.True(f.Count == list.Total, $"{code} {f.Figure.Code}: report {f.Count}, list {list.Total}");
                Assert.True(f.Count == oracle[f.Figure.Code], $"{code} {f.Figure.Code}: report {f.Count}, predicate {oracle[f.Figure.Code]}");
                var streamed = await statistics.StreamAsync(reportScope, f.Figure, Ct).CountAsync(Ct);
                Assert.Equal(f.Count, streamed);
            }
            var received = report["received"];
            foreach (var group in new[] { FigureGroup.Channel, FigureGroup.Kind, FigureGroup.Field, FigureGroup.Competence })
                Assert.Equal(received, report.Figures.Where(f => f.Figure.Group == group).Sum(f => f.Count));
        }
    }

    [Fact]
    public async Task BodyUser_SeesOnlyTheirBody()
    {
        await ReportData.EnsureAsync(App);
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");

        var own = await GetJsonAsync(front, $"/api/v1/reports/petitions?{Range}");
        Assert.Equal("MTTQ-TN", own.GetProperty("bodyCode").GetString());
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var mttq = await db.Bodies.SingleAsync(b => b.Code == "MTTQ-TN", Ct);
        Assert.Equal((await OracleAsync(mttq.Id))["received"], own.GetProperty("received").GetInt32());

        using var other = await front.GetAsync($"/api/v1/reports/petitions?{Range}&bodyCode=UBND-TN", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        using var province = await front.GetAsync($"/api/v1/reports/petitions?{Range}&bodyCode=*", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, province.StatusCode);

        using var client = App.CreateBrowserClient();
        await LoginAsync(client, "mttq.tiepdan");
        using var list = await client.GetAsync($"/Reports/Petitions/List?period=Custom&{Range}&bodyCode=UBND-TN&figure=received", Ct);
        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.Contains("/Account/AccessDenied", list.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var page = await GetDocumentAsync(client, "/Reports/Petitions?period=Year&on=2026-11-27");
        Assert.Null(page.QuerySelector("option[value='*']"));
        Assert.Single(page.QuerySelectorAll("#bodyCode option"));
    }

    [Theory]
    [InlineData("from=2026-12-01&to=2026-11-01", "from")]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("from=2026-01-01&to=hôm-nay", "to")]
    [InlineData("from=2020-01-01&to=2026-01-01", "to")]
    [InlineData("bodyCode=KHONG-CO", "bodyCode")]
    public async Task Api_BadInput_Is400NamingTheField(string query, string field)
    {
        using var api = await App.CreateApiClientAsync("thanhtra.xacminh");

        using var response = await api.GetAsync($"/api/v1/reports/petitions?{query}", Ct);

        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {text}");
        Assert.True(JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
    }

    // The figures' own predicates, run in .NET over the letters as EF loads them: an oracle independent of the SQL and of
    // the report's own reading (LetterFacts). LetterMarksTests checks the steps kept on the letter against its history.
    private async Task<Dictionary<string, int>> OracleAsync(Guid? bodyId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var statistics = scope.ServiceProvider.GetRequiredService<PetitionStatistics>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var inScope = PetitionFigures.Scope(bodyId, new ReportPeriod(ReportData.From, ReportData.To)).Compile();
        var letters = (await db.Petitions.AsNoTracking().ToListAsync(Ct)).Where(inScope).ToList();
        return statistics.Figures().ToDictionary(f => f.Code, f => letters.Count(f.Where.Compile()));
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public sealed class Sqlite(SqliteAppFactory app) : PetitionReportTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : PetitionReportTests(app), IClassFixture<PostgresAppFactory>;
}
