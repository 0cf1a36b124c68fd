using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;
using static PhoiHop.IntegrationTests.Testing.HtmlForms;

namespace PhoiHop.IntegrationTests.Features.Petitions;

// The staff pages: register a letter, see it in the queue, take a step, get a message that names the field.
public abstract class PetitionPagesTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task Register_ThenClassifyAndForward_FromThePages()
    {
        using var client = App.CreateBrowserClient();
        await LoginAsync(client, "mttq.tiepdan");
        var form = await GetDocumentAsync(client, "/Petitions/Register");

        using var registered = await SubmitAsync(client, form, new Dictionary<string, string>
        {
            ["Input.Channel"] = "InPerson",
            ["Input.Kind"] = "Complaint",
            ["Input.Subject"] = "Khiếu nại việc bồi thường khi thu hồi đất",
            ["Input.Content"] = "Gia đình tôi bị thu hồi 300 m² đất nông nghiệp nhưng chưa được bồi thường.",
            ["Input.Senders[0].FullName"] = "Lò Văn Hùng",
            ["Input.Senders[0].IdNumber"] = "019 079 000 111",
            ["Input.Senders[0].Phone"] = "+84 912 000 111",
        }, "main form", "button.button-primary");

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var page = await GetDocumentAsync(client, registered.Headers.Location!.OriginalString);
        Assert.Contains("Lò Văn Hùng", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("019079000111", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("0912000111", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var classified = await SubmitAsync(client, page, new Dictionary<string, string>
        {
            ["Step.Kind"] = "Complaint",
            ["Step.Competence"] = "OtherBody",
        }, "form[action*='step=Classify']");
        Assert.Equal(HttpStatusCode.Redirect, classified.StatusCode);
        page = await GetDocumentAsync(client, classified.Headers.Location!.OriginalString);
        Assert.NotNull(page.QuerySelector("form[action*='step=Forward']"));
        Assert.Null(page.QuerySelector("form[action*='step=Accept']"));

        using var forwarded = await SubmitAsync(client, page, new Dictionary<string, string>
        {
            ["Step.ToBodyCode"] = "UBND-TN",
            ["Step.Recommendation"] = "Đề nghị UBND tỉnh xem xét, giải quyết.",
        }, "form[action*='step=Forward']");
        Assert.Equal(HttpStatusCode.Redirect, forwarded.StatusCode);
        page = await GetDocumentAsync(client, forwarded.Headers.Location!.OriginalString);
        Assert.Contains("Chờ kết quả", page.QuerySelector(".page-head .badge")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ủy ban nhân dân tỉnh Thái Nguyên", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var queue = await GetDocumentAsync(client, "/Petitions?queue=Waiting");
        Assert.Contains("Khiếu nại việc bồi thường khi thu hồi đất", queue.QuerySelector("table.data")!.TextContent, StringComparison.Ordinal);

        // The queue's links (and the notifications') lead to the letter's page.
        var link = queue.QuerySelector("table.data a")!.GetAttribute("href")!;
        Assert.Matches("^/Petitions/[0-9a-f-]{36}$", link);
        using var opened = await client.GetAsync(link, Ct);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
    }

    [Fact]
    public async Task StepForm_WithTextThatIsNotText_IsRefusedNamingTheField_AndTheStepIsNotTaken()
    {
        using var api = await App.CreateApiClientAsync("mttq.tiepdan");
        var id = (await PetitionApi.RegisterAsync(api, PetitionApi.Letter("MTTQ-TN"))).GetProperty("id").GetGuid();
        using var client = App.CreateBrowserClient();
        await LoginAsync(client, "mttq.tiepdan");
        var page = await GetDocumentAsync(client, $"/Petitions/{id}");

        using var posted = await SubmitAsync(client, page, new Dictionary<string, string>
        {
            ["Step.Kind"] = "Complaint",
            ["Step.Competence"] = "OtherBody",
            ["Step.Note"] = "Ghi chú \ufffe",
        }, "form[action*='step=Classify']");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var again = await ParseAsync(posted);
        Assert.Contains(again.QuerySelectorAll("form[action*='step=Classify'] .field-error"), e => !string.IsNullOrWhiteSpace(e.TextContent));
        Assert.Contains(App.Text("Petitions.Field.Note"), again.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var letter = await PetitionApi.GetAsync(api, id);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, letter.GetProperty("kind").ValueKind);
        Assert.Equal(1, letter.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task Register_WithBadInput_NamesEachFieldAndStoresNothing()
    {
        using var client = App.CreateBrowserClient();
        await LoginAsync(client, "mttq.tiepdan");
        var form = await GetDocumentAsync(client, "/Petitions/Register");
        var before = await CountAsync();

        using var response = await SubmitAsync(client, form, new Dictionary<string, string>
        {
            ["Input.ReceivedOn"] = "2027-01-01",
            ["Input.Subject"] = "<script>alert(1)</script>",
            ["Input.Content"] = "",
            ["Input.Senders[0].FullName"] = "Nguyễn Văn Bình",
            ["Input.Senders[0].IdNumber"] = "12345",
            ["Input.Senders[0].Phone"] = "abc",
        }, "main form", "button.button-primary");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        var errors = page.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Ngày nhận đơn", errors, StringComparison.Ordinal);
        Assert.Contains("Nội dung đơn", errors, StringComparison.Ordinal);
        Assert.Contains("12 chữ số", errors, StringComparison.Ordinal);
        Assert.Contains("điện thoại", errors, StringComparison.OrdinalIgnoreCase);
        Assert.Null(page.QuerySelector("script:not([src])"));
        Assert.Equal("<script>alert(1)</script>", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Input_Subject")!).Value);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Register_DoubleSubmit_RegistersOnce()
    {
        using var client = App.CreateBrowserClient();
        await LoginAsync(client, "mttq.tiepdan");
        var form = await GetDocumentAsync(client, "/Petitions/Register");
        var fields = new Dictionary<string, string>
        {
            ["Input.Subject"] = "Đơn bấm gửi hai lần",
            ["Input.Content"] = "Nội dung",
            ["Input.Senders[0].FullName"] = "Phạm Thị Hòa",
        };

        using var first = await SubmitAsync(client, form, fields, "main form", "button.button-primary");
        using var second = await SubmitAsync(client, form, fields, "main form", "button.button-primary");

        Assert.Equal(first.Headers.Location, second.Headers.Location);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(1, await db.Petitions.CountAsync(p => p.Subject == "Đơn bấm gửi hai lần", Ct));
    }

    [Fact]
    public async Task Petitions_AreClosedToAdministratorsAndAuditors()
    {
        using var admin = App.CreateBrowserClient();
        await LoginAsync(admin, "admin");

        using var response = await admin.GetAsync("/Petitions", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Petitions.CountAsync(Ct);
    }

    public sealed class Sqlite(SqliteAppFactory app) : PetitionPagesTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : PetitionPagesTests(app), IClassFixture<PostgresAppFactory>;
}
