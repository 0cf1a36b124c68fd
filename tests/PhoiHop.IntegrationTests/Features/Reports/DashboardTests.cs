using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using PhoiHop.IntegrationTests.Testing;
using static PhoiHop.IntegrationTests.Testing.HtmlForms;

namespace PhoiHop.IntegrationTests.Features.Reports;

// The letter dashboard of the home page: every number is the length of the list it links to, for every demo role.
public abstract class DashboardTests(AppFactory app) : AppTests(app)
{
    public static TheoryData<string> PetitionReaders => ["mttq.tiepdan", "mttq.lanhdao", "ubnd.lanhdao", "so.nnmt", "thanhtra.xacminh", "xa.daiphuc"];

    [Theory]
    [MemberData(nameof(PetitionReaders))]
    public async Task Dashboard_EveryNumber_EqualsItsLinkedList(string login)
    {
        await ReportData.EnsureAsync(App);
        using var client = App.CreateBrowserClient();
        await LoginAsync(client, login);

        var home = await GetDocumentAsync(client, "/");

        var dashboard = home.QuerySelector("#letters-dashboard");
        Assert.NotNull(dashboard);
        var links = dashboard.QuerySelectorAll("a[data-count]").OfType<IHtmlAnchorElement>().ToList();
        Assert.True(links.Count > 4 + (3 * 12), $"{links.Count} numbers");
        foreach (var svg in dashboard.QuerySelectorAll("svg"))
        {
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.NotNull(svg.QuerySelector("title"));
            Assert.Equal("TABLE", svg.ParentElement!.NextElementSibling!.TagName);
        }
        // The province's readers (the inspectorate) also see the letters by unit; a body's own staff see their body only.
        var province = login == "thanhtra.xacminh";
        Assert.Equal(province ? 3 : 2, dashboard.QuerySelectorAll("svg").Length);
        Assert.Equal(province, dashboard.QuerySelector("#chart-units-table") is not null);
        if (province)
        {
            var units = dashboard.QuerySelectorAll("#chart-units-table tbody tr").ToList();
            Assert.InRange(units.Count, 2, PhoiHop.Features.Reports.PetitionDashboard.Units);
            var received = units.Select(r => int.Parse(r.QuerySelector("a[data-count]")!.GetAttribute("data-count")!, CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(received.OrderByDescending(c => c), received);
        }
        var total = 0;
        foreach (var link in links)
        {
            var count = int.Parse(link.GetAttribute("data-count")!, CultureInfo.InvariantCulture);
            total += count;
            var list = await GetDocumentAsync(client, link.GetAttribute("href")!);
            Assert.True(count == ListTotal(list), $"{login} {link.GetAttribute("href")}: dashboard {count}, list {ListTotal(list)}");
        }
        Assert.True(total > 0, $"{login}: every number is 0");
    }

    // The Farmers' Union officer has no right to letters (PetitionsPermissions).
    [Fact]
    public async Task Dashboard_WithoutPetitionRights_ShowsNoLetterFigures()
    {
        const string login = "hoi.nongdan";
        await ReportData.EnsureAsync(App);
        using var client = App.CreateBrowserClient();
        await LoginAsync(client, login);

        using var response = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var home = await ParseAsync(response);
        Assert.Null(home.QuerySelector("#letters-dashboard"));
        Assert.DoesNotContain(home.QuerySelectorAll("main a"), a => a.GetAttribute("href") is { } href
            && (href.StartsWith("/Petitions", StringComparison.Ordinal) || href.StartsWith("/Reports", StringComparison.Ordinal)));
    }

    // The report list carries its total on the heading; a work queue on its table's caption (absent when empty).
    private static int ListTotal(IHtmlDocument list) =>
        int.Parse(list.QuerySelector("h1[data-total]")?.GetAttribute("data-total")
            ?? list.QuerySelector("caption[data-total]")?.GetAttribute("data-total") ?? "0", CultureInfo.InvariantCulture);

    public sealed class Sqlite(SqliteAppFactory app) : DashboardTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : DashboardTests(app), IClassFixture<PostgresAppFactory>;
}
