using System.Globalization;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PhoiHop.Infrastructure.Data.Seed;
using PhoiHop.IntegrationTests.Testing;
using static Microsoft.Playwright.Assertions;

namespace PhoiHop.IntegrationTests.Browser;

// Real chromium against real Kestrel; one provider (SQLite) is enough for what only a browser can see.
public sealed partial class BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [GeneratedRegex(@"/Regulations/[0-9a-f-]{36}$")]
    private static partial Regex RegulationUrl();

    [GeneratedRegex(@"/Regulations/[0-9a-f-]{36}/Articles/(\d+)$")]
    private static partial Regex ArticleUrl();

    [Fact]
    public async Task Login_ThroughTheRealForm_LandsOnHome()
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));

        await page.FillAsync("#Form_UserName", "mttq.lanhdao");
        await page.FillAsync("#Form_Password", DemoProvinceSeeder.DemoPassword);
        await page.ClickAsync("#login-submit");

        await Expect(page).ToHaveURLAsync(browser.BaseUrl + "/");
        await Expect(page.Locator("main h1")).ToContainTextAsync("Hoàng Văn Thái");
    }

    [Fact]
    public async Task Regulation_FollowContentsThenNext_ReachesTheFollowingArticle()
    {
        await using var context = await browser.NewContextAsync();
        var page = await LoggedInPageAsync(context, "mttq.lanhdao");
        await page.GotoAsync("/Regulations");
        await page.Locator("a.regulation-link").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(RegulationUrl());

        // Article links are boosted by htmx (a same-document swap and pushState when htmx is loaded, a plain
        // navigation when it is not), so wait on the URL and the heading, not on a page load.
        await page.Locator("nav#toc a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(ArticleUrl());
        await Expect(page.Locator("main h1")).ToContainTextAsync("Điều");
        var articleUrl = page.Url;
        await page.Locator("a[rel=next]").ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(articleUrl);

        var next = ArticleNumber(articleUrl) + 1;
        Assert.Equal(next, ArticleNumber(page.Url));
        await Expect(page.Locator("main h1")).ToContainTextAsync($"Điều {next}");
    }

    [Fact]
    public async Task LanguageSwitch_ChooseEnglish_PageIsInEnglish()
    {
        await using var context = await browser.NewContextAsync();
        var page = await LoggedInPageAsync(context, "mttq.lanhdao");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");

        await page.Locator("form.lang-switch select#culture").SelectOptionAsync("en-GB");
        await page.Locator("form.lang-switch button[type=submit]").ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page).ToHaveURLAsync(browser.BaseUrl + "/");
    }

    [Theory]
    [InlineData("login")]
    [InlineData("home")]
    [InlineData("regulation")]
    [InlineData("article")]
    [InlineData("/Calendar?year=2026&month=2")]
    [InlineData("/Calendar/Rules")]
    [InlineData("/Organizations")]
    [InlineData("/Organizations/Bodies/MTTQ-TN")]
    [InlineData("/Notifications")]
    [InlineData("/Account/Tokens")]
    [InlineData("/Regulations/Create")]
    public async Task Accessibility_Page_HasNoSeriousOrCriticalViolations(string which)
    {
        await using var context = await browser.NewContextAsync();
        var page = which == "login" ? await context.NewPageAsync() : await LoggedInPageAsync(context, "mttq.lanhdao");
        await OpenAsync(page, which);

        var result = await page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe on {which} ({page.Url}):\n" + string.Join('\n', serious.Select(v =>
            $"- [{v.Impact}] {v.Id}: {v.Help} ({v.HelpUrl})\n" + string.Join('\n', v.Nodes.Select(n => $"    {n.Html}")))));
    }

    private async Task OpenAsync(IPage page, string which)
    {
        switch (which)
        {
            case "login":
                await page.GotoAsync("/Account/Login");
                break;
            case "home":
                await page.GotoAsync("/");
                break;
            case "regulation":
                await page.GotoAsync("/Regulations");
                await page.Locator("a.regulation-link").First.ClickAsync();
                await Expect(page).ToHaveURLAsync(RegulationUrl());
                break;
            case "article":
                await page.GotoAsync("/Regulations");
                await page.Locator("a.regulation-link").First.ClickAsync();
                await page.Locator("nav#toc a").First.ClickAsync();
                await Expect(page).ToHaveURLAsync(ArticleUrl());
                break;
            case var path when path.StartsWith('/'):
                await page.GotoAsync(path);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(which), which, null);
        }
    }

    private static async Task<IPage> LoggedInPageAsync(IBrowserContext context, string login)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Form_UserName", login);
        await page.FillAsync("#Form_Password", DemoProvinceSeeder.DemoPassword);
        await page.ClickAsync("#login-submit");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        return page;
    }

    private static int ArticleNumber(string url) =>
        int.Parse(ArticleUrl().Match(url).Groups[1].Value, CultureInfo.InvariantCulture);
}
