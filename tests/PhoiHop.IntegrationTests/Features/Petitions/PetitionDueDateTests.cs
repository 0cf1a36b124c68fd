using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Calendar;
using PhoiHop.Features.Petitions;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;
using static PhoiHop.IntegrationTests.Features.Petitions.PetitionApi;

namespace PhoiHop.IntegrationTests.Features.Petitions;

// Petition.DueOn is the queues' copy of the nearest open deadline: a calendar change that moves the deadline must move it
// too, in the same save (RULES.md 13.7(3)).
public abstract class PetitionDueDateTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task AddHoliday_AcrossOpenLetterDeadline_MovesPetitionDueOnWithTheDeadline()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var id = (await RegisterAsync(front, Letter("MTTQ-TN", kind: "Recommendation"))).GetProperty("id").GetGuid();
        // 10 working days from Thursday 26/11/2026 end on Thursday 10/12/2026.
        Assert.Equal("2026-12-10", (await GetAsync(front, id)).GetProperty("dueOn").GetString());
        using var admin = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(admin, "admin");
        var page = await HtmlForms.GetDocumentAsync(admin, "/Calendar/Year/2026");

        using var response = await HtmlForms.SubmitAsync(admin, page, new Dictionary<string, string>
        {
            ["entry.Date"] = "2026-12-02",
            ["entry.Name"] = "Ngày nghỉ thử nghiệm",
            ["entry.Kind"] = nameof(HolidayKind.Holiday),
            ["entry.LegalBasis"] = "Thông báo thử nghiệm",
        }, formSelector: "form[action*='handler=Add']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await GetAsync(front, id);
        Assert.Equal("2026-12-11", after.GetProperty("dueOn").GetString());
        Assert.Contains(after.GetProperty("deadlines").EnumerateArray(),
            d => d.GetProperty("ruleCode").GetString() == PetitionDeadlines.NotifyCitizen && d.GetProperty("dueDate").GetString() == "2026-12-11");
        using var queue = await front.GetAsync("/api/v1/petitions?queue=Body&sort=DueAsc&pageSize=200", Ct);
        Assert.Contains("2026-12-11", await queue.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var audit = await db.AuditEntries.Where(e => e.EntityType == nameof(Petition) && e.EntityId == id.ToString())
            .OrderByDescending(e => e.Sequence).FirstAsync(Ct);
        Assert.Equal(AuditAction.Modified, audit.Action);
        Assert.Contains("2026-12-11", audit.Changes, StringComparison.Ordinal);
        Assert.Contains("Lịch 2026", audit.Reason, StringComparison.Ordinal);
    }

    public sealed class Sqlite(SqliteAppFactory app) : PetitionDueDateTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : PetitionDueDateTests(app), IClassFixture<PostgresAppFactory>;
}
