using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Home;

// The home page says what needs the user's attention: the body's deadlines and its recurring obligations.
public abstract class HomePageTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task Home_BodyDeadlineDueSoon_IsListedForItsStaffOnly()
    {
        // 10 working days from Friday 20/11/2026 end on Friday 04/12/2026, within a week of 27/11.
        var deadline = await App.TrackDeadlineAsync("reception.notify-citizen", new DateOnly(2026, 11, 20), "UBND-TN");
        using var own = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(own, "ubnd.lanhdao");
        using var other = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(other, "mttq.tiepdan");

        var ownHome = await HtmlForms.GetDocumentAsync(own, "/");
        var otherHome = await HtmlForms.GetDocumentAsync(other, "/");

        var row = ownHome.QuerySelector("#deadlines-heading")!.ParentElement!.TextContent;
        Assert.Contains(deadline.Title, row, StringComparison.Ordinal);
        Assert.Contains("04/12/2026", row, StringComparison.Ordinal);
        Assert.DoesNotContain(deadline.Title, otherHome.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_FrontStaff_SeesRecurringObligationsOfTheirRegulations()
    {
        using var client = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(client, "mttq.lanhdao");

        var home = await HtmlForms.GetDocumentAsync(client, "/");

        var panel = home.QuerySelector("#attention-heading")!.ParentElement!;
        Assert.True(panel.QuerySelectorAll("tbody tr").Length > 0);
        Assert.Contains(App.Text("Recurrence.Yearly"), panel.TextContent, StringComparison.Ordinal);
    }

    public sealed class Sqlite(SqliteAppFactory app) : HomePageTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : HomePageTests(app), IClassFixture<PostgresAppFactory>;
}
