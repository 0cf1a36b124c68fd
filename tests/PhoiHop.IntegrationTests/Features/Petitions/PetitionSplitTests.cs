using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Notifications;
using PhoiHop.Features.Organizations;
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

    // Issue #4: a letter with a denunciation among its contents holds the denouncer's identity in every copy of it.
    private const string Denouncer = "Hoàng Thị Tố Nga";
    private const string DenouncerId = "019186004321";
    private const string DenouncerPhone = "0978123456";

    private static readonly object ComplaintAndDenunciation = Parts(
        ("Complaint", "Khiếu nại việc bồi thường", "Tôi khiếu nại việc chưa được bồi thường khi thu hồi đất."),
        ("Denunciation", "Tố cáo cán bộ địa chính", "Tôi tố cáo ông Trần Văn B, cán bộ địa chính xã, nhận tiền của người dân."));

    // A word no other test writes, so that a search sees only this test's letters.
    private static string Marker() => "zq" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(8).Select(c => (char)('a' + (c - 'a' + 7) % 26)));

    private async Task<(HttpClient Front, Guid Id)> MixedLetterAsync(string marker, string kindOfLetter = "khiếu nại và tố cáo")
    {
        var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var id = (await RegisterAsync(front, Letter("MTTQ-TN", kind: null, subject: $"Đơn {kindOfLetter} {marker}",
            content: $"Tôi là {Denouncer}, CCCD {DenouncerId}, điện thoại {DenouncerPhone}. Tôi khiếu nại việc chưa được bồi thường "
                + $"và tố cáo ông Trần Văn B, cán bộ địa chính xã, nhận tiền của người dân {marker}.",
            senders: [new { fullName = Denouncer, idNumber = DenouncerId, phone = DenouncerPhone, address = "Tổ 5, phường Phan Đình Phùng" }])))
            .GetProperty("id").GetGuid();
        return (front, id);
    }

    /// <summary>A letter handler of the body: reads and handles letters, but may not reveal a denouncer.</summary>
    private async Task<HttpClient> HandlerAsync(string bodyCode)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var body = await db.Bodies.SingleAsync(b => b.Code == bodyCode, Ct);
        var login = "t" + Guid.NewGuid().ToString("N")[..10];
        var user = new StaffUser { UserName = login, Email = $"{login}@test.vn", EmailConfirmed = true, FullName = "Cán bộ xử lý đơn", BodyId = body.Id, CreatedAt = App.Clock.GetUtcNow() };
        Assert.True((await users.CreateAsync(user, "PhoiHop@2026")).Succeeded);
        await users.AddToRolesAsync(user, [Roles.LetterHandler]);
        return await App.CreateApiClientAsync(login);
    }

    private static async Task<JsonElement> SearchAsync(HttpClient client, string q)
    {
        using var response = await client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<List<Guid>> FoundAsync(HttpClient client, string q) =>
        [.. (await SearchAsync(client, q)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];

    private static void AssertSealed(JsonElement letter, string which)
    {
        Assert.True(letter.GetProperty("identitySealed").GetBoolean(), which);
        Assert.Equal(JsonValueKind.Null, letter.GetProperty("senders").ValueKind);
        var content = letter.GetProperty("content").GetString()!;
        foreach (var secret in new[] { "Tố Nga", DenouncerId, DenouncerPhone })
            Assert.DoesNotContain(secret, content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_SplitWithADenunciationPart_SealsTheLetterAndEveryPart_AsADenunciationIs()
    {
        var marker = Marker();
        var (front, id) = await MixedLetterAsync(marker);
        using (front)
        {
            using var file = new MultipartFormDataContent();
            var bytes = new ByteArrayContent(Pdf);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            file.Add(bytes, "file", "don-viet-tay.pdf");
            using var uploaded = await front.PostAsync($"/api/v1/petitions/{id}/attachments", file, Ct);
            Assert.True(uploaded.IsSuccessStatusCode);
            using var attachment = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync(Ct));
            var fileUrl = $"/api/v1/petitions/{id}/attachments/{attachment.RootElement.GetProperty("id").GetGuid()}";
            using var handler = await HandlerAsync("MTTQ-TN");

            // Before the split nothing says it holds a denunciation: the body's handler sees and finds its senders.
            Assert.False((await GetAsync(handler, id)).GetProperty("identitySealed").GetBoolean());
            Assert.Contains(id, await FoundAsync(handler, "hoang thi to nga"));

            var split = await DoAsync(front, id, "split", ComplaintAndDenunciation);
            var parts = split.GetProperty("splitInto").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();

            // The letter, and both parts (the complaint's senders are the denouncer too), for whoever has not revealed it.
            foreach (var (letter, which) in new[] { (id, "letter"), (parts[0], "complaint part"), (parts[1], "denunciation part") })
            {
                AssertSealed(await GetAsync(handler, letter), which);
                AssertSealed(await GetAsync(front, letter), which);
                foreach (var q in new[] { "hoang thi to nga", "nga", DenouncerId, "0978 123 456" })
                    Assert.DoesNotContain(letter, await FoundAsync(handler, q));
            }
            var parent = await GetAsync(handler, id);
            Assert.Contains("Trần Văn B", parent.GetProperty("content").GetString(), StringComparison.Ordinal);
            // Found by its words, with the excerpt from the redacted copy.
            var byWords = (await SearchAsync(handler, marker)).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);
            Assert.DoesNotContain("Nga", byWords.GetProperty("snippet").GetString(), StringComparison.Ordinal);
            // Its file may show the handwriting: sealed for the handler.
            using (var refused = await handler.GetAsync(fileUrl, Ct))
                Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

            // Those who may reveal a denouncer find the letter by the denouncer, and see them after stating a reason, recorded.
            Assert.Contains(id, await FoundAsync(front, "hoang thi to nga"));
            using (var notAllowed = await handler.PostAsJsonAsync($"/api/v1/petitions/{id}/identity", new { reason = "Cần liên hệ người gửi" }, Ct))
                Assert.Equal(HttpStatusCode.Forbidden, notAllowed.StatusCode);
            using var revealed = await front.PostAsJsonAsync($"/api/v1/petitions/{id}/identity", new { reason = "Mời người gửi bổ sung chứng cứ" }, Ct);
            Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
            using var senders = JsonDocument.Parse(await revealed.Content.ReadAsStringAsync(Ct));
            Assert.Equal(Denouncer, senders.RootElement[0].GetProperty("fullName").GetString());
            using (var opened = await front.GetAsync(fileUrl, Ct))
                Assert.Equal(HttpStatusCode.OK, opened.StatusCode);

            await using var scope = App.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var reveals = await db.Set<IdentityReveal>().AsNoTracking().Where(r => r.PetitionId == id).ToListAsync(Ct);
            Assert.Equal(2, reveals.Count);
            Assert.Contains(reveals, r => r.Reason == "Mời người gửi bổ sung chứng cứ");
            Assert.Contains(reveals, r => r.Reason == "Tải tệp don-viet-tay.pdf");
            Assert.True(await db.Petitions.AsNoTracking().Where(p => p.Id == id || p.SplitFromId == id).AllAsync(p => p.DenouncerProtected, Ct));
        }
    }

    [Fact]
    public async Task Page_LetterSplitWithADenunciationPart_ShowsNoSenderAndSaysWhy()
    {
        var (front, id) = await MixedLetterAsync(Marker());
        using (front)
        {
            await DoAsync(front, id, "split", ComplaintAndDenunciation);
            using var client = App.CreateBrowserClient();
            await LoginAsync(client, "mttq.tiepdan");

            var page = await GetDocumentAsync(client, $"/Petitions/{id}");

            Assert.NotNull(page.QuerySelector("#denouncer-protected"));
            Assert.DoesNotContain("Tố Nga", page.Body!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain(DenouncerId, page.Body!.TextContent, StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector("form[action*='handler=Reveal']"));
        }
    }

    [Fact]
    public async Task Api_PartOfALetterWithADenunciation_ForwardedElsewhere_StaysSealedThere()
    {
        var (front, id) = await MixedLetterAsync(Marker(), "kiến nghị và tố cáo");
        using (front)
        {
            var parts = (await DoAsync(front, id, "split", Parts(
                ("Recommendation", "Kiến nghị bồi thường", "Đề nghị xem xét bồi thường khi thu hồi đất."),
                ("Denunciation", "Tố cáo cán bộ địa chính", "Tôi tố cáo ông Trần Văn B nhận tiền của người dân."))))
                .GetProperty("splitInto").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
            await DoAsync(front, parts[0], "classify", new { kind = "Recommendation", competence = "OtherBody" });
            var copyId = (await DoAsync(front, parts[0], "forward", new { toBodyCode = "UBND-TN" })).GetProperty("forwardedPetitionId").GetGuid();

            using var committee = await App.CreateApiClientAsync("ubnd.lanhdao");
            var copy = await GetAsync(committee, copyId);

            Assert.Equal("Recommendation", copy.GetProperty("declaredKind").GetString());
            AssertSealed(copy, "forwarded copy");
        }
    }

    [Fact]
    public async Task Api_PartClassifiedAsADenunciation_SealsTheLetterAndTheOtherParts()
    {
        var (front, id) = await MixedLetterAsync(Marker());
        using (front)
        {
            var parts = (await DoAsync(front, id, "split", TwoParts)).GetProperty("splitInto").EnumerateArray()
                .Select(c => c.GetProperty("id").GetGuid()).ToList();
            using var handler = await HandlerAsync("MTTQ-TN");
            Assert.False((await GetAsync(handler, id)).GetProperty("identitySealed").GetBoolean());
            Assert.False((await GetAsync(handler, parts[1])).GetProperty("identitySealed").GetBoolean());

            await DoAsync(front, parts[0], "classify", new { kind = "Denunciation", competence = "OtherBody" });

            AssertSealed(await GetAsync(handler, parts[0]), "part classified as a denunciation");
            AssertSealed(await GetAsync(handler, id), "letter");
            AssertSealed(await GetAsync(handler, parts[1]), "other part");
            Assert.DoesNotContain(id, await FoundAsync(handler, "hoang thi to nga"));
        }
    }

    // A denunciation found in a forwarded copy at the body it was sent to: the letter of the body that forwarded it holds the
    // same senders and text, so it is sealed there too (Luật Tố cáo 2018, Điều 8(3), 47(1)(b)), and its search document
    // is rebuilt redacted.
    private async Task AssertSealedAtTheForwardingBodyAsync(HttpClient front, HttpClient handler, Guid id, string marker, string which)
    {
        AssertSealed(await GetAsync(handler, id), which);
        foreach (var q in new[] { "hoang thi to nga", "nga", DenouncerId, "0978 123 456" })
            Assert.DoesNotContain(id, await FoundAsync(handler, q));
        // Still found by its words, with the excerpt from the redacted copy; and by the denouncer, by those who may reveal them.
        var byWords = (await SearchAsync(handler, marker)).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);
        Assert.DoesNotContain("Nga", byWords.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Contains(id, await FoundAsync(front, "hoang thi to nga"));

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var document = await db.Set<PhoiHop.Features.Search.PetitionSearchDocument>().AsNoTracking().SingleAsync(d => d.PetitionId == id, Ct);
        Assert.Contains(marker, document.Text, StringComparison.Ordinal);
        foreach (var secret in new[] { "hoang thi to nga", DenouncerId, DenouncerPhone })
            Assert.DoesNotContain(secret, document.Text, StringComparison.Ordinal);
        Assert.True(await db.Petitions.AsNoTracking().Where(p => p.Id == id).Select(p => p.DenouncerProtected).SingleAsync(Ct), which);
    }

    [Fact]
    public async Task Api_ForwardedCopySplitWithADenunciationPart_SealsTheForwardingBodysLetter()
    {
        var marker = Marker();
        var (front, id) = await MixedLetterAsync(marker, "kiến nghị và tố cáo");
        using (front)
        {
            using var handler = await HandlerAsync("MTTQ-TN");
            Assert.False((await GetAsync(handler, id)).GetProperty("identitySealed").GetBoolean());
            Assert.Contains(id, await FoundAsync(handler, "hoang thi to nga"));
            await DoAsync(front, id, "classify", new { kind = "Recommendation", competence = "OtherBody" });
            var copyId = (await DoAsync(front, id, "forward", new { toBodyCode = "UBND-TN" })).GetProperty("forwardedPetitionId").GetGuid();
            using var committee = await App.CreateApiClientAsync("ubnd.lanhdao");

            var parts = (await DoAsync(committee, copyId, "split", ComplaintAndDenunciation)).GetProperty("splitInto").EnumerateArray()
                .Select(c => c.GetProperty("id").GetGuid()).ToList();

            foreach (var (letter, which) in new[] { (copyId, "forwarded copy"), (parts[0], "complaint part"), (parts[1], "denunciation part") })
                Assert.True((await GetAsync(committee, letter)).GetProperty("identitySealed").GetBoolean(), which);
            await AssertSealedAtTheForwardingBodyAsync(front, handler, id, marker, "forwarding body's letter");
        }
    }

    [Fact]
    public async Task Api_PartOfAForwardedCopyClassifiedAsADenunciation_SealsTheForwardingBodysLetter()
    {
        var marker = Marker();
        var (front, id) = await MixedLetterAsync(marker);
        using (front)
        {
            using var handler = await HandlerAsync("MTTQ-TN");
            await DoAsync(front, id, "classify", new { kind = "Recommendation", competence = "OtherBody" });
            var copyId = (await DoAsync(front, id, "forward", new { toBodyCode = "UBND-TN" })).GetProperty("forwardedPetitionId").GetGuid();
            using var committee = await App.CreateApiClientAsync("ubnd.lanhdao");
            var parts = (await DoAsync(committee, copyId, "split", TwoParts)).GetProperty("splitInto").EnumerateArray()
                .Select(c => c.GetProperty("id").GetGuid()).ToList();
            Assert.False((await GetAsync(handler, id)).GetProperty("identitySealed").GetBoolean());

            await DoAsync(committee, parts[0], "classify", new { kind = "Denunciation", competence = "OtherBody" });

            foreach (var (letter, which) in new[] { (copyId, "forwarded copy"), (parts[1], "other part") })
                Assert.True((await GetAsync(committee, letter)).GetProperty("identitySealed").GetBoolean(), which);
            await AssertSealedAtTheForwardingBodyAsync(front, handler, id, marker, "forwarding body's letter");
        }
    }

    [Fact]
    public async Task Api_ForwardedCopyClassifiedAsADenunciation_SealsTheLetterItCameFromAndItsRelatives()
    {
        var marker = Marker();
        var (front, id) = await MixedLetterAsync(marker, "khiếu nại và kiến nghị");
        using (front)
        {
            using var handler = await HandlerAsync("MTTQ-TN");
            var parts = (await DoAsync(front, id, "split", TwoParts)).GetProperty("splitInto").EnumerateArray()
                .Select(c => c.GetProperty("id").GetGuid()).ToList();
            await DoAsync(front, parts[1], "classify", new { kind = "Recommendation", competence = "OtherBody" });
            var copyId = (await DoAsync(front, parts[1], "forward", new { toBodyCode = "UBND-TN" })).GetProperty("forwardedPetitionId").GetGuid();
            using var committee = await App.CreateApiClientAsync("ubnd.lanhdao");
            Assert.False((await GetAsync(committee, copyId)).GetProperty("identitySealed").GetBoolean());
            var found = await FoundAsync(handler, "hoang thi to nga");
            foreach (var letter in new[] { id, parts[0], parts[1] })
            {
                Assert.False((await GetAsync(handler, letter)).GetProperty("identitySealed").GetBoolean());
                Assert.Contains(letter, found);
            }

            // The committee finds that what the front took for a recommendation denounces an official.
            await DoAsync(committee, copyId, "classify", new { kind = "Denunciation", competence = "OtherBody" });

            AssertSealed(await GetAsync(committee, copyId), "forwarded copy classified as a denunciation");
            await AssertSealedAtTheForwardingBodyAsync(front, handler, id, marker, "letter the part was split from");
            foreach (var (letter, which) in new[] { (parts[1], "part it was forwarded from"), (parts[0], "other part") })
            {
                AssertSealed(await GetAsync(handler, letter), which);
                Assert.DoesNotContain(letter, await FoundAsync(handler, "hoang thi to nga"));
            }
        }
    }

    // A denunciation forwarded to another body stays sealed there even if that body classifies its copy otherwise: the copy
    // holds the same senders.
    [Fact]
    public async Task Api_ForwardedDenunciation_ReclassifiedWhereItWasSent_StaysSealed()
    {
        var marker = Marker();
        var (front, id) = await MixedLetterAsync(marker, "tố cáo");
        using (front)
        {
            await DoAsync(front, id, "classify", new { kind = "Denunciation", competence = "OtherBody" });
            var copyId = (await DoAsync(front, id, "forward", new { toBodyCode = "UBND-TN" })).GetProperty("forwardedPetitionId").GetGuid();
            using var committee = await App.CreateApiClientAsync("ubnd.lanhdao");

            await DoAsync(committee, copyId, "classify", new { kind = "Complaint", competence = "Own" });

            var copy = await GetAsync(committee, copyId);
            Assert.Equal("Complaint", copy.GetProperty("kind").GetString());
            AssertSealed(copy, "copy of a denunciation, classified as a complaint");
            AssertSealed(await GetAsync(front, id), "the denunciation it came from");
        }
    }

    // Luật Tiếp công dân 2013, Điều 27(2), 28(2): the forwarding body hears the result of every part of its letter, and
    // tells the citizen the result of the whole letter.
    [Fact]
    public async Task Api_ForwardedLetterSplitWhereItWasSent_IsAnsweredOnceEveryPartHasAResult_WithEachPartsResult()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        using var committee = await App.CreateApiClientAsync("ubnd.lanhdao");
        var id = (await RegisterAsync(front, Letter("MTTQ-TN", kind: "Recommendation", subject: "Đơn khiếu nại và kiến nghị"))).GetProperty("id").GetGuid();
        await DoAsync(front, id, "classify", new { kind = "Recommendation", competence = "OtherBody" });
        var copyId = (await DoAsync(front, id, "forward", new { toBodyCode = "UBND-TN" })).GetProperty("forwardedPetitionId").GetGuid();
        var parts = (await DoAsync(committee, copyId, "split", TwoParts)).GetProperty("splitInto").EnumerateArray()
            .Select(c => (Id: c.GetProperty("id").GetGuid(), Code: c.GetProperty("trackingCode").GetString()!)).ToList();
        foreach (var part in parts)
            Assert.Equal(id, (await GetAsync(committee, part.Id)).GetProperty("forwardedFromId").GetGuid());
        var code = (await GetAsync(front, id)).GetProperty("trackingCode").GetString()!;

        await DoAsync(committee, parts[0].Id, "classify", new { kind = "Complaint", competence = "OtherBody" });
        await DoAsync(committee, parts[0].Id, "guide", new { note = "Hướng dẫn gửi đơn đến Chủ tịch UBND xã Đại Phúc" });

        // One part has a result: the letter still waits for the other, and its handlers hear of this one.
        var waiting = await GetAsync(front, id);
        Assert.Equal("AwaitingAnswer", Status(waiting));
        Assert.Equal(JsonValueKind.Null, waiting.GetProperty("answerSummary").ValueKind);
        Assert.DoesNotContain(waiting.GetProperty("deadlines").EnumerateArray(), d => d.GetProperty("ruleCode").GetString() == "reception.citizen-informed");
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var handler = await db.Users.SingleAsync(u => u.UserName == "mttq.tiepdan", Ct);
            var note = await db.Set<Notification>().AsNoTracking().SingleAsync(n => n.UserId == handler.Id && n.Link == $"/Petitions/{id}", Ct);
            Assert.Contains(parts[0].Code, note.Body, StringComparison.Ordinal);
            Assert.Contains("Hướng dẫn gửi đơn đến Chủ tịch UBND xã Đại Phúc", note.Body, StringComparison.Ordinal);
            Assert.Contains(code, note.Title, StringComparison.Ordinal);
        }

        await DoAsync(committee, parts[1].Id, "classify", new { kind = "Recommendation", competence = "OtherBody" });
        await DoAsync(committee, parts[1].Id, "forward", new { toBodyCode = "SNNMT-TN", note = "Chuyển Sở Nông nghiệp và Môi trường xem xét" });

        // The last part has a result: the letter is answered with both, and the 5 working days to tell the citizen start.
        var answered = await GetAsync(front, id);
        Assert.Equal("Answered", Status(answered));
        var lines = answered.GetProperty("answerSummary").GetString()!.Split('\n');
        Assert.Equal(2, lines.Length);
        var guided = Assert.Single(lines, l => l.StartsWith($"Đơn {parts[0].Code}: ", StringComparison.Ordinal));
        Assert.Contains("Hướng dẫn công dân — Hướng dẫn gửi đơn đến Chủ tịch UBND xã Đại Phúc", guided, StringComparison.Ordinal);
        var forwarded = Assert.Single(lines, l => l.StartsWith($"Đơn {parts[1].Code}: ", StringComparison.Ordinal));
        Assert.Contains("Chuyển đơn — Chuyển Sở Nông nghiệp và Môi trường xem xét", forwarded, StringComparison.Ordinal);
        var inform = Assert.Single(answered.GetProperty("deadlines").EnumerateArray(), d => d.GetProperty("ruleCode").GetString() == "reception.citizen-informed");
        Assert.Equal("Open", inform.GetProperty("status").GetString());
        Assert.Equal("2026-11-27", inform.GetProperty("startDate").GetString());
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var handler = await db.Users.SingleAsync(u => u.UserName == "mttq.tiepdan", Ct);
            Assert.Equal(2, await db.Set<Notification>().CountAsync(n => n.UserId == handler.Id && n.Link == $"/Petitions/{id}", Ct));
        }
    }

    [Fact]
    public async Task Api_PartResult_AfterTheForwardingBodyRecordedAnAnswerByHand_IsToldToItsHandlers()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        using var committee = await App.CreateApiClientAsync("ubnd.lanhdao");
        var id = (await RegisterAsync(front, Letter("MTTQ-TN", kind: "Recommendation", subject: "Đơn khiếu nại và kiến nghị"))).GetProperty("id").GetGuid();
        await DoAsync(front, id, "classify", new { kind = "Recommendation", competence = "OtherBody" });
        var copyId = (await DoAsync(front, id, "forward", new { toBodyCode = "UBND-TN" })).GetProperty("forwardedPetitionId").GetGuid();
        var part = (await DoAsync(committee, copyId, "split", TwoParts)).GetProperty("splitInto")[0];
        await DoAsync(front, id, "record-answer", new { summary = "Ủy ban nhân dân tỉnh đã trả lời bằng văn bản" });

        await DoAsync(committee, part.GetProperty("id").GetGuid(), "classify", new { kind = "Complaint", competence = "OtherBody" });
        await DoAsync(committee, part.GetProperty("id").GetGuid(), "guide", new { note = "Hướng dẫn gửi đơn đến Chủ tịch UBND xã Đại Phúc" });

        var letter = await GetAsync(front, id);
        Assert.Equal("Answered", Status(letter));
        Assert.Equal("Ủy ban nhân dân tỉnh đã trả lời bằng văn bản", letter.GetProperty("answerSummary").GetString());
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var handler = await db.Users.SingleAsync(u => u.UserName == "mttq.tiepdan", Ct);
        var note = await db.Set<Notification>().AsNoTracking().SingleAsync(n => n.UserId == handler.Id && n.Link == $"/Petitions/{id}", Ct);
        Assert.StartsWith("Có thêm kết quả của đơn", note.Title, StringComparison.Ordinal);
        Assert.Contains(part.GetProperty("trackingCode").GetString()!, note.Body, StringComparison.Ordinal);
        Assert.Contains("Hướng dẫn gửi đơn đến Chủ tịch UBND xã Đại Phúc", note.Body, StringComparison.Ordinal);
    }

    public sealed class Sqlite(SqliteAppFactory app) : PetitionSplitTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : PetitionSplitTests(app), IClassFixture<PostgresAppFactory>;
}
