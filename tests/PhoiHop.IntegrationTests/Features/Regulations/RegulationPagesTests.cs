using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Regulations;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Regulations;

// Drafting, editing and signing a regulation through the pages, and who may do it.
public abstract class RegulationPagesTests(AppFactory app) : AppTests(app)
{
    [Fact]
    public async Task DraftAddChapterArticleAndSign_ByFrontLeader_PutsRegulationInForce()
    {
        using var client = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(client, "mttq.lanhdao");
        var number = $"{Random.Shared.Next(100, 999)}/QCPH-UBND-MTTQ";

        var editUrl = await CreateDraftAsync(client, number, "<b>Quy chế</b> phối hợp nhiệm kỳ 2026–2031", "MTTQ-TN", "UBND-TN");
        var edit = await HtmlForms.GetDocumentAsync(client, editUrl);
        using (var chapter = await HtmlForms.SubmitAsync(client, edit, new Dictionary<string, string> { ["chapterTitle"] = "Những quy định chung" },
            formSelector: "form[action*='handler=AddChapter']"))
            Assert.Equal(HttpStatusCode.Redirect, chapter.StatusCode);
        edit = await HtmlForms.GetDocumentAsync(client, editUrl);
        var addArticle = await HtmlForms.GetDocumentAsync(client, edit.QuerySelector<IHtmlAnchorElement>("a[href*='/Articles/Add']")!.PathName + "?chapter=1");
        using (var article = await HtmlForms.SubmitAsync(client, addArticle, new Dictionary<string, string>
        {
            ["form.Title"] = "Phạm vi điều chỉnh",
            ["form.Text"] = "1. Quy chế này quy định nguyên tắc, nội dung và phương thức phối hợp.\n2. Áp dụng cho các bên ký kết.",
            ["form.Area"] = nameof(CoordinationArea.General),
        }))
            Assert.Equal(HttpStatusCode.Redirect, article.StatusCode);
        edit = await HtmlForms.GetDocumentAsync(client, editUrl);
        using var signed = await HtmlForms.SubmitAsync(client, edit, new Dictionary<string, string> { ["signedOn"] = "2026-11-20" },
            formSelector: "form[action*='handler=Sign']");

        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var stored = await LoadAsync(number);
        Assert.Equal(RegulationStatus.InForce, stored.Status);
        Assert.Equal(new DateOnly(2026, 11, 20), stored.SignedOn);
        Assert.Equal(1, stored.Version);
        var article1 = Assert.Single(stored.ArticlesInOrder());
        Assert.Equal(1, article1.Number);
        var details = await client.GetStringAsync(signed.Headers.Location!.OriginalString, Ct);
        Assert.Contains("&lt;b&gt;Quy chế&lt;/b&gt;", details, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Quy chế</b>", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticlesAddedAtTheSameMoment_GetDistinctNumbers_OrAConflict_NeverA500()
    {
        using var client = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(client, "mttq.lanhdao");
        var number = $"{Random.Shared.Next(100, 999)}/QCPH-DONGTHOI";
        var editUrl = await CreateDraftAsync(client, number, "Quy chế thử gửi đồng thời", "MTTQ-TN", "UBND-TN");
        var edit = await HtmlForms.GetDocumentAsync(client, editUrl);
        using (await HtmlForms.SubmitAsync(client, edit, new Dictionary<string, string> { ["chapterTitle"] = "Chương thử" },
            formSelector: "form[action*='handler=AddChapter']"))
        {
        }
        edit = await HtmlForms.GetDocumentAsync(client, editUrl);
        var addArticle = await HtmlForms.GetDocumentAsync(client, edit.QuerySelector<IHtmlAnchorElement>("a[href*='/Articles/Add']")!.PathName + "?chapter=1");
        var form = addArticle.QuerySelector<IHtmlFormElement>("main form")!;
        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

        // Six editors press "add" at once (the same session stands in for six people).
        var statuses = await Task.WhenAll(Enumerable.Range(1, 6).Select(async i =>
        {
            using var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["form.Title"] = $"Điều thử {i}",
                ["form.Text"] = "Nội dung.",
                ["form.Area"] = nameof(CoordinationArea.General),
            });
            using var response = await client.PostAsync(form.Action, content, Ct);
            return response.StatusCode;
        }));

        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.Redirect or HttpStatusCode.Conflict, $"{(int)s}"));
        var stored = await LoadAsync(number);
        var numbers = stored.ArticlesInOrder().Select(a => a.Number).ToList();
        Assert.Equal(statuses.Count(s => s == HttpStatusCode.Redirect), numbers.Count);
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
    }

    [Fact]
    public async Task Create_WithoutTheFront_IsRefusedAndNothingStored()
    {
        using var client = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(client, "ubnd.lanhdao");
        var number = $"{Random.Shared.Next(100, 999)}/QCPH-UBND-ĐĐBQH";
        var page = await HtmlForms.GetDocumentAsync(client, "/Regulations/Create");
        await CheckPartiesAsync(page, "UBND-TN", "DBQH-TN");

        using var response = await HtmlForms.SubmitAsync(client, page, Fields(number, "Quy chế không có Mặt trận"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(App.Text("Regulations.NeedFront"), await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using var scope = App.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Regulations.AnyAsync(r => r.Number == number, Ct));
    }

    [Fact]
    public async Task Create_WithABodyTheFormDoesNotOffer_IsRefusedAndNothingStored()
    {
        using var client = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(client, "mttq.lanhdao");
        var number = $"{Random.Shared.Next(100, 999)}/QCPH-SO";
        var page = await HtmlForms.GetDocumentAsync(client, "/Regulations/Create");
        await CheckPartiesAsync(page, "MTTQ-TN", "UBND-TN");
        // A department is not a party to a coordination regulation: a hand-made post adds it anyway.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var department = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Bodies
                .Where(b => b.Kind == PhoiHop.Features.Organizations.BodyKind.Department).Select(b => b.Id).FirstAsync(Ct);
            var extra = (IHtmlInputElement)page.CreateElement("input");
            extra.Type = "checkbox";
            extra.Name = "Form.PartyIds";
            extra.Value = department.ToString();
            extra.IsChecked = true;
            page.QuerySelector("main form")!.AppendChild(extra);
        }

        using var response = await HtmlForms.SubmitAsync(client, page, Fields(number, "Quy chế có một sở"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(App.Text("Validation.UnknownChoice"), await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using var check = App.Services.CreateAsyncScope();
        Assert.False(await check.ServiceProvider.GetRequiredService<AppDbContext>().Regulations.AnyAsync(r => r.Number == number, Ct));
    }

    [Fact]
    public async Task Edit_DraftOfOtherBodies_Returns404_AndSignedRegulationIsForbidden()
    {
        using var front = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(front, "mttq.lanhdao");
        var draftEdit = await CreateDraftAsync(front, $"{Random.Shared.Next(100, 999)}/QCPH-UBND-MTTQ", "Dự thảo của UBND và MTTQ", "MTTQ-TN", "UBND-TN");
        using var council = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(council, "hdnd.lanhdao");
        var signedId = await IdOfAsync("02/QCPH-UBND-MTTQ");

        using var draft = await council.GetAsync(draftEdit, Ct);
        using var signed = await council.GetAsync($"/Regulations/{signedId}/Edit", Ct);

        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        Assert.Contains("/Account/AccessDenied", signed.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditSignedRegulation_ByParty_MakesANewVersion()
    {
        using var client = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(client, "hdnd.lanhdao");
        var id = await IdOfAsync("01/QCPH-HĐND-MTTQ");
        var before = (await LoadAsync("01/QCPH-HĐND-MTTQ")).Version;
        var page = await HtmlForms.GetDocumentAsync(client, $"/Regulations/{id}/Articles/1/Edit");

        using var response = await HtmlForms.SubmitAsync(client, page, new Dictionary<string, string>
        {
            ["form.Title"] = "Phạm vi điều chỉnh và đối tượng áp dụng (sửa đổi)",
        }, formSelector: "form[action*='handler=Save']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await LoadAsync("01/QCPH-HĐND-MTTQ");
        Assert.Equal(before + 1, after.Version);
        Assert.EndsWith("(sửa đổi)", after.ArticlesInOrder().First().Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BodyPage_StaffList_ShownToOwnBodyOnly()
    {
        using var front = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(front, "mttq.tiepdan");

        var own = await HtmlForms.GetDocumentAsync(front, "/Organizations/Bodies/MTTQ-TN");
        var other = await HtmlForms.GetDocumentAsync(front, "/Organizations/Bodies/UBND-TN");

        Assert.Contains("mttq.lanhdao", own.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("ubnd.lanhdao", other.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(App.Text("Organizations.StaffScoped"), other.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private async Task<string> CreateDraftAsync(HttpClient client, string number, string title, params string[] parties)
    {
        var page = await HtmlForms.GetDocumentAsync(client, "/Regulations/Create");
        await CheckPartiesAsync(page, parties);
        using var response = await HtmlForms.SubmitAsync(client, page, Fields(number, title));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        return response.Headers.Location!.OriginalString;
    }

    private Dictionary<string, string> Fields(string number, string title) => new()
    {
        ["Form.Number"] = number,
        ["Form.Title"] = title,
        ["Form.TermId"] = TermId(),
    };

    private string TermId()
    {
        using var scope = App.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AppDbContext>().Terms.Single(t => t.Code == "2026-2031").Id.ToString();
    }

    private async Task CheckPartiesAsync(IHtmlDocument page, params string[] codes)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var ids = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Bodies.Where(b => codes.Contains(b.Code)).Select(b => b.Id).ToListAsync(Ct);
        foreach (var id in ids)
            page.QuerySelector<IHtmlInputElement>($"input[name='Form.PartyIds'][value='{id}']")!.IsChecked = true;
    }

    private async Task<Guid> IdOfAsync(string number)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Regulations.Where(r => r.Number == number).Select(r => r.Id).SingleAsync(Ct);
    }

    private async Task<CoordinationRegulation> LoadAsync(string number)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<RegulationQueries>();
        var id = await IdOfAsync(number);
        return (await queries.LoadForChangeAsync(id, Ct))!;
    }

    public sealed class Sqlite(SqliteAppFactory app) : RegulationPagesTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : RegulationPagesTests(app), IClassFixture<PostgresAppFactory>;
}
