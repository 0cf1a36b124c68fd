using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Calendar;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Calendar;

// The yearly review of days off (RULES.md 10.1): an administrator corrects the proposal, the change is audited and
// open deadlines are recomputed on the new calendar. Each test edits its own year.
public abstract class CalendarYearTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task AddSwapOnSaturday_OpenDeadlineAcrossIt_MovesEarlierAndIsAudited()
    {
        // 10 working days from Monday 04/01/2027 end on Monday 18/01/2027 with the proposed calendar.
        var deadline = await App.TrackDeadlineAsync("reception.notify-citizen", new DateOnly(2027, 1, 4), "MTTQ-TN");
        Assert.Equal(new DateOnly(2027, 1, 18), deadline.DueDate);
        using var admin = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(admin, "admin");
        var page = await HtmlForms.GetDocumentAsync(admin, "/Calendar/Year/2027");

        using var response = await HtmlForms.SubmitAsync(admin, page, new Dictionary<string, string>
        {
            ["entry.Date"] = "2027-01-09",
            ["entry.Name"] = "Làm bù cho ngày nghỉ hoán đổi",
            ["entry.Kind"] = nameof(HolidayKind.SwapOn),
            ["entry.LegalBasis"] = "Thông báo hoán đổi ngày làm việc năm 2027",
        }, formSelector: "form[action*='handler=Add']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var moved = await App.ReloadDeadlineAsync(deadline.Id);
        // Saturday 09/01 now counts, so the tenth working day is Friday 15/01.
        Assert.Equal(new DateOnly(2027, 1, 15), moved.DueDate);
        Assert.Contains(moved.ExplanationLines(), l => l.Contains("09/01/2027", StringComparison.Ordinal));
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var audit = await db.AuditEntries.Where(e => e.EntityType == nameof(TrackedDeadline) && e.EntityId == deadline.Id.ToString())
            .OrderByDescending(e => e.Sequence).FirstAsync(Ct);
        Assert.Equal(AuditAction.Modified, audit.Action);
        Assert.Contains("Lịch 2027", audit.Reason, StringComparison.Ordinal);
        Assert.Contains("2027-01-15", audit.Changes, StringComparison.Ordinal);
        using var api = App.CreateClient();
        Assert.Contains("\"2027-01-09\"", await api.GetStringAsync("/api/v1/calendar/holidays?year=2027", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddSwapOnWeekday_IsRefusedWithMessage_AndNothingStored()
    {
        using var admin = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(admin, "admin");
        var page = await HtmlForms.GetDocumentAsync(admin, "/Calendar/Year/2028");

        using var response = await HtmlForms.SubmitAsync(admin, page, new Dictionary<string, string>
        {
            ["entry.Date"] = "2028-03-08",
            ["entry.Name"] = "<script>alert(1)</script>",
            ["entry.Kind"] = nameof(HolidayKind.SwapOn),
        }, formSelector: "form[action*='handler=Add']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains(App.Text("Errors.Calendar.SwapOnMustBeWeekend"), html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        await using var scope = App.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<CalendarYear>().AnyAsync(y => y.Year == 2028, Ct));
    }

    [Fact]
    public async Task AddTwoEntries_ToAStoredYear_KeepsBoth()
    {
        using var admin = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(admin, "admin");

        foreach (var (date, kind, name) in new[] { ("2030-11-24", HolidayKind.Holiday, "Ngày Văn hóa Việt Nam"), ("2030-02-09", HolidayKind.SwapOn, "Làm bù") })
        {
            var page = await HtmlForms.GetDocumentAsync(admin, "/Calendar/Year/2030");
            using var response = await HtmlForms.SubmitAsync(admin, page, new Dictionary<string, string>
            {
                ["entry.Date"] = date,
                ["entry.Name"] = name,
                ["entry.Kind"] = kind.ToString(),
            }, formSelector: "form[action*='handler=Add']");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        await using var scope = App.Services.CreateAsyncScope();
        var year = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<CalendarYear>().Include(y => y.Entries).SingleAsync(y => y.Year == 2030, Ct);
        Assert.Contains(year.Entries, e => e.Date == new DateOnly(2030, 11, 24) && e.Kind == HolidayKind.Holiday);
        Assert.Contains(year.Entries, e => e.Date == new DateOnly(2030, 2, 9) && e.Kind == HolidayKind.SwapOn);
        Assert.False(year.IsConfirmed);
    }

    [Fact]
    public async Task ConfirmYear_WithNotice_MarksYearConfirmed()
    {
        using var admin = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(admin, "admin");
        var page = await HtmlForms.GetDocumentAsync(admin, "/Calendar/Year/2029");

        using var response = await HtmlForms.SubmitAsync(admin, page,
            new Dictionary<string, string> { ["notice"] = "Thông báo số 01/TB-BNV về lịch nghỉ năm 2029" }, formSelector: "form[action*='handler=Confirm']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = App.Services.CreateAsyncScope();
        var year = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<CalendarYear>().Include(y => y.Entries).SingleAsync(y => y.Year == 2029, Ct);
        Assert.True(year.IsConfirmed);
        Assert.Equal("admin", year.ConfirmedBy);
        // Confirming copies the proposal, so 2/9/2029 (a Sunday) keeps its day in lieu.
        Assert.Contains(year.Entries, e => e.Kind == HolidayKind.Substitute);
        var after = await HtmlForms.GetDocumentAsync(admin, "/Calendar/Year/2029");
        Assert.Contains(App.Text("Calendar.Confirmed"), after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task YearPage_StaffWithoutCalendarRole_IsDenied()
    {
        using var client = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(client, "mttq.tiepdan");

        using var response = await client.GetAsync("/Calendar/Year/2027", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MonthPage_February2026_ShowsTetAndLunarNewYear()
    {
        using var client = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(client, "mttq.tiepdan");

        var page = await HtmlForms.GetDocumentAsync(client, "/Calendar?year=2026&month=2");

        var text = page.QuerySelector("table.month")!.TextContent;
        Assert.Contains("Tết Nguyên đán", text, StringComparison.Ordinal);
        Assert.Contains("1/1", text, StringComparison.Ordinal);
        Assert.Equal(5 + 8, page.QuerySelectorAll("table.month td.off").Length); // 5 days of Tết + 4 weekends
    }

    public sealed class Sqlite(SqliteAppFactory app) : CalendarYearTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : CalendarYearTests(app), IClassFixture<PostgresAppFactory>;
}
