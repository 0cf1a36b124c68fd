using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Petitions;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;
using static PhoiHop.IntegrationTests.Features.Petitions.PetitionApi;
using static PhoiHop.IntegrationTests.Testing.HtmlForms;

namespace PhoiHop.IntegrationTests.Features.Petitions;

// Tách đơn (RULES.md 2.2(1), 13.1(1), 13.10 splitFrom): a letter with several kinds of content becomes one letter per
// content, each its own matter with its own limits from the day the letter came; the letter ends as Split and names them.
public abstract class PetitionSplitTests(AppFactory app) : AppTests(app)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    private static object Parts(params (string Kind, string Subject, string Content)[] parts) =>
        new { parts = parts.Select(p => new { kind = p.Kind, subject = p.Subject, content = p.Content }).ToArray(), note = "Đơn có hai loại nội dung" };

    private static readonly object TwoParts = Parts(
        ("Complaint", "Khiếu nại quyết định thu hồi đất", "Tôi khiếu nại Quyết định thu hồi đất số 12/QĐ-UBND."),
        ("Recommendation", "Kiến nghị sửa đường liên xóm", "Đề nghị sửa chữa đường liên xóm Đồng bị sạt lở."));

    private async Task<(HttpClient Client, Guid Id, JsonElement Letter)> LetterAsync(string login = "mttq.tiepdan", string body = "MTTQ-TN")
    {
        var client = await App.CreateApiClientAsync(login);
        var created = await RegisterAsync(client, Letter(body, kind: null, subject: "Đơn khiếu nại và kiến nghị",
            senders: [new { fullName = "Nguyễn Văn An", idNumber = ValidId, address = "Xóm Đồng", administrativeUnitCode = "05701" }]));
        return (client, created.GetProperty("id").GetGuid(), created);
    }

    [Fact]
    public async Task Api_Split_MakesOneLetterPerContent_WithOwnMatterDeadlinesSendersAndFiles_AndTheLetterEndsAsSplit()
    {
        var (front, id, created) = await LetterAsync();
        using (front)
        {
            using var file = new MultipartFormDataContent();
            var bytes = new ByteArrayContent(Pdf);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            file.Add(bytes, "file", "don.pdf");
            using var uploaded = await front.PostAsync($"/api/v1/petitions/{id}/attachments", file, Ct);
            Assert.True(uploaded.IsSuccessStatusCode);

            var result = await DoAsync(front, id, "split", TwoParts);

            var parent = result.GetProperty("petition");
            Assert.Equal("Split", parent.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, parent.GetProperty("dueOn").ValueKind);
            Assert.Empty(parent.GetProperty("allowedActions").EnumerateArray());
            Assert.Contains(parent.GetProperty("deadlines").EnumerateArray(),
                d => d.GetProperty("ruleCode").GetString() == PetitionDeadlines.NotifyCitizen && d.GetProperty("status").GetString() == "Cancelled");
            var children = result.GetProperty("splitInto").EnumerateArray().ToList();
            Assert.Equal(2, children.Count);
            Assert.Equal(children.Select(c => c.GetProperty("id").GetGuid()), parent.GetProperty("splitInto").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()));
            var last = parent.GetProperty("history").EnumerateArray().Last();
            Assert.Equal("Split", last.GetProperty("action").GetString());
            Assert.Equal("Split", last.GetProperty("to").GetString());
            foreach (var c in children)
                Assert.Contains(c.GetProperty("trackingCode").GetString()!, last.GetProperty("reason").GetString(), StringComparison.Ordinal);

            var complaint = await GetAsync(front, children[0].GetProperty("id").GetGuid());
            var recommendation = await GetAsync(front, children[1].GetProperty("id").GetGuid());
            Assert.Equal(id, complaint.GetProperty("splitFromId").GetGuid());
            Assert.Equal("Complaint", complaint.GetProperty("declaredKind").GetString());
            Assert.Equal("Khiếu nại quyết định thu hồi đất", complaint.GetProperty("subject").GetString());
            Assert.Equal("Recommendation", recommendation.GetProperty("declaredKind").GetString());
            Assert.Equal("Received", complaint.GetProperty("status").GetString());
            var cases = new[] { created.GetProperty("caseId").GetGuid(), complaint.GetProperty("caseId").GetGuid(), recommendation.GetProperty("caseId").GetGuid() };
            Assert.Equal(3, cases.Distinct().Count());
            foreach (var child in new[] { complaint, recommendation })
            {
                Assert.Equal("2026-11-26", child.GetProperty("receivedOn").GetString());
                Assert.Equal("Post", child.GetProperty("channel").GetString());
                // 10 working days from the day the letter came, not from the split (Luật Tiếp công dân 2013, Điều 28(1)).
                var limit = child.GetProperty("deadlines").EnumerateArray().Single();
                Assert.Equal(PetitionDeadlines.NotifyCitizen, limit.GetProperty("ruleCode").GetString());
                Assert.Equal("2026-11-26", limit.GetProperty("startDate").GetString());
                Assert.Equal("2026-12-10", limit.GetProperty("dueDate").GetString());
                Assert.Equal("2026-12-10", child.GetProperty("dueOn").GetString());
                var sender = child.GetProperty("senders")[0];
                Assert.Equal("Nguyễn Văn An", sender.GetProperty("fullName").GetString());
                Assert.Equal("05701", sender.GetProperty("administrativeUnitCode").GetString());
                Assert.Contains("\"don.pdf\"", await front.GetStringAsync($"/api/v1/petitions/{child.GetProperty("id").GetGuid()}/attachments", Ct), StringComparison.Ordinal);
            }

            await using var scope = App.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var audit = await db.AuditEntries.Where(e => e.EntityType == nameof(Petition) && e.EntityId == id.ToString())
                .OrderByDescending(e => e.Sequence).FirstAsync(Ct);
            Assert.StartsWith("Split", audit.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Api_SplitChild_CanBeHandledOnItsOwn()
    {
        var (front, id, _) = await LetterAsync();
        using (front)
        {
            var children = (await DoAsync(front, id, "split", TwoParts)).GetProperty("splitInto").EnumerateArray().ToList();
            var complaintId = children[0].GetProperty("id").GetGuid();

            await DoAsync(front, complaintId, "classify", new { kind = "Complaint", competence = "OtherBody" });
            var guided = await DoAsync(front, complaintId, "guide", new { note = "Hướng dẫn gửi đơn đến Chủ tịch UBND tỉnh" });

            Assert.Equal("Guided", Status(guided));
            Assert.Equal("Split", Status(await GetAsync(front, id)));
        }
    }

    [Fact]
    public async Task Api_Split_AnotherBodysLetter_IsNotFoundOrForbidden()
    {
        var (front, id, _) = await LetterAsync();
        using (front)
        {
            using var committee = await App.CreateApiClientAsync("ubnd.lanhdao");
            var (unrelated, _) = await StepAsync(committee, id, "split", TwoParts);
            Assert.Equal(HttpStatusCode.NotFound, unrelated);

            // The committee sees the letter once it is forwarded (same matter), but splits only its own.
            await DoAsync(front, id, "classify", new { kind = "Recommendation", competence = "OtherBody" });
            await DoAsync(front, id, "forward", new { toBodyCode = "UBND-TN" });
            var (seen, body) = await StepAsync(committee, id, "split", TwoParts);
            Assert.Equal(HttpStatusCode.Forbidden, seen);
            Assert.Equal("petition.forbidden", body.GetProperty("code").GetString());
            Assert.Empty((await GetAsync(front, id)).GetProperty("splitInto").EnumerateArray());
        }
    }

    [Fact]
    public async Task Api_Split_AfterTheHandlingWasDecided_Is409()
    {
        var (front, id, _) = await LetterAsync();
        using (front)
        {
            await DoAsync(front, id, "classify", new { kind = "Complaint", competence = "OtherBody" });
            await DoAsync(front, id, "guide");

            var (status, body) = await StepAsync(front, id, "split", TwoParts);

            Assert.Equal(HttpStatusCode.Conflict, status);
            Assert.False(string.IsNullOrEmpty(body.GetProperty("detail").GetString()));
            Assert.Equal("Guided", Status(await GetAsync(front, id)));
        }
    }

    public static TheoryData<string, string> BadParts() => new()
    {
        { """{ }""", "parts" },
        { """{ "parts": [ { "kind": "Complaint", "subject": "A", "content": "B" } ] }""", "parts" },
        { """{ "parts": [ { "kind": "Complaint", "subject": "A", "content": "B" }, { "kind": "Feedback", "subject": " ", "content": "C" } ] }""", "parts[1].subject" },
        { """{ "parts": [ { "kind": "Complaint", "subject": "A" }, { "kind": "Feedback", "subject": "S", "content": "C" } ] }""", "parts[0].content" },
        { """{ "parts": [ { "subject": "A", "content": "B" }, { "kind": "Feedback", "subject": "S", "content": "C" } ] }""", "parts[0].kind" },
        { """{ "parts": [ { "kind": 99, "subject": "A", "content": "B" }, { "kind": "Feedback", "subject": "S", "content": "C" } ] }""", "parts[0].kind" },
        { """{ "parts": [ { "kind": "Complaint", "subject": "A", "content": "B", "fieldCode": "NO-SUCH" }, { "kind": "Feedback", "subject": "S", "content": "C" } ] }""", "parts[0].fieldCode" },
        { "{ \"parts\": [ { \"kind\": \"Complaint\", \"subject\": \"" + new string('x', 501) + "\", \"content\": \"B\" }, { \"kind\": \"Feedback\", \"subject\": \"S\", \"content\": \"C\" } ] }", "parts[0].subject" },
        { "{ \"parts\": [" + string.Join(',', Enumerable.Repeat("""{ "kind": "Feedback", "subject": "S", "content": "C" }""", 11)) + "] }", "parts" },
    };

    [Theory]
    [MemberData(nameof(BadParts))]
    public async Task Api_Split_BadParts_Is400NamingTheFieldAndChangesNothing(string json, string field)
    {
        var (front, id, _) = await LetterAsync();
        using (front)
        {
            using var content = new StringContent(json, Encoding.UTF8, "application/json");
            using var response = await front.PostAsync($"/api/v1/petitions/{id}/split", content, Ct);

            var text = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
            using var problem = JsonDocument.Parse(text);
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
            var after = await GetAsync(front, id);
            Assert.Equal("Received", Status(after));
            Assert.Empty(after.GetProperty("splitInto").EnumerateArray());
        }
    }

    [Fact]
    public async Task Page_SplitFormWithBlankRows_MakesTheChildren_AndEachPageLinksTheOther()
    {
        var (api, id, _) = await LetterAsync();
        api.Dispose();
        using var client = App.CreateBrowserClient();
        await LoginAsync(client, "mttq.tiepdan");
        var page = await GetDocumentAsync(client, $"/Petitions/{id}");
        Assert.Equal(RegisterBlankRows(), page.QuerySelectorAll("form[action*='step=Split'] fieldset.split-part").Length);

        using var split = await SubmitAsync(client, page, new Dictionary<string, string>
        {
            ["Step.Parts[0].Kind"] = "Complaint",
            ["Step.Parts[0].Subject"] = "Khiếu nại việc bồi thường",
            ["Step.Parts[0].Content"] = "Chưa được bồi thường khi thu hồi đất.",
            ["Step.Parts[1].Kind"] = "Feedback",
            ["Step.Parts[1].Subject"] = "Phản ánh đèn đường hỏng",
            ["Step.Parts[1].Content"] = "Đèn đường xóm Đồng hỏng.",
        }, "form[action*='step=Split']");

        Assert.Equal(HttpStatusCode.Redirect, split.StatusCode);
        var parent = await GetDocumentAsync(client, split.Headers.Location!.OriginalString);
        Assert.Contains("Đã tách đơn", parent.QuerySelector(".page-head .badge")!.TextContent, StringComparison.Ordinal);
        var links = parent.QuerySelectorAll("ul.split-into a").ToList();
        Assert.Equal(2, links.Count);
        Assert.Contains("Phản ánh đèn đường hỏng", links[1].TextContent, StringComparison.Ordinal);
        var child = await GetDocumentAsync(client, links[0].GetAttribute("href")!);
        Assert.Equal($"/Petitions/{id}", child.QuerySelector("#split-from")!.GetAttribute("href"));
        Assert.Contains("Khiếu nại việc bồi thường", child.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_SplitWithOnePart_ShowsTheMessageAndChangesNothing()
    {
        var (api, id, _) = await LetterAsync();
        using (api)
        {
            using var client = App.CreateBrowserClient();
            await LoginAsync(client, "mttq.tiepdan");
            var page = await GetDocumentAsync(client, $"/Petitions/{id}");

            using var response = await SubmitAsync(client, page, new Dictionary<string, string>
            {
                ["Step.Parts[0].Kind"] = "Complaint",
                ["Step.Parts[0].Subject"] = "Chỉ một nội dung",
                ["Step.Parts[1].Subject"] = "Thiếu loại đơn và nội dung",
            }, "form[action*='step=Split']");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var again = await ParseAsync(response);
            var form = again.QuerySelector("form[action*='step=Split']")!;
            Assert.Contains("Nội dung đơn", form.TextContent, StringComparison.Ordinal);
            Assert.Equal("Chỉ một nội dung", ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("#Step_Parts_0_Subject")!).Value);
            Assert.Equal("Received", Status(await GetAsync(api, id)));
        }
    }

    private static int RegisterBlankRows() => DetailsModel.BlankSplitRows;

    public sealed class Sqlite(SqliteAppFactory app) : PetitionSplitTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : PetitionSplitTests(app), IClassFixture<PostgresAppFactory>;
}
