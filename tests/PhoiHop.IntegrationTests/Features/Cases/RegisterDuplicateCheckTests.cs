using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;
using static PhoiHop.IntegrationTests.Features.Petitions.PetitionApi;
using static PhoiHop.IntegrationTests.Testing.HtmlForms;

namespace PhoiHop.IntegrationTests.Features.Cases;

// Issue #5 at the staff register form: "Kiểm tra đơn trùng" shows the letters of every body that may be the same matter
// before the letter is saved, without JavaScript, and registers nothing.
public abstract class RegisterDuplicateCheckTests(AppFactory app) : AppTests(app)
{
    private const string Letter =
        "Kính gửi Chủ tịch UBND xã Đại Phúc. Tôi là Hà Văn Tuấn, trú tại xóm Đồng Kem, xã Đại Phúc. Tôi khiếu nại Quyết định số 233/QĐ-UBND "
        + "ngày 02/4/2026 về việc thu hồi thửa đất số 611, tờ bản đồ số 19 của gia đình tôi, diện tích 380 m2, mà không bồi thường, không "
        + "thông báo trước cho gia đình. Đề nghị xem xét hủy quyết định trên và bồi thường theo đúng quy định của pháp luật.";

    private const string TuanId = "019085006611";

    private static Dictionary<string, string> Form(string content, string? idNumber = TuanId, string name = "Hà Văn Tuấn", string subject = "Khiếu nại thu hồi đất") => new()
    {
        ["Input.Channel"] = "Post",
        ["Input.Kind"] = "Complaint",
        ["Input.Subject"] = subject,
        ["Input.Content"] = content,
        ["Input.Senders[0].FullName"] = name,
        ["Input.Senders[0].IdNumber"] = idNumber ?? "",
    };

    private async Task<(Guid Id, string Code)> ExistingLetterAsync()
    {
        using var commune = await App.CreateApiClientAsync("xa.daiphuc");
        var created = await RegisterAsync(commune, new
        {
            receivingBodyCode = "UBND-X-DAIPHUC",
            channel = "Post",
            receivedOn = "2026-11-20",
            kind = "Complaint",
            subject = "Khiếu nại thu hồi đất",
            content = Letter,
            senders = new[] { new { fullName = "Hà Văn Tuấn", idNumber = TuanId } },
            anonymous = false,
        });
        return (created.GetProperty("id").GetGuid(), created.GetProperty("trackingCode").GetString()!);
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> CheckAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var form = await GetDocumentAsync(client, "/Petitions/Register");
        using var response = await SubmitAsync(client, form, fields, "main form", "button[formaction*='handler=CheckDuplicates']");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    [Fact]
    public async Task CopyAtAnotherBody_ShowsTheLetter_WithItsBodyAndReasons_AndRegistersNothing()
    {
        var (id, code) = await ExistingLetterAsync();
        using var client = App.CreateBrowserClient();
        await LoginAsync(client, "mttq.tiepdan");
        var before = await CountAsync();

        var page = await CheckAsync(client, Form(Letter.Replace("Chủ tịch UBND xã Đại Phúc", "Ủy ban MTTQ tỉnh", StringComparison.Ordinal)));

        var row = page.QuerySelector($"#check-candidates tr[data-petition='{id}']");
        Assert.NotNull(row);
        Assert.Contains(code, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ủy ban nhân dân xã Đại Phúc", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("cùng số định danh cá nhân", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("cùng thửa đất số 611, tờ bản đồ số 19", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(App.Text("Duplicates.Likely"), row.TextContent, StringComparison.Ordinal);
        // Another body's letter is named, not linked: its page is not the Front's to read.
        Assert.Null(row.QuerySelector("a"));
        // The form comes back as typed, ready to be registered.
        Assert.Equal("Hà Văn Tuấn", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Input_Senders_0_FullName")!).Value);
        Assert.Contains("thửa đất số 611", page.QuerySelector("#Input_Content")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task CopyAtTheSameBody_LinksToTheLetter()
    {
        var (id, _) = await ExistingLetterAsync();
        using var client = App.CreateBrowserClient();
        await LoginAsync(client, "xa.daiphuc");

        var page = await CheckAsync(client, Form(Letter));

        Assert.Equal($"/Petitions/{id}", page.QuerySelector($"#check-candidates tr[data-petition='{id}'] a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task UnrelatedLetter_FindsNone()
    {
        var (id, _) = await ExistingLetterAsync();
        using var client = App.CreateBrowserClient();
        await LoginAsync(client, "mttq.tiepdan");

        var page = await CheckAsync(client, Form(
            "Kính gửi Ủy ban MTTQ tỉnh. Đèn chiếu sáng trên đường liên xóm Na Hoàng đã hỏng từ tháng 8, buổi tối học sinh đi học về rất nguy hiểm. "
            + "Đề nghị sớm sửa chữa.", idNumber: "019190004242", name: "Lục Thị Mai",
            subject: "Kiến nghị sửa đèn chiếu sáng đường liên xóm"));

        Assert.Null(page.QuerySelector($"#check-candidates tr[data-petition='{id}']"));
        Assert.Contains(App.Text("Duplicates.None"), page.QuerySelector("#duplicate-check")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInput_GivesAValidationMessage_NotAnError()
    {
        using var client = App.CreateBrowserClient();
        await LoginAsync(client, "mttq.tiepdan");
        var before = await CountAsync();

        var empty = await CheckAsync(client, Form(""));
        var tooLong = await CheckAsync(client, Form(new string('a', 50_001), name: new string('b', 400)));

        Assert.Contains("Nội dung đơn", empty.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(empty.QuerySelector("#duplicate-check"));
        Assert.NotEmpty(tooLong.QuerySelectorAll(".error-summary li"));
        Assert.Null(tooLong.QuerySelector("#duplicate-check"));
        Assert.Equal(before, await CountAsync());
    }

    private async Task<int> CountAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Petitions.CountAsync(Ct);
    }

    public sealed class Sqlite(SqliteAppFactory app) : RegisterDuplicateCheckTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : RegisterDuplicateCheckTests(app), IClassFixture<PostgresAppFactory>;
}
