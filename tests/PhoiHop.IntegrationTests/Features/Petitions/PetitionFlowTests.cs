using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Calendar;
using PhoiHop.Features.Notifications;
using PhoiHop.Features.Petitions;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;
using static PhoiHop.IntegrationTests.Features.Petitions.PetitionApi;

namespace PhoiHop.IntegrationTests.Features.Petitions;

// The legal paths of RULES.md 13 through the API, on both databases: a body without power forwards and follows,
// the competent body resolves, the result comes back, the citizen is told.
public abstract class PetitionFlowTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task Complaint_ToFront_ForwardedToCommittee_ResolvedThere_ResultComesBackAndCitizenIsInformed()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        using var committee = await App.CreateApiClientAsync("ubnd.lanhdao");
        var created = await RegisterAsync(front, Letter("MTTQ-TN"));
        var id = created.GetProperty("id").GetGuid();
        Assert.Matches("^PH-[0-9A-Z]{4}-[0-9A-Z]{4}$", created.GetProperty("trackingCode").GetString());

        await DoAsync(front, id, "classify", new { kind = "Complaint", competence = "OtherBody", fieldCode = PetitionFields.LandRecovery });
        var forwarded = await DoAsync(front, id, "forward", new { toBodyCode = "UBND-TN", recommendation = "Đề nghị xem xét, giải quyết theo thẩm quyền." });

        Assert.Equal("AwaitingAnswer", Status(forwarded));
        var copyId = forwarded.GetProperty("forwardedPetitionId").GetGuid();
        var copy = await GetAsync(committee, copyId);
        Assert.Equal("ForwardedByFront", copy.GetProperty("channel").GetString());
        Assert.Equal(created.GetProperty("caseId").GetGuid(), copy.GetProperty("caseId").GetGuid());
        Assert.Equal("Nguyễn Văn An", copy.GetProperty("senders")[0].GetProperty("fullName").GetString());

        await DoAsync(committee, copyId, "classify", new { kind = "Complaint", competence = "Own", complaintObject = "AdministrativeDecision" });
        var accepted = await DoAsync(committee, copyId, "accept", new { note = "Đủ điều kiện thụ lý" });
        Assert.Contains(accepted.GetProperty("petition").GetProperty("deadlines").EnumerateArray(),
            d => d.GetProperty("ruleCode").GetString() == "complaint.first-instance" && d.GetProperty("status").GetString() == "Open");
        await DoAsync(committee, copyId, "start-verification");
        await DoAsync(committee, copyId, "decide", new { firstInstanceOutcome = "Amend", note = "Sửa đổi quyết định thu hồi đất" });

        var followed = await GetAsync(front, id);
        Assert.Equal("Answered", Status(followed));
        Assert.Equal("Ủy ban nhân dân tỉnh Thái Nguyên: Ra quyết định, kết luận (sửa đổi, bổ sung) — Sửa đổi quyết định thu hồi đất",
            followed.GetProperty("answerSummary").GetString());
        Assert.Contains(followed.GetProperty("deadlines").EnumerateArray(),
            d => d.GetProperty("ruleCode").GetString() == "reception.citizen-informed" && d.GetProperty("status").GetString() == "Open");

        await DoAsync(front, id, "notify-citizen", new { note = "Đã gửi văn bản cho ông An" });
        var closed = await DoAsync(front, id, "close");
        Assert.Equal("Closed", Status(closed));
        var history = closed.GetProperty("petition").GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()).ToList();
        Assert.Equal(["Receive", "Classify", "Forward", "Monitor", "RecordAnswer", "NotifyCitizen", "Close"], history);
    }

    [Fact]
    public async Task Forwarding_NotifiesTheReceivingBody_AndBothBodiesSeeTheMatter()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        using var committee = await App.CreateApiClientAsync("ubnd.lanhdao");
        var id = (await RegisterAsync(front, Letter("MTTQ-TN", kind: "Recommendation"))).GetProperty("id").GetGuid();
        await DoAsync(front, id, "classify", new { kind = "Recommendation", competence = "OtherBody" });
        var copyId = (await DoAsync(front, id, "forward", new { toBodyCode = "UBND-TN" })).GetProperty("forwardedPetitionId").GetGuid();

        var original = await GetAsync(committee, id);
        Assert.Equal("AwaitingAnswer", Status(original));
        var monitored = (await GetAsync(front, id)).GetProperty("deadlines").EnumerateArray()
            .Single(d => d.GetProperty("ruleCode").GetString() == "petition.answer");
        Assert.Equal("Open", monitored.GetProperty("status").GetString());
        Assert.Equal(original.GetProperty("answerDueOn").GetString(), monitored.GetProperty("dueDate").GetString());
        Assert.Empty(original.GetProperty("allowedActions").EnumerateArray());
        using var list = JsonDocument.Parse(await committee.GetStringAsync("/api/v1/petitions?queue=Body", Ct));
        Assert.Contains(list.RootElement.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == copyId);

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var leader = await db.Users.SingleAsync(u => u.UserName == "ubnd.lanhdao", Ct);
        Assert.True(await db.Set<Notification>().AnyAsync(n => n.UserId == leader.Id && n.Link == $"/Petitions/{copyId}", Ct));
    }

    [Fact]
    public async Task FrontCannotAccept_Returns409NamingTheRule()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var id = (await RegisterAsync(front, Letter("MTTQ-TN"))).GetProperty("id").GetGuid();
        await DoAsync(front, id, "classify", new { kind = "Complaint", competence = "OtherBody" });

        var (status, body) = await StepAsync(front, id, "accept");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("petition.front_cannot_accept", body.GetProperty("code").GetString());
        Assert.Contains("Mặt trận", body.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OutsideBody_CannotReadOrActOnTheLetter()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        using var outsider = await App.CreateApiClientAsync("dbqh.daibieu");
        var id = (await RegisterAsync(front, Letter("MTTQ-TN"))).GetProperty("id").GetGuid();

        using var read = await outsider.GetAsync($"/api/v1/petitions/{id}", Ct);
        var (status, _) = await StepAsync(outsider, id, "classify", new { kind = "Complaint", competence = "OtherBody" });
        using var list = JsonDocument.Parse(await outsider.GetStringAsync("/api/v1/petitions?queue=Body", Ct));

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain(list.RootElement.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Register_ForAnotherBody_Returns403()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");

        using var response = await front.PostAsJsonAsync("/api/v1/petitions", Letter("UBND-TN"), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task IdempotencyKey_RetriedSubmission_ReturnsTheFirstPetition()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var key = Guid.NewGuid().ToString();

        var first = await RegisterAsync(front, Letter("MTTQ-TN", subject: "Đơn gửi lại do mất kết nối"), key);
        var second = await RegisterAsync(front, Letter("MTTQ-TN", subject: "Đơn gửi lại do mất kết nối"), key);
        using var reused = await SendWithKeyAsync(front, Letter("MTTQ-TN", subject: "Một đơn khác"), key);

        Assert.Equal(first.GetProperty("id").GetGuid(), second.GetProperty("id").GetGuid());
        Assert.Equal(first.GetProperty("trackingCode").GetString(), second.GetProperty("trackingCode").GetString());
        Assert.Equal((HttpStatusCode)422, reused.StatusCode);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(1, await db.Petitions.CountAsync(p => p.Subject == "Đơn gửi lại do mất kết nối", Ct));
    }

    [Fact]
    public async Task Denunciation_ResolvingBody_HandlesWithinStatutoryLimits()
    {
        using var department = await App.CreateApiClientAsync("so.nnmt");
        var id = (await RegisterAsync(department, Letter("SNNMT-TN", kind: "Denunciation", subject: "Tố cáo cán bộ địa chính"))).GetProperty("id").GetGuid();

        var classified = await DoAsync(department, id, "classify", new { kind = "Denunciation", competence = "Own", denunciationSubtype = "PublicDuty" });
        Assert.Equal("InitialProcessing", Status(classified));
        Assert.Contains(classified.GetProperty("petition").GetProperty("deadlines").EnumerateArray(),
            d => d.GetProperty("ruleCode").GetString() == "denunciation.first-handling");
        await DoAsync(department, id, "accept");
        await DoAsync(department, id, "find-complex", new { note = "Nhiều nội dung, nhiều người liên quan" });
        await DoAsync(department, id, "extend", new { note = "Vụ việc phức tạp" });
        var (again, refusal) = await StepAsync(department, id, "extend");
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Equal("petition.second_extension_needs_especially_complex", refusal.GetProperty("code").GetString());

        await DoAsync(department, id, "start-verification");
        await DoAsync(department, id, "suspend", new { note = "Chờ kết quả giám định" });
        var paused = await GetAsync(department, id);
        Assert.Null(paused.GetProperty("dueOn").GetString());
        await DoAsync(department, id, "resume");
        await DoAsync(department, id, "conclude", new { finding = "PartlyRight" });
        await DoAsync(department, id, "start-handling");
        var closed = await DoAsync(department, id, "close");

        Assert.Equal("Closed", Status(closed));
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var resolution = await db.Set<TrackedDeadline>().SingleAsync(d => d.ItemId == id.ToString() && d.RuleCode == "denunciation.resolution", Ct);
        Assert.Equal(1, resolution.Extensions);
        Assert.Equal(DeadlineStatus.Met, resolution.Status);
    }

    [Fact]
    public async Task Step_WithStaleVersion_Returns409AndChangesNothing()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var id = (await RegisterAsync(front, Letter("MTTQ-TN"))).GetProperty("id").GetGuid();
        await DoAsync(front, id, "classify", new { kind = "Complaint", competence = "OtherBody", version = 0 });

        var (status, body) = await StepAsync(front, id, "file", new { filingReason = "Duplicate", version = 0 });

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("petition.stale", body.GetProperty("code").GetString());
        Assert.Equal("Classified", Status(await GetAsync(front, id)));
    }

    private static async Task<HttpResponseMessage> SendWithKeyAsync(HttpClient client, object letter, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/petitions") { Content = System.Net.Http.Json.JsonContent.Create(letter) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request, Ct);
    }

    public sealed class Sqlite(SqliteAppFactory app) : PetitionFlowTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : PetitionFlowTests(app), IClassFixture<PostgresAppFactory>;
}
