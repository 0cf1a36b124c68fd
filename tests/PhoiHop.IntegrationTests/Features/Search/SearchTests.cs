using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Organizations;
using PhoiHop.Features.Search;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;
using static PhoiHop.IntegrationTests.Features.Petitions.PetitionApi;

namespace PhoiHop.IntegrationTests.Features.Search;

// Issue #6, item 1: one search box over the letters a person may read, natively on both databases.
public abstract class SearchTests(AppFactory app) : AppTests(app)
{
    // A word no other test writes, so that each test sees only its own letters in a shared database.
    private static string Marker() => "zq" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(8).Select(c => (char)('a' + (c - 'a' + 7) % 26)));

    private static async Task<(HttpStatusCode Status, JsonElement Body)> SearchAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/v1/search?{query}", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static async Task<List<Guid>> FoundAsync(HttpClient client, string query)
    {
        var (status, body) = await SearchAsync(client, query);
        Assert.True(status == HttpStatusCode.OK, $"{(int)status}: {body}");
        var ids = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(ids.Count, Math.Min(body.GetProperty("total").GetInt32(), 20));
        return ids;
    }

    private static string Q(string text) => "q=" + Uri.EscapeDataString(text);

    [Fact]
    public async Task Words_MatchWithOrWithoutDiacritics_AndEitherTonePlacement()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var marker = Marker();
        var id = (await RegisterAsync(front, Letter("MTTQ-TN", subject: $"Khiếu nại việc hòa giải đất đai {marker}",
            content: "Đề nghị xem xét việc hoà giải tranh chấp ở thôn Đồng Tâm."))).GetProperty("id").GetGuid();

        Assert.Contains(id, await FoundAsync(front, Q($"khieu nai {marker}")));
        Assert.Contains(id, await FoundAsync(front, Q($"khiếu nại {marker}")));
        Assert.Contains(id, await FoundAsync(front, Q($"KHIẾU NẠI {marker}")));
        Assert.Contains(id, await FoundAsync(front, Q($"hoà {marker}")));
        Assert.Contains(id, await FoundAsync(front, Q($"hòa {marker}")));
        Assert.Contains(id, await FoundAsync(front, Q($"dong tam {marker}")));
        Assert.Contains(id, await FoundAsync(front, Q($"{marker} tranh cha")));
        Assert.Empty(await FoundAsync(front, Q($"khieu nai {marker} tocao")));
    }

    [Fact]
    public async Task Words_AreHighlighted_AndTheTextIsHtmlEncoded()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var marker = Marker();
        await RegisterAsync(front, Letter("MTTQ-TN", subject: $"Phản ánh <script>alert(1)</script> {marker}",
            content: $"Đường <b>liên xã</b> bị hỏng & ngập nước {marker}."));

        var (_, body) = await SearchAsync(front, Q($"lien xa {marker}"));

        var item = body.GetProperty("items")[0];
        var snippet = item.GetProperty("snippet").GetString()!;
        Assert.Contains("<mark>liên</mark> <mark>xã</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", snippet, StringComparison.Ordinal);
        var subject = item.GetProperty("subjectHtml").GetString()!;
        Assert.Contains("&lt;script&gt;", subject, StringComparison.Ordinal);
        Assert.Contains($"<mark>{marker}</mark>", subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrackingCode_IdNumber_Phone_Place_Parcel_FindTheLetter()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var marker = Marker();
        var created = await RegisterAsync(front, Letter("MTTQ-TN", subject: $"Kiến nghị cấp giấy chứng nhận {marker}",
            content: $"Thửa đất số 7788, tờ bản đồ số 12 tại xóm Khuôn Ngàn {marker}.",
            senders: [new { fullName = "Lò Văn Páo", idNumber = ValidId2, phone = "0987 654 321", address = "Xóm Khuôn Ngàn" }]));
        var id = created.GetProperty("id").GetGuid();
        var code = created.GetProperty("trackingCode").GetString()!;

        Assert.Equal(id, Assert.Single(await FoundAsync(front, Q(code))));
        Assert.Equal(id, Assert.Single(await FoundAsync(front, Q(code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)))));
        Assert.Contains(id, await FoundAsync(front, Q(ValidId2)));
        Assert.Contains(id, await FoundAsync(front, Q("0987654321")));
        Assert.Contains(id, await FoundAsync(front, Q("+84 987 654 321")));
        Assert.Contains(id, await FoundAsync(front, Q($"khuon ngan {marker}")));
        Assert.Contains(id, await FoundAsync(front, Q($"thua 7788 {marker}")));
        Assert.Contains(id, await FoundAsync(front, Q("lo van pao")));
    }

    [Fact]
    public async Task SearchDocument_HoldsNoPersonalDataInClear()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var marker = Marker();
        var id = (await RegisterAsync(front, Letter("MTTQ-TN", subject: $"Kiến nghị {marker}", content: "Không có tên trong nội dung.",
            senders: [new { fullName = "Vàng Thị Dua", idNumber = ValidId2, phone = "0987 111 222", address = "Bản Phùng" }]))).GetProperty("id").GetGuid();

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var document = await db.Set<PetitionSearchDocument>().AsNoTracking().SingleAsync(d => d.PetitionId == id, Ct);
        Assert.Contains(marker, document.Text, StringComparison.Ordinal);
        foreach (var secret in new[] { "vang", "dua", ValidId2, "0987111222", "phung" })
        {
            Assert.DoesNotContain(secret, document.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, document.Names, StringComparison.Ordinal);
        }
        Assert.Equal(3, document.Names.Split(' ').Length);
        Assert.False(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(PetitionSearchDocument), Ct));
    }

    [Fact]
    public async Task DenouncerIdentity_IsFoundOnlyByThoseWhoMayRevealIt()
    {
        using var department = await App.CreateApiClientAsync("so.nnmt");
        var handler = await CreateUserAsync("SNNMT-TN", Roles.LetterHandler);
        using var handlerClient = await App.CreateApiClientAsync(handler);
        var marker = Marker();
        var name = "Hà Thị Khuyên";
        var id = (await RegisterAsync(department, Letter("SNNMT-TN", kind: "Denunciation", subject: $"Tố cáo cán bộ địa chính {marker}",
            content: $"Tôi là {name}, CCCD {ValidId2}, điện thoại 0977 222 333. Tôi tố cáo ông Trần Văn B nhận tiền {marker}.",
            senders: [new { fullName = name, idNumber = ValidId2, phone = "0977222333", address = "Tổ 5" }]))).GetProperty("id").GetGuid();

        // The resolver of the receiving body may reveal the denouncer, so may find the letter by the denouncer.
        Assert.Contains(id, await FoundAsync(department, Q("ha thi khuyen")));
        Assert.Contains(id, await FoundAsync(department, Q("khuyên")));
        Assert.Contains(id, await FoundAsync(department, Q(ValidId2)));
        Assert.Contains(id, await FoundAsync(department, Q("0977222333")));
        // A handler of the same body without that right, and every other body, find it by its words only.
        Assert.Contains(id, await FoundAsync(handlerClient, Q($"tran van b {marker}")));
        foreach (var client in new[] { handlerClient })
        {
            Assert.DoesNotContain(id, await FoundAsync(client, Q("ha thi khuyen")));
            Assert.DoesNotContain(id, await FoundAsync(client, Q("khuyên")));
            Assert.DoesNotContain(id, await FoundAsync(client, Q(ValidId2)));
            Assert.DoesNotContain(id, await FoundAsync(client, Q("0977 222 333")));
            var (_, body) = await SearchAsync(client, Q(marker));
            var snippet = body.GetProperty("items")[0].GetProperty("snippet").GetString()!;
            Assert.DoesNotContain("Khuyên", snippet, StringComparison.Ordinal);
            Assert.DoesNotContain("0977", snippet, StringComparison.Ordinal);
        }
    }

    // One name word is read from the name tokens on PostgreSQL (migration NameTokens), kept by a trigger in step with the
    // search documents: deleted with one (as when a family is sealed), written again with it, changed with its names.
    [Fact]
    public async Task OneNameWord_FindsTheLetter_AtItsBodyOnly_AndFollowsItsSearchDocument()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        using var council = await App.CreateApiClientAsync("vp.xulydon");
        var surname = Marker();
        var id = (await RegisterAsync(front, Letter("MTTQ-TN", kind: "Recommendation", subject: "Kiến nghị sửa đường liên thôn",
            content: "Đề nghị sửa đoạn đường bị sạt lở.",
            senders: [new { fullName = $"Lò Văn {char.ToUpperInvariant(surname[0])}{surname[1..]}", idNumber = ValidId2, phone = "0987 654 321", address = "Xóm Mới" }])))
            .GetProperty("id").GetGuid();

        Assert.Equal([id], await FoundAsync(front, Q(surname)));
        Assert.Empty(await FoundAsync(council, Q(surname)));

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Set<PetitionSearchDocument>().Where(d => d.PetitionId == id).ExecuteDeleteAsync(Ct);
        Assert.Empty(await FoundAsync(front, Q(surname)));

        Assert.True(await scope.ServiceProvider.GetRequiredService<SearchRebuild>().IndexMissingAsync(Ct) >= 1);
        Assert.Equal([id], await FoundAsync(front, Q(surname)));
        Assert.Empty(await FoundAsync(council, Q(surname)));

        // Written again with other names (as when a denunciation's family is sealed and its names dropped).
        await db.Set<PetitionSearchDocument>().Where(d => d.PetitionId == id).ExecuteUpdateAsync(u => u.SetProperty(d => d.Names, ""), Ct);
        Assert.Empty(await FoundAsync(front, Q(surname)));
    }

    [Fact]
    public async Task OtherBodiesLetters_AreNeverFound_OutsideTheirMatters()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        using var council = await App.CreateApiClientAsync("vp.xulydon");
        var marker = Marker();
        var own = (await RegisterAsync(council, Letter("VPDDBQH-HDND-TN", subject: $"Kiến nghị đường giao thông {marker}"))).GetProperty("id").GetGuid();
        var other = (await RegisterAsync(front, Letter("MTTQ-TN", subject: $"Kiến nghị đường giao thông {marker}"))).GetProperty("id").GetGuid();
        var code = (await GetAsync(front, other)).GetProperty("trackingCode").GetString()!;

        Assert.Equal([own], await FoundAsync(council, Q(marker)));
        Assert.Empty(await FoundAsync(council, Q(code)));
        Assert.DoesNotContain(other, await FoundAsync(council, Q("nguyen van an " + marker)));
        Assert.DoesNotContain(other, await FoundAsync(council, Q(ValidId)));
        Assert.Equal([other], await FoundAsync(front, Q(marker)));
    }

    // The words reach PostgreSQL as literals in the statement (PostgresSearchIndex): quotes, backslashes and SQL in a
    // query are only text.
    [Theory]
    [InlineData("' OR 1=1; DROP TABLE \"Petitions\"; --")]
    [InlineData("khiếu'nại\\ ''")]
    [InlineData("\\'); SELECT pg_sleep(5); --")]
    public async Task HostileQuery_IsSearchedAsText_AndChangesNothing(string query)
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var marker = Marker();
        var id = (await RegisterAsync(front, Letter("MTTQ-TN", subject: $"Khiếu nại về đất {marker}"))).GetProperty("id").GetGuid();

        var (status, body) = await SearchAsync(front, Q(query + " " + marker));

        Assert.True(status == HttpStatusCode.OK, $"{(int)status}: {body}");
        Assert.Equal([id], await FoundAsync(front, Q(marker)));
        Assert.Equal(HttpStatusCode.OK, (await GetResponseAsync(front, id)).StatusCode);
    }

    private static async Task<HttpResponseMessage> GetResponseAsync(HttpClient client, Guid id) =>
        await client.GetAsync($"/api/v1/petitions/{id}", Ct);

    [Fact]
    public async Task CommonWord_InOtherBodiesLetters_DoesNotHideTheReadersOwn()
    {
        // A node whose index returns 3 candidates: the reader's letter is the oldest and the least relevant of 5 matches,
        // so the first 3 (by rank on SQLite, newest on PostgreSQL) are all another body's letters.
        await using var node = new ExistingDatabaseAppFactory(App, new Dictionary<string, string> { ["Search:MaxCandidates"] = "3" });
        await node.InitializeAsync();
        using var front = await node.CreateApiClientAsync("mttq.tiepdan");
        using var council = await node.CreateApiClientAsync("vp.xulydon");
        var marker = Marker();
        var own = (await RegisterAsync(council, Letter("VPDDBQH-HDND-TN", subject: $"Kiến nghị về trường học ở thôn Đồng Tâm và {marker}",
            content: "Đề nghị sửa chữa mái trường tiểu học đã xuống cấp nhiều năm nay, học sinh phải học nhờ nhà văn hóa."))).GetProperty("id").GetGuid();
        var others = new List<Guid>();
        for (var i = 0; i < 4; i++)
            others.Add((await RegisterAsync(front, Letter("MTTQ-TN", subject: $"{marker} {marker} {marker}", content: $"{marker} {marker}."))).GetProperty("id").GetGuid());

        Assert.Equal([own], await FoundAsync(council, Q(marker)));
        var (_, body) = await SearchAsync(council, Q(marker));
        Assert.False(body.GetProperty("totalIsCapped").GetBoolean());
        // The other body's reader still sees its first 3 of 4, and is told there are more.
        var (_, frontBody) = await SearchAsync(front, Q(marker));
        Assert.Equal(3, frontBody.GetProperty("total").GetInt32());
        Assert.True(frontBody.GetProperty("totalIsCapped").GetBoolean());
        Assert.All(frontBody.GetProperty("items").EnumerateArray(), i => Assert.Contains(i.GetProperty("id").GetGuid(), others));
    }

    // `search rebuild` (after Protection:IndexKey changes) rewrites every letter's document, missing ones included.
    [Fact]
    public async Task Rebuild_RewritesEveryDocument()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var marker = Marker();
        var id = (await RegisterAsync(front, Letter("MTTQ-TN", subject: $"Đơn về cầu treo {marker}"))).GetProperty("id").GetGuid();
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(1, await db.Set<PetitionSearchDocument>().Where(d => d.PetitionId == id).ExecuteDeleteAsync(Ct));
        var letters = await db.Petitions.CountAsync(Ct);

        var rebuilt = await scope.ServiceProvider.GetRequiredService<SearchRebuild>().RebuildAsync(Ct);

        Assert.Equal(letters, rebuilt);
        Assert.Equal(letters, await db.Set<PetitionSearchDocument>().CountAsync(Ct));
        Assert.Equal([id], await FoundAsync(front, Q($"cau treo {marker}")));
    }

    // A whole syllable finds itself, not the longer syllables it begins ("thu" is not "thuế"); an unfinished last word is
    // a prefix when the words as typed find nothing.
    [Fact]
    public async Task LastWord_IsAPrefix_OnlyWhenTheWordsAsTypedFindNothing()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var marker = Marker();
        var fee = (await RegisterAsync(front, Letter("MTTQ-TN", subject: $"Đơn về thu phí chợ {marker}", content: "Đề nghị xem xét."))).GetProperty("id").GetGuid();
        var tax = (await RegisterAsync(front, Letter("MTTQ-TN", subject: $"Đơn về thuế đất {marker}", content: "Đề nghị xem xét."))).GetProperty("id").GetGuid();

        Assert.Equal([fee], await FoundAsync(front, Q($"{marker} thu")));
        Assert.Equal([tax], await FoundAsync(front, Q($"{marker} thuế")));
        Assert.Equal([fee], await FoundAsync(front, Q($"{marker} ch")));
        Assert.Equal([fee, tax], [.. (await FoundAsync(front, Q($"{marker} don ve"))).OrderBy(id => id == tax)]);
    }

    // A letter saved without a search document (before search existed, or by a bulk load) is found once a node has
    // started: the node builds the missing documents in the background, not while it starts.
    [Fact]
    public async Task LetterWithoutASearchDocument_IsFound_AfterANodeStarts()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var marker = Marker();
        var id = (await RegisterAsync(front, Letter("MTTQ-TN", subject: $"Đơn cũ về đường điện {marker}"))).GetProperty("id").GetGuid();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal(1, await db.Set<PetitionSearchDocument>().Where(d => d.PetitionId == id).ExecuteDeleteAsync(Ct));
        }
        Assert.Empty(await FoundAsync(front, Q(marker)));

        await using var node = new ExistingDatabaseAppFactory(App);
        await node.InitializeAsync();
        Assert.True(await node.Services.GetRequiredService<SearchBackfill>().Completion.WaitAsync(TimeSpan.FromMinutes(1), Ct) >= 1);

        using var reader = await node.CreateApiClientAsync("mttq.tiepdan");
        Assert.Equal([id], await FoundAsync(reader, Q($"duong dien {marker}")));
        Assert.Equal([id], await FoundAsync(front, Q(marker)));
    }

    [Fact]
    public async Task Filters_Sort_AndPaging_Apply()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var marker = Marker();
        var complaint = (await RegisterAsync(front, Letter("MTTQ-TN", kind: "Complaint", subject: $"Khiếu nại {marker}", channel: "Post"))).GetProperty("id").GetGuid();
        var feedback = (await RegisterAsync(front, Letter("MTTQ-TN", kind: "Feedback", subject: $"Phản ánh {marker} {marker}", channel: "Email"))).GetProperty("id").GetGuid();

        Assert.Equal([complaint], await FoundAsync(front, $"{Q(marker)}&kind=Complaint"));
        Assert.Equal([feedback], await FoundAsync(front, $"{Q(marker)}&channel=Email"));
        Assert.Equal([feedback], await FoundAsync(front, $"{Q(marker)}&kind=feedback&bodyCode=MTTQ-TN&from=2026-11-01&to=2026-11-30"));
        Assert.Empty(await FoundAsync(front, $"{Q(marker)}&from=2026-11-27"));
        Assert.Empty(await FoundAsync(front, $"{Q(marker)}&bodyCode=UBND-TN"));
        Assert.Empty(await FoundAsync(front, $"{Q(marker)}&flag=Anonymous"));
        Assert.Equal(2, (await FoundAsync(front, $"{Q(marker)}&status=Received")).Count);
        var (_, paged) = await SearchAsync(front, $"{Q(marker)}&pageSize=1&page=2&sort=ReceivedAsc");
        Assert.Equal(2, paged.GetProperty("total").GetInt32());
        Assert.Equal(feedback, paged.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal([complaint, feedback], (await FoundAsync(front, $"{Q(marker)}&sort=ReceivedAsc")));
    }

    [Theory]
    [InlineData("kind=Gossip", "kind")]
    [InlineData("status=1", "status")]
    [InlineData("from=26/11/2026", "from")]
    [InlineData("from=2026-11-26&to=2026-11-01", "to")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("overdue=maybe", "overdue")]
    [InlineData("flag=None", "flag")]
    [InlineData("sort=Random", "sort")]
    public async Task BadInput_Is400_NamingTheField(string query, string field)
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");

        var (status, body) = await SearchAsync(front, "q=dat&" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), body.ToString());
    }

    [Fact]
    public async Task TooLongQuery_Is400()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");

        var (status, body) = await SearchAsync(front, Q(new string('a', SearchText.MaxQueryLength + 1)));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("q", out _), body.ToString());
    }

    [Fact]
    public async Task Search_WithoutAToken_Is401()
    {
        using var anonymous = App.CreateBrowserClient();

        using var response = await anonymous.GetAsync("/api/v1/search?q=dat", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    // The search page itself (not the API): a query from the header box alone, then the next page by its link. "page" is
    // also Razor Pages' own route value: this failed with "please correct the fields" and a next link back to page 1.
    [Fact]
    public async Task SearchPage_ShowsResults_AndItsPagesFollowTheirLinks()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var marker = Marker();
        var ids = new HashSet<Guid>();
        for (var i = 0; i < 23; i++)
            ids.Add((await RegisterAsync(front, Letter("MTTQ-TN", subject: $"Đơn số {i} về đường làng {marker}"))).GetProperty("id").GetGuid());
        using var browser = App.CreateBrowserClient();
        await HtmlForms.LoginAsync(browser, "mttq.tiepdan");

        var first = await HtmlForms.GetDocumentAsync(browser, "/Search?" + Q($"duong lang {marker}"));

        Assert.Null(first.QuerySelector("[role=alert]"));
        var firstIds = Results(first);
        Assert.Equal(20, firstIds.Count);
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        var next = first.QuerySelector("a[rel=next]")?.GetAttribute("href");
        Assert.NotNull(next);
        var second = await HtmlForms.GetDocumentAsync(browser, next);
        var secondIds = Results(second);
        Assert.Equal(3, secondIds.Count);
        Assert.Null(second.QuerySelector("a[rel=next]"));
        Assert.Equal(ids, [.. firstIds, .. secondIds]);
        var back = await HtmlForms.GetDocumentAsync(browser, second.QuerySelector("a[rel=prev]")!.GetAttribute("href")!);
        Assert.Equal(firstIds, Results(back));

        static HashSet<Guid> Results(AngleSharp.Html.Dom.IHtmlDocument page) =>
            [.. page.QuerySelectorAll("ol.search-results h2 a").Select(a => Guid.Parse(a.GetAttribute("href")!["/Petitions/".Length..]))];
    }

    private async Task<string> CreateUserAsync(string bodyCode, params string[] roles)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var body = await db.Bodies.SingleAsync(b => b.Code == bodyCode, Ct);
        var login = "t" + Guid.NewGuid().ToString("N")[..10];
        var user = new StaffUser { UserName = login, Email = $"{login}@test.vn", EmailConfirmed = true, FullName = "Cán bộ thử", BodyId = body.Id, CreatedAt = App.Clock.GetUtcNow() };
        Assert.True((await users.CreateAsync(user, "PhoiHop@2026")).Succeeded);
        await users.AddToRolesAsync(user, roles);
        return login;
    }

    public sealed class Sqlite(SqliteAppFactory app) : SearchTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : SearchTests(app), IClassFixture<PostgresAppFactory>;
}
