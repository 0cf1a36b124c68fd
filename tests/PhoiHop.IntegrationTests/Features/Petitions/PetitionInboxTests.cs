using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Petitions;
using PhoiHop.Features.Petitions.Inbox;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;
using static PhoiHop.IntegrationTests.Features.Petitions.PetitionApi;

namespace PhoiHop.IntegrationTests.Features.Petitions;

// `Prefer: respond-async` on POST /api/v1/petitions: checked at once, committed to the inbox before the 202, registered
// afterwards as it would have been at once, with the id, code and matter it was promised.
public abstract class PetitionInboxTests(AppFactory app) : AppTests(app)
{
    private const string Subject = "Kiến nghị về việc cấp giấy chứng nhận quyền sử dụng đất";

    [Fact]
    public async Task Accepted_Answers202_AndIsRegisteredLaterWithThePromisedIdentity()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");

        using var response = await PostQueuedAsync(front, Letter("MTTQ-TN", kind: "Recommendation", subject: Subject));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("respond-async", response.Headers.GetValues("Preference-Applied").Single());
        var accepted = await ReadAsync(response);
        var id = accepted.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/petitions/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("Queued", accepted.GetProperty("status").GetString());
        Assert.Equal("MTTQ-TN", accepted.GetProperty("receivingBodyCode").GetString());
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.False(await db.Petitions.AnyAsync(p => p.Id == id, Ct));
            var entry = await db.Set<PetitionInboxEntry>().AsNoTracking().SingleAsync(e => e.Id == id, Ct);
            Assert.Equal(accepted.GetProperty("trackingCode").GetString(), entry.TrackingCode);
        }

        await DrainAsync();

        var letter = await GetAsync(front, id);
        Assert.Equal(accepted.GetProperty("trackingCode").GetString(), letter.GetProperty("trackingCode").GetString());
        Assert.Equal(accepted.GetProperty("caseId").GetGuid(), letter.GetProperty("caseId").GetGuid());
        Assert.Equal("Received", letter.GetProperty("status").GetString());
        Assert.Equal(Subject, letter.GetProperty("subject").GetString());
        Assert.Equal("Recommendation", letter.GetProperty("declaredKind").GetString());
        Assert.Equal("Post", letter.GetProperty("channel").GetString());
        Assert.Equal("2026-11-26", letter.GetProperty("receivedOn").GetString());
        Assert.Equal("Nguyễn Văn An", letter.GetProperty("senders")[0].GetProperty("fullName").GetString());
        Assert.Contains(letter.GetProperty("deadlines").EnumerateArray(), d => d.GetProperty("ruleCode").GetString() == PetitionDeadlines.NotifyCitizen);
        var received = letter.GetProperty("history")[0];
        Assert.Equal("Receive", received.GetProperty("action").GetString());
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.False(await db.Set<PetitionInboxEntry>().AnyAsync(e => e.Id == id, Ct));
            var audit = await db.Set<AuditEntry>().AsNoTracking()
                .SingleAsync(e => e.EntityType == nameof(Petition) && e.EntityId == id.ToString() && e.Action == AuditAction.Added, Ct);
            Assert.Equal("mttq.tiepdan", audit.UserName);
            Assert.Equal("Vào sổ đơn", audit.Reason);
            Assert.NotNull(audit.UserId);
            // Nothing of the inbox reaches the audit log: the entry carried the senders.
            Assert.False(await db.Set<AuditEntry>().AnyAsync(e => e.EntityType == nameof(PetitionInboxEntry), Ct));
        }
    }

    [Fact]
    public async Task ReadOrStepRightAfterThe202_RegistersTheLetterOnTheSpot()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var first = await AcceptAsync(front, Letter("MTTQ-TN", subject: "Đơn hỏi ngay sau khi gửi"));
        var second = await AcceptAsync(front, Letter("MTTQ-TN", subject: "Đơn xử lý ngay sau khi gửi"));

        var read = await GetAsync(front, first.GetProperty("id").GetGuid());
        var classified = await DoAsync(front, second.GetProperty("id").GetGuid(), "classify", new { kind = "Complaint", competence = "OtherBody" });

        Assert.Equal(first.GetProperty("trackingCode").GetString(), read.GetProperty("trackingCode").GetString());
        Assert.Equal("Classified", Status(classified));
        // The letter's page in the browser, too.
        var fourth = await AcceptAsync(front, Letter("MTTQ-TN", subject: "Đơn mở trên trang ngay sau khi gửi"));
        using var browser = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(browser, "mttq.tiepdan");
        var page = await HtmlForms.GetDocumentAsync(browser, $"/Petitions/{fourth.GetProperty("id").GetGuid()}");
        Assert.Contains(fourth.GetProperty("trackingCode").GetString()!, page.Body!.TextContent, StringComparison.Ordinal);
        // Another body's officer learns nothing, queued or not.
        using var other = await App.CreateApiClientAsync("so.nnmt");
        var third = await AcceptAsync(front, Letter("MTTQ-TN", subject: "Đơn của cơ quan khác"));
        using var foreign = await other.GetAsync($"/api/v1/petitions/{third.GetProperty("id").GetGuid()}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task StepByAnotherOfficer_RightAfterThe202_IsAuditedAsThatOfficer()
    {
        using var sender = await App.CreateApiClientAsync("mttq.tiepdan");
        using var leader = await App.CreateApiClientAsync("mttq.lanhdao");
        var id = (await AcceptAsync(sender, Letter("MTTQ-TN", subject: "Đơn do lãnh đạo phân loại ngay"))).GetProperty("id").GetGuid();

        await DoAsync(leader, id, "classify", new { kind = "Complaint", competence = "OtherBody" });

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entries = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.EntityType == nameof(Petition) && e.EntityId == id.ToString())
            .OrderBy(e => e.Sequence).ToListAsync(Ct);
        Assert.Equal(AuditAction.Added, entries[0].Action);
        Assert.Equal("mttq.tiepdan", entries[0].UserName);
        Assert.Equal(AuditAction.Modified, entries[^1].Action);
        Assert.Equal("mttq.lanhdao", entries[^1].UserName);
    }

    [Fact]
    public async Task LetterRegisteredLater_KeepsTheTimeItWasAccepted()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        await DrainAsync();
        var acceptedAt = App.Clock.GetUtcNow();
        var id = (await AcceptAsync(front, Letter("MTTQ-TN", subject: "Đơn vào sổ sau mười phút"))).GetProperty("id").GetGuid();
        // The test clock only goes forward: the class's other tests do not depend on the hour.
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        await DrainAsync();

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var letter = await db.Petitions.AsNoTracking().SingleAsync(p => p.Id == id, Ct);
        Assert.Equal(acceptedAt, letter.RegisteredAt);
        Assert.Equal(acceptedAt, (await GetAsync(front, id)).GetProperty("history")[0].GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task TwoWorkers_ClaimDifferentLetters_AndAClaimLapses()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        await DrainAsync();
        for (var i = 0; i < 4; i++)
            await AcceptAsync(front, Letter("MTTQ-TN", subject: $"Đơn chia cho hai nút {i}"));

        await using var one = App.Services.CreateAsyncScope();
        await using var two = App.Services.CreateAsyncScope();
        var first = await one.ServiceProvider.GetRequiredService<PetitionInbox>().ClaimAsync(3, Ct);
        var second = await two.ServiceProvider.GetRequiredService<PetitionInbox>().ClaimAsync(3, Ct);
        var none = await two.ServiceProvider.GetRequiredService<PetitionInbox>().ClaimAsync(3, Ct);

        Assert.Equal(3, first.Count);
        Assert.Single(second);
        Assert.Empty(first.Select(f => f.Id).Intersect(second.Select(s => s.Id)));
        Assert.Empty(none);
        // The second node registers its letter; the first node died: after the claim's time its letters are anyone's again.
        Assert.True(await two.ServiceProvider.GetRequiredService<PetitionInbox>().SettleAsync(second[0].Id, Ct));
        App.Clock.Advance(PetitionInbox.ClaimFor);
        var retaken = await two.ServiceProvider.GetRequiredService<PetitionInbox>().ClaimAsync(10, Ct);
        Assert.Equal(first.Select(f => f.Id).Order(), retaken.Select(r => r.Id).Order());
        App.Clock.Advance(PetitionInbox.ClaimFor);
        await DrainAsync();
    }

    [Fact]
    public async Task BadLetter_IsRefusedAtOnce_AndNothingWaits()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var before = await CountWaitingAsync();

        using var badId = await PostQueuedAsync(front, Letter("MTTQ-TN", senders: [new { fullName = "Trần Thị Bình", idNumber = "123" }]));
        using var unknownBody = await PostQueuedAsync(front, Letter("KHONG-CO"));
        using var otherBody = await PostQueuedAsync(front, Letter("SNNMT-TN"));

        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
        Assert.True((await ReadAsync(badId)).GetProperty("errors").TryGetProperty("senders[0].idNumber", out _));
        Assert.Equal(HttpStatusCode.BadRequest, unknownBody.StatusCode);
        Assert.True((await ReadAsync(unknownBody)).GetProperty("errors").TryGetProperty("receivingBodyCode", out _));
        Assert.Equal(HttpStatusCode.Forbidden, otherBody.StatusCode);
        Assert.Equal(before, await CountWaitingAsync());
    }

    [Fact]
    public async Task WaitingLetter_KeepsTheSendersEncrypted()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var accepted = await AcceptAsync(front, Letter("MTTQ-TN", kind: "Denunciation", subject: "Tố cáo hành vi nhận hối lộ",
            senders: [new { fullName = "Lê Thị Hoa Đào", idNumber = ValidId2, phone = "0987 654 321", address = "Số 7, phường Tân Thịnh" }]));

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = accepted.GetProperty("id").GetGuid();
        var entry = await db.Set<PetitionInboxEntry>().AsNoTracking().SingleAsync(e => e.Id == id, Ct);
        Assert.StartsWith("v1:", entry.SubmissionProtected, StringComparison.Ordinal);
        foreach (var secret in new[] { "Lê Thị Hoa Đào", ValidId2, "0987", "Tân Thịnh", "hối lộ" })
            Assert.DoesNotContain(secret, entry.SubmissionProtected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetriedSubmission_WithTheSameKey_GetsTheFirstLetter_BeforeAndAfterRegistration()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var key = Guid.NewGuid().ToString();
        var letter = Letter("MTTQ-TN", subject: "Đơn gửi lại qua hàng đợi");

        var first = await AcceptAsync(front, letter, key);
        using var again = await PostQueuedAsync(front, letter, key);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(first.GetProperty("id").GetGuid(), (await ReadAsync(again)).GetProperty("id").GetGuid());

        await DrainAsync();
        using var late = await PostQueuedAsync(front, letter, key);
        Assert.Equal(HttpStatusCode.Created, late.StatusCode);
        Assert.Equal(first.GetProperty("trackingCode").GetString(), (await ReadAsync(late)).GetProperty("trackingCode").GetString());
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(1, await db.Petitions.CountAsync(p => p.Subject == "Đơn gửi lại qua hàng đợi", Ct));
    }

    [Fact]
    public async Task FailedRegistration_KeepsTheLetter_TriesAgainLater_AndTheHealthCheckSaysSo()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        await DrainAsync();
        var broken = (await AcceptAsync(front, Letter("MTTQ-TN", subject: "Đơn hỏng khi vào sổ"))).GetProperty("id").GetGuid();
        var fine = (await AcceptAsync(front, Letter("MTTQ-TN", subject: "Đơn vào sổ bình thường"))).GetProperty("id").GetGuid();
        string original;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            original = (await db.Set<PetitionInboxEntry>().AsNoTracking().SingleAsync(e => e.Id == broken, Ct)).SubmissionProtected;
            // Sealed under another letter's binding: authentic ciphertext, wrong record, refused by the cipher.
            var foreign = (await db.Set<PetitionInboxEntry>().AsNoTracking().SingleAsync(e => e.Id == fine, Ct)).SubmissionProtected;
            await db.Set<PetitionInboxEntry>().Where(e => e.Id == broken).ExecuteUpdateAsync(s => s.SetProperty(e => e.SubmissionProtected, foreign), Ct);
        }

        await DrainAsync();

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var entry = await db.Set<PetitionInboxEntry>().AsNoTracking().SingleAsync(e => e.Id == broken, Ct);
            Assert.Equal(1, entry.Attempts);
            Assert.Equal("PersonalDataDecryptionException", entry.LastError);
            Assert.True(entry.RetryAfter > App.Clock.GetUtcNow());
            Assert.False(await db.Petitions.AnyAsync(p => p.Id == broken, Ct));
            Assert.True(await db.Petitions.AnyAsync(p => p.Id == fine, Ct));
        }
        using var anonymous = App.CreateClient();
        Assert.Equal("Degraded", await anonymous.GetStringAsync("/health/ready", Ct));
        // A client polling the letter while it waits out the failure does not get it tried again at each look.
        using (var polled = await front.GetAsync($"/api/v1/petitions/{broken}", Ct))
            Assert.Equal(HttpStatusCode.NotFound, polled.StatusCode);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal(1, (await db.Set<PetitionInboxEntry>().AsNoTracking().SingleAsync(e => e.Id == broken, Ct)).Attempts);
        }

        // Repaired, and due again: registered on the next look.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Set<PetitionInboxEntry>().Where(e => e.Id == broken).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.SubmissionProtected, original).SetProperty(e => e.RetryAfter, App.Clock.GetUtcNow().AddSeconds(-1)), Ct);
        }
        await DrainAsync();
        Assert.Equal("Đơn hỏng khi vào sổ", (await GetAsync(front, broken)).GetProperty("subject").GetString());
        Assert.Equal("Healthy", await anonymous.GetStringAsync("/health/ready", Ct));
    }

    [Fact]
    public async Task PromisedCodeTakenMeanwhile_TheLetterKeepsItsIdAndGetsAnotherCode()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var id = (await AcceptAsync(front, Letter("MTTQ-TN", subject: "Đơn có mã bị trùng"))).GetProperty("id").GetGuid();
        var direct = await RegisterAsync(front, Letter("MTTQ-TN", subject: "Đơn vào sổ ngay"));
        var taken = direct.GetProperty("trackingCode").GetString()!;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            // What one chance in 10¹² looks like: the direct letter drew the code promised to the waiting one.
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Set<PetitionInboxEntry>().Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.TrackingCode, taken), Ct);
        }

        var letter = await GetAsync(front, id);

        Assert.Equal("Đơn có mã bị trùng", letter.GetProperty("subject").GetString());
        var code = letter.GetProperty("trackingCode").GetString()!;
        Assert.NotEqual(taken, code);
        Assert.Equal(code, TrackingCodes.Normalize(code));
    }

    [Fact]
    public async Task TwoRegistrationsOfOneLetterAtOnce_MakeOneLetter()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var id = (await AcceptAsync(front, Letter("MTTQ-TN", subject: "Đơn được hai nơi cùng vào sổ"))).GetProperty("id").GetGuid();

        var settled = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = App.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<PetitionInbox>().SettleAsync(id, Ct);
        }));

        Assert.All(settled, Assert.True);
        await using var check = App.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(1, await db.Petitions.CountAsync(p => p.Subject == "Đơn được hai nơi cùng vào sổ", Ct));
        Assert.False(await db.Set<PetitionInboxEntry>().AnyAsync(e => e.Id == id, Ct));
        Assert.Equal(1, await db.Set<AuditEntry>().CountAsync(e => e.EntityType == nameof(Petition) && e.EntityId == id.ToString(), Ct));
    }

    [Fact]
    public async Task Worker_RegistersAcceptedLetters_WithoutBeingAsked()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Jobs:Enabled"] = "true",
            // The test clock stands still: a pause on it would never end.
            ["Petitions:Inbox:BusyPauseMs"] = "0",
        }).Build();
        var signal = App.Services.GetRequiredService<PetitionInboxSignal>();
        using var worker = new PetitionInboxWorker(App.Services.GetRequiredService<IServiceScopeFactory>(), signal, configuration,
            TimeProvider.System, NullLogger<PetitionInboxWorker>.Instance);
        await worker.StartAsync(Ct);
        try
        {
            var id = (await AcceptAsync(front, Letter("MTTQ-TN", subject: "Đơn chờ tiến trình nền"))).GetProperty("id").GetGuid();
            await using var scope = App.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!await db.Petitions.AnyAsync(p => p.Id == id, Ct) && waited.Elapsed < TimeSpan.FromSeconds(20))
                await Task.Delay(50, Ct);
            Assert.True(await db.Petitions.AnyAsync(p => p.Id == id, Ct), "The worker did not register the letter within 20 s.");
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    [Theory]
    [InlineData("respond-async", true)]
    [InlineData("wait=5, Respond-Async", true)]
    [InlineData("respond-async; foo=bar", true)]
    [InlineData("return=minimal", false)]
    [InlineData("respond-asyncx", false)]
    [InlineData("", false)]
    public void PreferHeader_IsReadAsRfc7240Says(string prefer, bool queued) => Assert.Equal(queued, PetitionsApi.RespondAsync(prefer));

    private static async Task<HttpResponseMessage> PostQueuedAsync(HttpClient client, object letter, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/petitions") { Content = JsonContent.Create(letter) };
        request.Headers.Add("Prefer", "respond-async");
        if (key is not null)
            request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request, Ct);
    }

    private static async Task<JsonElement> AcceptAsync(HttpClient client, object letter, string? key = null)
    {
        using var response = await PostQueuedAsync(client, letter, key);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();

    /// <summary>What the worker does (jobs are off in tests): registers every due letter, oldest first.</summary>
    private async Task DrainAsync()
    {
        while (true)
        {
            await using var scope = App.Services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<PetitionInbox>().RegisterNextAsync(Ct) is null)
                return;
        }
    }

    private async Task<int> CountWaitingAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<PetitionInboxEntry>().CountAsync(Ct);
    }

    public sealed class Sqlite(SqliteAppFactory app) : PetitionInboxTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : PetitionInboxTests(app), IClassFixture<PostgresAppFactory>;
}
