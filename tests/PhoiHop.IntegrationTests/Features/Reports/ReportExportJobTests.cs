using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Reports;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;
using static PhoiHop.IntegrationTests.Testing.HtmlForms;

namespace PhoiHop.IntegrationTests.Features.Reports;

// Long exports run in the background: queued, claimed once, written with progress, downloaded by their owner only.
// Jobs are disabled in tests; the tests run the queue themselves.
public abstract class ReportExportJobTests(AppFactory app) : AppTests(app)
{
    private static string Query => $"from={ReportData.From:yyyy-MM-dd}&to={ReportData.To:yyyy-MM-dd}&bodyCode=*&figure=received";

    [Fact]
    public async Task BackgroundExport_IsWritten_AndOnlyItsOwnerDownloadsIt()
    {
        await ReportData.EnsureAsync(App);
        using var api = await App.CreateApiClientAsync("thanhtra.xacminh");
        using var queued = await api.GetAsync($"/api/v1/reports/petitions/letters.xlsx?{Query}&background=true", Ct);
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        var id = JsonDocument.Parse(await queued.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetGuid();
        using var owner = App.CreateBrowserClient();
        await LoginAsync(owner, "thanhtra.xacminh");
        var before = await GetDocumentAsync(owner, "/Reports/Exports");
        Assert.Equal("Queued", before.QuerySelector($"tr[data-export='{id}']")!.GetAttribute("data-status"));
        Assert.Contains("every 2s", before.QuerySelector("#exports")!.GetAttribute("hx-trigger"), StringComparison.Ordinal);

        await RunQueueAsync();

        var after = await GetDocumentAsync(owner, "/Reports/Exports");
        var row = after.QuerySelector($"tr[data-export='{id}']")!;
        Assert.Equal("Ready", row.GetAttribute("data-status"));
        Assert.Equal("none", after.QuerySelector("#exports")!.GetAttribute("hx-trigger"));
        var list = await GetDocumentAsync(owner, $"/Reports/Petitions/List?period=Custom&{Query}");
        var total = int.Parse(list.QuerySelector("h1")!.GetAttribute("data-total")!, CultureInfo.InvariantCulture);
        Guid ownerId;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var job = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<ReportExport>().SingleAsync(e => e.Id == id, Ct);
            Assert.Equal(total, job.RowsDone);
            Assert.Equal(total, job.RowsTotal);
            Assert.NotNull(job.ClaimedBy);
            ownerId = job.OwnerId;
        }
        var href = row.QuerySelector("a[download]")!.GetAttribute("href")!;
        using var file = await owner.GetAsync(href, Ct);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        var bytes = await file.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);

        using var other = App.CreateBrowserClient();
        await LoginAsync(other, "mttq.tiepdan");
        using var refused = await other.GetAsync(href, Ct);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var audit = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries
                .Where(a => a.EntityType == nameof(ReportExport) && a.EntityId == id.ToString()).ToListAsync(Ct);
            Assert.Contains(audit, a => a.Changes != null && a.Changes.Contains("Downloads", StringComparison.Ordinal) && a.UserId == ownerId);
        }
    }

    [Fact]
    public async Task BackgroundExports_AtMostThreeOfOnePersonWait_TheFourthIsRefused()
    {
        await ReportData.EnsureAsync(App);
        using var api = await App.CreateApiClientAsync("hdnd.lanhdao");
        var url = $"/api/v1/reports/petitions/letters.csv?from={ReportData.From:yyyy-MM-dd}&to={ReportData.To:yyyy-MM-dd}&figure=received&background=true";
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < ReportExportJobs.MaxPendingPerPerson + 1; i++)
        {
            using var queued = await api.GetAsync(url, Ct);
            statuses.Add(queued.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Accepted, ReportExportJobs.MaxPendingPerPerson), HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task BackgroundExport_ClaimedByTwoWorkers_IsWrittenOnce()
    {
        await ReportData.EnsureAsync(App);
        using var api = await App.CreateApiClientAsync("mttq.tiepdan");
        using var queued = await api.GetAsync($"/api/v1/reports/petitions/letters.csv?from={ReportData.From:yyyy-MM-dd}&to={ReportData.To:yyyy-MM-dd}&figure=received&background=true", Ct);
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        var id = JsonDocument.Parse(await queued.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetGuid();

        await using var one = App.Services.CreateAsyncScope();
        await using var two = App.Services.CreateAsyncScope();
        await Task.WhenAll(
            one.ServiceProvider.GetRequiredService<ReportExportJobs>().RunNextAsync(Ct),
            two.ServiceProvider.GetRequiredService<ReportExportJobs>().RunNextAsync(Ct));
        await RunQueueAsync();

        await using var scope = App.Services.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<ReportExportJobs>();
        var job = await queue.Jobs.AsNoTracking().SingleAsync(e => e.Id == id, Ct);
        Assert.Equal(ReportExportStatus.Ready, job.Status);
        var bytes = await File.ReadAllBytesAsync(queue.PathOf(job), Ct);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.True(text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > job.RowsDone, "heading and every row");
    }

    [Fact]
    public async Task LongList_OffersBackgroundExport_ShortListStaysDirect()
    {
        await ReportData.EnsureAsync(App);
        using var client = App.CreateBrowserClient();
        await LoginAsync(client, "thanhtra.xacminh");
        var configuration = App.Services.GetRequiredService<IConfiguration>();

        configuration["Reports:BackgroundExportRows"] = "5";
        try
        {
            var longList = await GetDocumentAsync(client, $"/Reports/Petitions/List?period=Custom&{Query}");
            Assert.NotNull(longList.QuerySelector("form[action='/Reports/Exports'] button[value='xlsx']"));
            using var api = await App.CreateApiClientAsync("thanhtra.xacminh");
            using var response = await api.GetAsync($"/api/v1/reports/petitions/letters.pdf?{Query}", Ct);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }
        finally
        {
            configuration["Reports:BackgroundExportRows"] = null;
        }

        var shortList = await GetDocumentAsync(client, $"/Reports/Petitions/List?period=Custom&{Query}");
        Assert.Null(shortList.QuerySelector("form[action='/Reports/Exports']"));
        Assert.NotNull(shortList.QuerySelector("a[href*='letters.xlsx']"));
        await RunQueueAsync();
    }

    private async Task RunQueueAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<ReportExportJobs>();
        while (await queue.RunNextAsync(Ct))
        {
        }
    }

    public sealed class Sqlite(SqliteAppFactory app) : ReportExportJobTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : ReportExportJobTests(app), IClassFixture<PostgresAppFactory>;
}
