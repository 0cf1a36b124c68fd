using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Common;
using PhoiHop.Features.Petitions;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;
using static PhoiHop.IntegrationTests.Testing.HtmlForms;

namespace PhoiHop.IntegrationTests.Features.Petitions;

// A citizen sends a letter without an account, keeps the receipt, follows it, adds information.
public abstract class CitizenPortalTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task Submit_GivesAReceipt_ThenTheCitizenFollowsTheLetterAndAddsInformation()
    {
        using var citizen = App.CreateBrowserClient();
        var form = await GetDocumentAsync(citizen, "/Portal/Submit");
        App.Clock.Advance(TimeSpan.FromSeconds(30));

        using var sent = await SubmitAsync(citizen, form, new Dictionary<string, string>
        {
            ["Input.ReceivingBodyCode"] = "MTTQ-TN",
            ["Input.Kind"] = "Feedback",
            ["Input.Subject"] = "Đường liên xóm bị sạt lở",
            ["Input.Content"] = "Đoạn đường liên xóm Đồng Kem bị sạt lở sau mưa lớn, đề nghị sửa chữa.",
            ["Input.Senders[0].FullName"] = "Đinh Văn Toàn",
            ["Input.Senders[0].Phone"] = "0383 456 789",
            ["Confirm"] = "true",
        });
        var receipt = await ParseAsync(sent);
        var code = receipt.QuerySelector("#tracking-code")?.TextContent;
        var secret = receipt.QuerySelector("#secret")?.TextContent;
        Assert.NotNull(code);
        Assert.Matches("^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$", secret);

        var track = await GetDocumentAsync(citizen, "/Portal/Track");
        using var wrong = await SubmitAsync(citizen, track, new Dictionary<string, string> { ["Code"] = code!, ["Secret"] = "AAAA-BBBB-CCCC-DDDD" });
        Assert.Contains("Không tìm thấy", (await ParseAsync(wrong)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        using var right = await SubmitAsync(citizen, track, new Dictionary<string, string> { ["Code"] = code!.ToLowerInvariant(), ["Secret"] = secret!.Replace("-", " ", StringComparison.Ordinal) });
        var status = await ParseAsync(right);
        Assert.Equal("Mới vào sổ", status.QuerySelector("#status")!.TextContent);
        Assert.DoesNotContain("Đinh Văn Toàn", status.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var added = await SubmitAsync(citizen, status, new Dictionary<string, string> { ["Message"] = "Xin gửi thêm: đoạn sạt lở dài khoảng 20 m." },
            "form[action*='handler=Add']");
        Assert.Contains("Xin gửi thêm", (await ParseAsync(added)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var petition = await db.Petitions.SingleAsync(p => p.TrackingCode == code, Ct);
        Assert.Equal(Channel.OnlinePortal, petition.Channel);
        Assert.Equal(PetitionKind.Feedback, petition.DeclaredKind);
        Assert.NotEqual(secret, petition.CitizenSecretHash);
        Assert.Equal(1, await db.Set<CitizenMessage>().CountAsync(m => m.PetitionId == petition.Id, Ct));
    }

    // A letter with two kinds of content is split by the Front into two matters: the citizen, with the one receipt they
    // hold, sees both matters, each one's status, and each one's steps in the timeline.
    [Fact]
    public async Task SplitLetter_TheCitizenFollowsEveryMatterWithTheOneReceipt()
    {
        using var citizen = App.CreateBrowserClient();
        var form = await GetDocumentAsync(citizen, "/Portal/Submit");
        App.Clock.Advance(TimeSpan.FromSeconds(30));
        using var sent = await SubmitAsync(citizen, form, new Dictionary<string, string>
        {
            ["Input.ReceivingBodyCode"] = "MTTQ-TN",
            ["Input.Kind"] = "Complaint",
            ["Input.Subject"] = "Khiếu nại thu hồi đất và kiến nghị sửa đường",
            ["Input.Content"] = "Tôi khiếu nại Quyết định thu hồi đất số 12/QĐ-UBND, và đề nghị sửa đường liên xóm Đồng Kem bị sạt lở.",
            ["Input.Senders[0].FullName"] = "Đinh Văn Toàn",
            ["Input.Senders[0].Phone"] = "0383 456 789",
            ["Confirm"] = "true",
        });
        var receipt = await ParseAsync(sent);
        var code = receipt.QuerySelector("#tracking-code")!.TextContent;
        var secret = receipt.QuerySelector("#secret")!.TextContent;
        Guid id;
        await using (var scope = App.Services.CreateAsyncScope())
            id = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Petitions.Where(p => p.TrackingCode == code).Select(p => p.Id).SingleAsync(Ct);
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var parts = (await PetitionApi.DoAsync(front, id, "split", new
        {
            parts = new[]
            {
                new { kind = "Complaint", subject = "Khiếu nại quyết định thu hồi đất", content = "Tôi khiếu nại Quyết định thu hồi đất số 12/QĐ-UBND." },
                new { kind = "Recommendation", subject = "Kiến nghị sửa đường liên xóm", content = "Đề nghị sửa đường liên xóm Đồng Kem bị sạt lở." },
            },
            note = "Đơn có hai loại nội dung",
        })).GetProperty("splitInto").EnumerateArray().ToList();
        var complaint = parts[0].GetProperty("id").GetGuid();
        await PetitionApi.DoAsync(front, complaint, "classify", new { kind = "Complaint", competence = "OtherBody" });
        await PetitionApi.DoAsync(front, complaint, "guide", new { note = "Hướng dẫn gửi đơn đến Chủ tịch UBND tỉnh" });
        var complaintCode = (await PetitionApi.GetAsync(front, complaint)).GetProperty("trackingCode").GetString()!;

        var track = await GetDocumentAsync(citizen, "/Portal/Track");
        using var shown = await SubmitAsync(citizen, track, new Dictionary<string, string> { ["Code"] = code, ["Secret"] = secret });
        var page = await ParseAsync(shown);

        var rows = page.QuerySelectorAll("#parts tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.TextContent.Contains(complaintCode, StringComparison.Ordinal) && r.TextContent.Contains("Khiếu nại quyết định thu hồi đất", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.TextContent.Contains("Kiến nghị sửa đường liên xóm", StringComparison.Ordinal));
        var steps = page.QuerySelectorAll("ol.timeline li").Select(li => li.TextContent).ToList();
        Assert.Contains(steps, s => s.Contains("Tách đơn", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains(complaintCode, StringComparison.Ordinal) && !s.Contains("Tách đơn", StringComparison.Ordinal));
        Assert.DoesNotContain("Đinh Văn Toàn", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_WithMistakes_ShowsEveryMistakeAtOnce_InThePortalsWords_AndAQuickResendIsNotTooFast()
    {
        using var citizen = App.CreateBrowserClient();
        var form = await GetDocumentAsync(citizen, "/Portal/Submit");
        App.Clock.Advance(TimeSpan.FromSeconds(30));

        // No kind, no confirmation, no subject, no sender: all four are said, and nothing the portal fills in itself.
        using var first = await SubmitAsync(citizen, form, new Dictionary<string, string>
        {
            ["Input.ReceivingBodyCode"] = "MTTQ-TN",
            ["Input.Content"] = "Đường liên xóm bị sạt lở sau mưa lớn.",
        });
        var page = await ParseAsync(first);
        var summary = page.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains(App.Text("Portal.ConfirmRequired"), summary, StringComparison.Ordinal);
        Assert.Contains(App.Text("Portal.SenderRequired"), summary, StringComparison.Ordinal);
        Assert.Contains(App.Text("Petitions.Field.Subject"), summary, StringComparison.Ordinal);
        Assert.DoesNotContain(App.Text("Petitions.Field.Channel"), summary, StringComparison.Ordinal);
        Assert.DoesNotContain(App.Text("Petitions.Field.ReceivedOn"), summary, StringComparison.Ordinal);

        // Fixed and sent again at once (no time passes): taken, not refused as a robot's.
        using var second = await SubmitAsync(citizen, page, new Dictionary<string, string>
        {
            ["Input.Kind"] = "Feedback",
            ["Input.Subject"] = "Sạt lở đường liên xóm",
            ["Input.Senders[0].FullName"] = "Hà Thị Lan",
            ["Confirm"] = "true",
        });
        var receipt = await ParseAsync(second);
        Assert.Equal(App.Text("Portal.ReceiptTitle"), receipt.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Submit_TooFastOrWithTheHiddenField_IsRefusedAndStoresNothing()
    {
        using var robot = App.CreateBrowserClient();
        var form = await GetDocumentAsync(robot, "/Portal/Submit");
        var fields = new Dictionary<string, string>
        {
            ["Input.ReceivingBodyCode"] = "MTTQ-TN",
            ["Input.Kind"] = "Feedback",
            ["Input.Subject"] = "Quảng cáo",
            ["Input.Content"] = "Mua hàng giá rẻ",
            ["Input.Senders[0].FullName"] = "Robot",
            ["Confirm"] = "true",
        };

        using var tooFast = await SubmitAsync(robot, form, fields);
        App.Clock.Advance(TimeSpan.FromSeconds(30));
        using var honeypot = await SubmitAsync(robot, form, new Dictionary<string, string>(fields) { ["Website"] = "http://spam.example" });

        Assert.Contains("quá nhanh", (await ParseAsync(tooFast)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("quá nhanh", (await ParseAsync(honeypot)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        await using var scope = App.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Petitions.AnyAsync(p => p.Subject == "Quảng cáo", Ct));
    }

    [Fact]
    public async Task Open311_ServicesRequestsAndLookup()
    {
        using var client = App.CreateClient();

        using var services = JsonDocument.Parse(await client.GetStringAsync("/open311/v2/services.json", Ct));
        var service = services.RootElement.EnumerateArray().First(s => s.GetProperty("service_code").GetString() == PetitionFields.Environment);
        Assert.False(service.GetProperty("metadata").GetBoolean());
        Assert.Equal("realtime", service.GetProperty("type").GetString());

        using var missing = await client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["service_code"] = PetitionFields.Environment,
            ["description"] = "Khói bụi",
        }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        using var error = JsonDocument.Parse(await missing.Content.ReadAsStringAsync(Ct));
        Assert.Contains("location", error.RootElement[0].GetProperty("description").GetString(), StringComparison.OrdinalIgnoreCase);

        using var posted = await client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["service_code"] = PetitionFields.Environment,
            ["lat"] = "21.5942",
            ["long"] = "105.8482",
            ["address_string"] = "Tổ 3, phường Phan Đình Phùng",
            ["description"] = "Cơ sở sản xuất xả khói bụi ra khu dân cư vào ban đêm.",
            ["first_name"] = "Hà",
            ["last_name"] = "Nguyễn Thu",
            ["phone"] = "0912 888 999",
        }), Ct);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        using var created = JsonDocument.Parse(await posted.Content.ReadAsStringAsync(Ct));
        var id = created.RootElement[0].GetProperty("service_request_id").GetString()!;

        using var one = JsonDocument.Parse(await client.GetStringAsync($"/open311/v2/requests/{id}.json", Ct));
        var request = one.RootElement[0];
        Assert.Equal("open", request.GetProperty("status").GetString());
        Assert.Equal(21.5942, request.GetProperty("lat").GetDouble(), 4);
        Assert.Equal("Ủy ban nhân dân tỉnh Thái Nguyên", request.GetProperty("agency_responsible").GetString());
        Assert.DoesNotContain("Nguyễn Thu", one.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("0912", one.RootElement.GetRawText(), StringComparison.Ordinal);

        using var list = JsonDocument.Parse(await client.GetStringAsync($"/open311/v2/requests.json?status=open&service_code={PetitionFields.Environment}", Ct));
        Assert.Contains(list.RootElement.EnumerateArray(), r => r.GetProperty("service_request_id").GetString() == id);
        using var unknown = await client.GetAsync("/open311/v2/requests/PH-0000-0000.json", Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Open311_MalformedOrOversizedForms_Return400_AndStoreNothing()
    {
        using var client = App.CreateClient();
        var before = await CountAsync();

        using var noBoundary = new ByteArrayContent(Encoding.UTF8.GetBytes("service_code=x"));
        noBoundary.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data");
        using var tooManyValues = new FormUrlEncodedContent(Enumerable.Range(0, 3000).Select(i => KeyValuePair.Create($"f{i}", "x")));
        using var cutShort = new ByteArrayContent(Encoding.UTF8.GetBytes("--b\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nKhói"));
        cutShort.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=b");
        using var longAddress = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["service_code"] = PetitionFields.Environment,
            ["address_string"] = new string('x', PetitionConfiguration.PlaceLength + 1),
            ["description"] = "Khói bụi",
        });

        static FormUrlEncodedContent Located(string lat, string? lon) => new(new Dictionary<string, string>
        {
            ["service_code"] = PetitionFields.Environment,
            ["address_string"] = "Tổ 3",
            ["description"] = "Khói bụi",
            ["lat"] = lat,
            ["long"] = lon ?? "",
        });
        using var notANumber = Located("abc", "105.8");
        using var infinite = Located("NaN", "Infinity");
        using var latOnly = Located("21.5", null);

        foreach (var (content, says) in new (HttpContent, string)[]
        {
            (noBoundary, "form"), (tooManyValues, "form"), (cutShort, "form"), (longAddress, "address_string"),
            (notANumber, "lat and long"), (infinite, "lat and long"), (latOnly, "lat and long"),
        })
        {
            using var response = await client.PostAsync("/open311/v2/requests.json", content, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
            using var error = JsonDocument.Parse(body);
            Assert.Contains(says, error.RootElement[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        }
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Open311_SubjectIsCutBetweenCharacters_NeverInsideAnEmoji()
    {
        using var client = App.CreateClient();
        var prefix = $"{PetitionFields.Default.Find(PetitionFields.Environment)!.Name} — ";
        // The subject "service — address" is cut at its limit; the emoji's two halves sit on either side of the cut.
        var address = new string('x', PetitionConfiguration.SubjectLength - 1 - prefix.Length) + "🏭 cuối ngõ";

        using var posted = await client.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["service_code"] = PetitionFields.Environment,
            ["address_string"] = address,
            ["description"] = "Ống khói xả khói đen cả ngày.",
        }), Ct);
        var body = await posted.Content.ReadAsStringAsync(Ct);
        Assert.True(posted.StatusCode == HttpStatusCode.OK, $"{(int)posted.StatusCode}: {body}");

        var code = JsonDocument.Parse(body).RootElement[0].GetProperty("service_request_id").GetString();
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.Petitions.Where(p => p.TrackingCode == code).Select(p => new { p.Id, p.Subject }).SingleAsync(Ct);
        var subject = stored.Subject;
        Assert.True(TextInput.IsWellFormed(subject));
        Assert.Equal(PetitionConfiguration.SubjectLength - 1, subject.Length);
        Assert.EndsWith("x", subject, StringComparison.Ordinal);
        // Nobody was signed in: the audit log names the portal.
        var key = stored.Id.ToString();
        Assert.Equal(PetitionIntake.PortalActorName,
            await db.AuditEntries.Where(e => e.EntityType == nameof(Petition) && e.EntityId == key).Select(e => e.UserName).SingleAsync(Ct));
    }

    private async Task<int> CountAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Petitions.CountAsync(Ct);
    }

    public sealed class Sqlite(SqliteAppFactory app) : CitizenPortalTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : CitizenPortalTests(app), IClassFixture<PostgresAppFactory>;
}
