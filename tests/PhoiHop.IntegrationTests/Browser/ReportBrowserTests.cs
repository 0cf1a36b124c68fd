using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Petitions;
using PhoiHop.Infrastructure.Data.Seed;
using PhoiHop.IntegrationTests.Features.Reports;
using PhoiHop.IntegrationTests.Testing;
using static Microsoft.Playwright.Assertions;

namespace PhoiHop.IntegrationTests.Browser;

// Issue #6 in a real browser: the inspector opens the province's letter report, drills down into a figure, downloads
// the list, and sees the dashboard's charts on the home page.
public sealed class ReportBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string Range => $"period=Custom&from={ReportData.From:yyyy-MM-dd}&to={ReportData.To:yyyy-MM-dd}&bodyCode=*";

    [Fact]
    public async Task Report_DrillDown_AndDownload()
    {
        await SeedDemoLettersAsync();
        await using var context = await browser.NewContextAsync();
        var page = await SignedInPageAsync(context, "thanhtra.xacminh");

        await page.GotoAsync($"/Reports/Petitions?{Range}");
        var received = page.Locator("a[data-figure='received']");
        var count = int.Parse((await received.InnerTextAsync()).Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        Assert.True(count > 0);
        await received.ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Reports/Petitions/List\\?"));
        await Expect(page.Locator("h1")).ToHaveAttributeAsync("data-total", count.ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("table.data tbody tr")).ToHaveCountAsync(Math.Min(count, 50));
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[href*='letters.xlsx']").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        var csv = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[href*='letters.csv']").ClickAsync());
        var text = await File.ReadAllBytesAsync((await csv.PathAsync())!, TestContext.Current.CancellationToken);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, text[..3]);
        Assert.Equal(count + 1, System.Text.Encoding.UTF8.GetString(text).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        await page.GotoAsync("/");
        await Expect(page.Locator("#letters-dashboard svg[role='img']")).ToHaveCountAsync(3);
        await Expect(page.Locator("#letters-dashboard svg[role='img']").First).ToBeVisibleAsync();
    }

    // The officer types a word of one of her body's letters without its diacritics into the header's search box (Enter,
    // no mouse) and finds the letter, the word highlighted, then opens it.
    [Fact]
    public async Task Search_FromTheHeader_WithoutDiacritics_FindsAndOpensTheLetter()
    {
        await SeedDemoLettersAsync();
        var (id, word) = await LetterWordAsync("MTTQ-TN");
        await using var context = await browser.NewContextAsync();
        var page = await SignedInPageAsync(context, "mttq.tiepdan");

        await page.FillAsync("#site-search", Unaccented(word));
        await page.PressAsync("#site-search", "Enter");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Search\\?q="));
        var result = page.Locator($"ol.search-results a[href='/Petitions/{id}']");
        await Expect(result).ToHaveCountAsync(1);
        await Expect(page.Locator("ol.search-results mark").First).ToBeVisibleAsync();
        await result.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/Petitions/{id}$"));
    }

    // A letter received by the body and the longest word of its subject with diacritics (so that dropping them matters).
    private async Task<(Guid Id, string Word)> LetterWordAsync(string bodyCode)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PhoiHop.Infrastructure.Data.AppDbContext>();
        var body = db.Bodies.Single(b => b.Code == bodyCode).Id;
        var letters = db.Petitions.Where(p => p.ReceivingBodyId == body).OrderBy(p => p.RegisteredAt).Select(p => new { p.Id, p.Subject }).ToList();
        foreach (var letter in letters)
        {
            var word = letter.Subject.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => new string([.. w.Where(char.IsLetter)]))
                .Where(w => w.Length >= 4 && Unaccented(w) != w).MaxBy(w => w.Length);
            if (word is not null)
                return (letter.Id, word);
        }
        throw new InvalidOperationException($"No letter of {bodyCode} has a word with diacritics in its subject");
    }

    private static string Unaccented(string text) =>
        new string([.. text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)])
            .Replace('đ', 'd').Replace('Đ', 'D');

    // The demo letters (fixed seed), made through the services: the app here is on Kestrel, so the test API client of
    // ReportData does not reach it.
    private async Task SeedDemoLettersAsync()
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditActor>().ActAs(null, "test:reports");
        await scope.ServiceProvider.GetRequiredService<DemoPetitionSeeder>().SeedAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<IPage> SignedInPageAsync(IBrowserContext context, string login)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Form_UserName", login);
        await page.FillAsync("#Form_Password", DemoProvinceSeeder.DemoPassword);
        await page.ClickAsync("#login-submit");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        return page;
    }
}
