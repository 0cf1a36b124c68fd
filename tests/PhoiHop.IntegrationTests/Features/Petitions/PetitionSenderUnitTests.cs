using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Petitions;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;
using static PhoiHop.IntegrationTests.Testing.HtmlForms;

namespace PhoiHop.IntegrationTests.Features.Petitions;

// A sender's address names its commune or ward from the list of administrative units (the demo seed's Thái Nguyên
// communes): chosen at intake by the API, the staff form and the portal, checked against the list, stored in clear for
// statistics, shown where the senders are shown.
public abstract class PetitionSenderUnitTests(AppFactory app) : AppTests(app)
{
    private const string DaiPhuc = "05701";

    [Fact]
    public async Task Api_SenderWithCommune_IsStoredInClearAndShownWithItsProvince()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var letter = PetitionApi.Letter("MTTQ-TN", kind: "Recommendation", senders:
            [new { fullName = "Nguyễn Văn An", address = "Xóm Đồng", administrativeUnitCode = DaiPhuc }]);

        var id = (await PetitionApi.RegisterAsync(front, letter)).GetProperty("id").GetGuid();

        var sender = (await PetitionApi.GetAsync(front, id)).GetProperty("senders")[0];
        Assert.Equal(DaiPhuc, sender.GetProperty("administrativeUnitCode").GetString());
        Assert.Equal("Xã Đại Phúc, Tỉnh Thái Nguyên", sender.GetProperty("administrativeUnit").GetString());
        Assert.Equal("Xóm Đồng", sender.GetProperty("address").GetString());
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(1, await db.Set<PetitionSender>().CountAsync(s => s.PetitionId == id && s.AdministrativeUnitCode == DaiPhuc, Ct));
    }

    [Fact]
    public async Task Document_SenderAddress_NamesTheCommuneChosenFromTheList()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var letter = PetitionApi.Letter("MTTQ-TN", senders:
            [new { fullName = "Nguyễn Văn An", address = "Xóm Đồng", administrativeUnitCode = DaiPhuc }]);
        var id = (await PetitionApi.RegisterAsync(front, letter)).GetProperty("id").GetGuid();
        await PetitionApi.DoAsync(front, id, "classify", new { kind = "Complaint", competence = "OtherBody" });
        await PetitionApi.DoAsync(front, id, "forward", new { toBodyCode = "UBND-TN" });

        using var issued = await front.PostAsJsonAsync($"/api/v1/petitions/{id}/documents",
            new { template = "forwarding-slip", signerPosition = "Phó Chủ tịch", signerName = "Hoàng Văn Thái" }, Ct);
        var body = await issued.Content.ReadAsStringAsync(Ct);
        Assert.True(issued.StatusCode == HttpStatusCode.Created, body);
        var documentId = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
        var pdf = await front.GetByteArrayAsync($"/api/v1/petitions/{id}/documents/{documentId}.pdf", Ct);
        var text = System.Text.RegularExpressions.Regex.Replace(await Reports.ReportExportTests.PdfTextAsync(pdf), @"\s+", " ");

        Assert.Contains("địa chỉ: Xóm Đồng, Xã Đại Phúc, Tỉnh Thái Nguyên", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99999")]      // not in the list
    [InlineData("164")]        // a former district, not a commune
    [InlineData("<b>x</b>")]
    public async Task Api_UnknownCommuneCode_Is400NamingTheFieldAndStoresNothing(string code)
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var subject = $"Đơn có mã xã sai {Guid.NewGuid():N}";
        var letter = PetitionApi.Letter("MTTQ-TN", subject: subject, senders:
        [
            new { fullName = "Nguyễn Văn An", administrativeUnitCode = DaiPhuc },
            new { fullName = "Trần Thị Bình", administrativeUnitCode = code },
        ]);

        using var response = await front.PostAsJsonAsync("/api/v1/petitions", letter, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var errors = body.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("senders[1].administrativeUnitCode", out _), errors.ToString());
        Assert.False(errors.TryGetProperty("senders[0].administrativeUnitCode", out _));
        await using var scope = App.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Petitions.AnyAsync(p => p.Subject == subject, Ct));
    }

    [Fact]
    public async Task Api_TooLongCommuneCode_Is400NamingTheField()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var letter = PetitionApi.Letter("MTTQ-TN", senders: [new { fullName = "Nguyễn Văn An", administrativeUnitCode = new string('1', 40) }]);

        using var response = await front.PostAsJsonAsync("/api/v1/petitions", letter, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("senders[0].administrativeUnitCode", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterPage_OffersCommunesGroupedByFormerDistrict_AndThePetitionPageShowsTheChoice()
    {
        using var client = App.CreateBrowserClient();
        await LoginAsync(client, "mttq.tiepdan");
        var form = await GetDocumentAsync(client, "/Petitions/Register");
        var select = form.QuerySelector("select[name='Input.Senders[0].AdministrativeUnitCode']");
        Assert.NotNull(select);
        var groups = select!.QuerySelectorAll("optgroup").Select(g => g.GetAttribute("label")).ToList();
        Assert.Contains("Huyện Phú Bình (trước 01/07/2025)", groups);
        Assert.Contains(select.QuerySelectorAll("optgroup[label^='Huyện Phú Bình'] option"), o => o.GetAttribute("value") == DaiPhuc);

        using var registered = await SubmitAsync(client, form, new Dictionary<string, string>
        {
            ["Input.Channel"] = "Post",
            ["Input.Kind"] = "Feedback",
            ["Input.Subject"] = "Phản ánh đèn đường hỏng",
            ["Input.Content"] = "Đèn đường xóm Đồng hỏng đã hai tháng.",
            ["Input.Senders[0].FullName"] = "Hà Văn Lực",
            ["Input.Senders[0].Address"] = "Xóm Đồng",
            ["Input.Senders[0].AdministrativeUnitCode"] = DaiPhuc,
        }, "main form", "button.button-primary");

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var page = await GetDocumentAsync(client, registered.Headers.Location!.OriginalString);
        Assert.Contains("Xã Đại Phúc, Tỉnh Thái Nguyên", page.QuerySelector("#senders-h")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterPage_UnknownCommune_IsShownAtTheFieldAndStoresNothing()
    {
        using var client = App.CreateBrowserClient();
        await LoginAsync(client, "mttq.tiepdan");
        var form = await GetDocumentAsync(client, "/Petitions/Register");
        // A forged option: the form only offers the list.
        var select = (AngleSharp.Html.Dom.IHtmlSelectElement)form.QuerySelector("select[name='Input.Senders[0].AdministrativeUnitCode']")!;
        var forged = (AngleSharp.Html.Dom.IHtmlOptionElement)form.CreateElement("option");
        forged.Value = "00000";
        select.AddOption(forged);
        var subject = $"Đơn mã xã giả {Guid.NewGuid():N}";

        using var response = await SubmitAsync(client, form, new Dictionary<string, string>
        {
            ["Input.Subject"] = subject,
            ["Input.Content"] = "Nội dung",
            ["Input.Senders[0].FullName"] = "Hà Văn Lực",
            ["Input.Senders[0].AdministrativeUnitCode"] = "00000",
        }, "main form", "button.button-primary");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Contains("Lựa chọn không hợp lệ", page.QuerySelector("#Input_Senders_0__AdministrativeUnitCode")!.ParentElement!.TextContent,
            StringComparison.Ordinal);
        await using var scope = App.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Petitions.AnyAsync(p => p.Subject == subject, Ct));
    }

    [Fact]
    public async Task Portal_CitizenChoosesCommune_StoredWithTheSender()
    {
        using var citizen = App.CreateBrowserClient();
        var form = await GetDocumentAsync(citizen, "/Portal/Submit");
        Assert.NotNull(form.QuerySelector($"select[name='Input.Senders[0].AdministrativeUnitCode'] option[value='{DaiPhuc}']"));
        App.Clock.Advance(TimeSpan.FromSeconds(30));
        var subject = $"Cống thoát nước bị tắc {Guid.NewGuid():N}"[..40];

        using var sent = await SubmitAsync(citizen, form, new Dictionary<string, string>
        {
            ["Input.ReceivingBodyCode"] = "MTTQ-TN",
            ["Input.Kind"] = "Feedback",
            ["Input.Subject"] = subject,
            ["Input.Content"] = "Cống thoát nước đầu xóm bị tắc, nước tràn vào nhà dân.",
            ["Input.Senders[0].FullName"] = "Đinh Văn Toàn",
            ["Input.Senders[0].AdministrativeUnitCode"] = DaiPhuc,
            ["Confirm"] = "true",
        });

        Assert.NotNull((await ParseAsync(sent)).QuerySelector("#tracking-code"));
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await db.Petitions.Where(p => p.Subject == subject).Select(p => p.Id).SingleAsync(Ct);
        Assert.Equal(DaiPhuc, await db.Set<PetitionSender>().Where(s => s.PetitionId == id).Select(s => s.AdministrativeUnitCode).SingleAsync(Ct));
    }

    [Fact]
    public async Task Forwarding_CopiesTheSendersCommune()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        using var committee = await App.CreateApiClientAsync("ubnd.lanhdao");
        var id = (await PetitionApi.RegisterAsync(front, PetitionApi.Letter("MTTQ-TN", kind: "Recommendation",
            senders: [new { fullName = "Nguyễn Văn An", administrativeUnitCode = DaiPhuc }]))).GetProperty("id").GetGuid();
        await PetitionApi.DoAsync(front, id, "classify", new { kind = "Recommendation", competence = "OtherBody" });

        var copyId = (await PetitionApi.DoAsync(front, id, "forward", new { toBodyCode = "UBND-TN" })).GetProperty("forwardedPetitionId").GetGuid();

        Assert.Equal(DaiPhuc, (await PetitionApi.GetAsync(committee, copyId)).GetProperty("senders")[0].GetProperty("administrativeUnitCode").GetString());
    }

    public sealed class Sqlite(SqliteAppFactory app) : PetitionSenderUnitTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : PetitionSenderUnitTests(app), IClassFixture<PostgresAppFactory>;
}
