using AngleSharp.Html.Dom;
using PhoiHop.IntegrationTests.Testing;
using static PhoiHop.IntegrationTests.Features.Petitions.PetitionApi;
using static PhoiHop.IntegrationTests.Testing.HtmlForms;

namespace PhoiHop.IntegrationTests.Features;

// The long lists of the UI turn pages by their links: "page" is also Razor Pages' own route value, which once made every
// page-2 link lead back to page 1 (the number was dropped from the link, and read back as the page's path). Each list
// here has more than one page: page 2 shows other rows than page 1, and its "previous" link shows page 1 again.
public abstract class ListPagingTests(AppFactory app) : AppTests(app)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly HashSet<AppFactory> Seeded = [];

    public static TheoryData<string, string> Lists => new()
    {
        { "mttq.tiepdan", "/Petitions?queue=Body&sort=ReceivedDesc&channel=Hotline" },
        { "thanhtra.xacminh", "/Reports/Petitions/List?period=Custom&from=2026-11-26&to=2026-11-26&bodyCode=MTTQ-TN&figure=channel.Hotline" },
        { "kiemtoan", "/Audit?entity=Petition" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Page2_FollowsItsLink_AndShowsOtherRows(string login, string url)
    {
        await EnsureLettersAsync();
        using var client = App.CreateBrowserClient();
        await LoginAsync(client, login);

        var first = await GetDocumentAsync(client, url);
        Assert.Null(first.QuerySelector("[role=alert]"));
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        var next = first.QuerySelector("a[rel=next]")?.GetAttribute("href");
        Assert.False(next is null, $"{url}: no next page");
        var second = await GetDocumentAsync(client, next);
        var back = await GetDocumentAsync(client, second.QuerySelector("a[rel=prev]")!.GetAttribute("href")!);

        Assert.NotEmpty(Rows(second));
        Assert.Empty(Rows(first).Intersect(Rows(second)));
        Assert.Equal(Rows(first), Rows(back));
        Assert.Equal(first.QuerySelector("h1")?.TextContent, second.QuerySelector("h1")?.TextContent);
    }

    private static List<string> Rows(IHtmlDocument page) => [.. page.QuerySelectorAll("table.data tbody tr").Select(r => r.InnerHtml)];

    // 51 letters by hotline to the Front on 26/11/2026: more than the 50 a page of letters holds.
    private async Task EnsureLettersAsync()
    {
        await Gate.WaitAsync(Ct);
        try
        {
            if (!Seeded.Add(App))
                return;
            using var front = await App.CreateApiClientAsync("mttq.tiepdan");
            for (var i = 0; i < 51; i++)
                await RegisterAsync(front, Letter("MTTQ-TN", channel: "Hotline", subject: $"Phản ánh số {i} qua đường dây nóng"));
        }
        finally
        {
            Gate.Release();
        }
    }

    public sealed class Sqlite(SqliteAppFactory app) : ListPagingTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : ListPagingTests(app), IClassFixture<PostgresAppFactory>;
}
