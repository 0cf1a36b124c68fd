using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Notifications;
using PhoiHop.Features.Petitions.Cases;
using PhoiHop.Features.Petitions.Duplicates;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;
using static PhoiHop.IntegrationTests.Features.Petitions.PetitionApi;

namespace PhoiHop.IntegrationTests.Features.Cases;

// Issue #5 end to end through the API, on both databases: one letter sent to four bodies becomes one matter led by the
// competent body; the others see it and are told its outcome; judgements can be undone; other people's letters are not
// proposed as the same matter.
public abstract class DuplicateCaseTests(AppFactory app) : AppTests(app)
{
    private const string Original =
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM. Độc lập - Tự do - Hạnh phúc. ĐƠN KHIẾU NẠI. Kính gửi: {0}. "
        + "Tôi là Trần Văn Bình, sinh năm 1985, trú tại xóm Gò Pháo, xã Đại Phúc, tỉnh Thái Nguyên. Tôi khiếu nại Quyết định số 127/QĐ-UBND "
        + "ngày 12/3/2026 của Chủ tịch UBND xã Đại Phúc về việc thu hồi thửa đất số 215, tờ bản đồ số 38 của gia đình tôi. Diện tích 450 m2 đất "
        + "nông nghiệp gia đình tôi canh tác ổn định từ năm 1993, không có tranh chấp, nhưng xã thu hồi mà không thông báo trước, không bồi thường "
        + "và không bố trí tái định cư. Đề nghị xem xét hủy quyết định trên, bồi thường đúng quy định. Tôi xin chân thành cảm ơn.";

    private static object Letter(string body, string content, string idNumber = "019085001234", string name = "Trần Văn Bình", string channel = "Post") => new
    {
        receivingBodyCode = body,
        channel,
        receivedOn = "2026-11-26",
        kind = "Complaint",
        subject = "Khiếu nại quyết định thu hồi đất",
        content,
        senders = new[] { new { fullName = name, idNumber, phone = "0912 345 678", address = "Xóm Gò Pháo, xã Đại Phúc" } },
        anonymous = false,
    };

    private static string To(string letter, string addressee) => letter.Replace("{0}", addressee, StringComparison.Ordinal);

    private static string Fold(string text) => new(text.Normalize(System.Text.NormalizationForm.FormD)
        .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
        .Select(c => c switch { 'đ' => 'd', 'Đ' => 'D', _ => c }).ToArray());

    [Fact]
    public async Task OneLetterToFourBodies_BecomesOneMatterLedByTheCompetentBody_AndTheOthersAreToldTheOutcome()
    {
        using var commune = await App.CreateApiClientAsync("xa.daiphuc");
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        using var office = await App.CreateApiClientAsync("vp.xulydon");
        using var reception = await App.CreateApiClientAsync("ubnd.tiepdan");

        // The competent body receives it first; the others get a copy, a retyped copy without diacritics, a reworded one.
        var competent = await RegisterAsync(commune, Letter("UBND-X-DAIPHUC", To(Original, "Chủ tịch UBND xã Đại Phúc")));
        var atFront = await RegisterAsync(front, Letter("MTTQ-TN", To(Original, "Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên")));
        var atOffice = await RegisterAsync(office, Letter("VPDDBQH-HDND-TN", Fold(To(Original, "Doan DBQH va HDND tinh"))));
        var atReception = await RegisterAsync(reception, Letter("BTCD-TN",
            "Kính gửi Ban Tiếp công dân tỉnh. Tôi Trần Văn Bình ở xóm Gò Pháo, xã Đại Phúc, một lần nữa đề nghị xem xét Quyết định số 127/QĐ-UBND "
            + "ngày 12/3/2026 của Chủ tịch UBND xã thu hồi thửa đất số 215 tờ bản đồ số 38 của gia đình tôi mà không bồi thường, không thông báo trước."));
        var competentId = competent.GetProperty("id").GetGuid();

        // Each later letter is answered with the earlier ones as likely the same matter, with readable reasons.
        foreach (var created in new[] { atFront, atOffice, atReception })
        {
            var candidate = created.GetProperty("duplicateCandidates").EnumerateArray().Single(c => c.GetProperty("petitionId").GetGuid() == competentId);
            Assert.True(candidate.GetProperty("likelySameMatter").GetBoolean(), candidate.ToString());
            Assert.InRange(candidate.GetProperty("score").GetDouble(), 0.5, 1.0);
            Assert.Equal("UBND-X-DAIPHUC", candidate.GetProperty("receivingBodyCode").GetString());
            Assert.Contains("cùng số định danh cá nhân", candidate.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        }

        // Each of the three confirms "same matter" with the competent body's letter.
        foreach (var (client, created) in new[] { (front, atFront), (office, atOffice), (reception, atReception) })
        {
            using var response = await client.PostAsJsonAsync($"/api/v1/petitions/{created.GetProperty("id").GetGuid()}/case-links",
                new { otherPetitionId = competentId, decision = "SameMatter" }, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // The competent body accepts and decides; the matter is led by it.
        await DoAsync(commune, competentId, "classify", new { kind = "Complaint", competence = "Own", complaintObject = "AdministrativeDecision" });
        await DoAsync(commune, competentId, "accept", new { note = "Thụ lý giải quyết lần đầu" });
        var caseId = competent.GetProperty("caseId").GetGuid();
        using (var matter = JsonDocument.Parse(await front.GetStringAsync($"/api/v1/cases/{caseId}", Ct)))
        {
            var root = matter.RootElement;
            Assert.Equal(4, root.GetProperty("letters").GetArrayLength());
            Assert.Equal(4, root.GetProperty("counts").GetProperty("bodies").GetInt32());
            Assert.Equal(3, root.GetProperty("counts").GetProperty("sentToMany").GetInt32());
            Assert.Equal(3, root.GetProperty("counts").GetProperty("duplicates").GetInt32());
            Assert.Equal(root.GetProperty("letters").EnumerateArray().Single(l => l.GetProperty("bodyCode").GetString() == "UBND-X-DAIPHUC").GetProperty("bodyId").GetGuid(),
                root.GetProperty("leadBodyId").GetGuid());
        }
        await DoAsync(commune, competentId, "start-verification");
        await DoAsync(commune, competentId, "decide", new { firstInstanceOutcome = "CancelAll", note = "Hủy Quyết định số 127/QĐ-UBND" });

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        foreach (var (login, created) in new[] { ("mttq.tiepdan", atFront), ("vp.xulydon", atOffice), ("ubnd.tiepdan", atReception) })
        {
            var user = await db.Users.SingleAsync(u => u.UserName == login, Ct);
            var link = $"/Petitions/{created.GetProperty("id").GetGuid()}";
            var told = await db.Set<Notification>().Where(n => n.UserId == user.Id && n.Link == link).Select(n => n.Body).ToListAsync(Ct);
            Assert.Contains(told, b => b.Contains("Hủy Quyết định số 127/QĐ-UBND", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task SameMatter_CanBeUndone_AndDifferentIsNotProposedAgain()
    {
        using var commune = await App.CreateApiClientAsync("xa.daiphuc");
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var original = await RegisterAsync(commune, Letter("UBND-X-DAIPHUC", To(Original, "Chủ tịch UBND xã Đại Phúc"), idNumber: "019085004321"));
        var copy = await RegisterAsync(front, Letter("MTTQ-TN", To(Original, "Ủy ban MTTQ tỉnh"), idNumber: "019085004321"));
        var (originalId, copyId) = (original.GetProperty("id").GetGuid(), copy.GetProperty("id").GetGuid());

        using var linked = await front.PostAsJsonAsync($"/api/v1/petitions/{copyId}/case-links", new { otherPetitionId = originalId, decision = "SameMatter" }, Ct);
        var link = await linked.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(original.GetProperty("caseId").GetGuid(), (await GetAsync(front, copyId)).GetProperty("caseId").GetGuid());

        using var undone = await front.PostAsync($"/api/v1/petitions/{copyId}/case-links/{link.GetProperty("id").GetGuid()}/undo", null, Ct);
        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        var after = await GetAsync(front, copyId);
        Assert.Equal(copy.GetProperty("caseId").GetGuid(), after.GetProperty("caseId").GetGuid());
        Assert.DoesNotContain("SentToMany", after.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        using var again = await front.PostAsync($"/api/v1/petitions/{copyId}/case-links/{link.GetProperty("id").GetGuid()}/undo", null, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        using var different = await front.PostAsJsonAsync($"/api/v1/petitions/{copyId}/case-links", new { otherPetitionId = originalId, decision = "Different" }, Ct);
        Assert.Equal(HttpStatusCode.OK, different.StatusCode);
        using var candidates = JsonDocument.Parse(await front.GetStringAsync($"/api/v1/petitions/{copyId}/duplicate-candidates", Ct));
        Assert.DoesNotContain(candidates.RootElement.GetProperty("items").EnumerateArray(), c => c.GetProperty("petitionId").GetGuid() == originalId);
    }

    // Item 3: what a citizen raises at a reception session and what voters raise at a meeting with deputies are letters
    // registered through the same intake (channels ReceptionSession and VoterMeeting), so the same matcher links them.
    [Fact]
    public async Task RaisedAtAReceptionSession_AndAtAVoterMeeting_AreFoundAsTheSameMatter()
    {
        using var reception = await App.CreateApiClientAsync("ubnd.tiepdan");
        using var office = await App.CreateApiClientAsync("vp.xulydon");
        var atSession = await RegisterAsync(reception, Letter("BTCD-TN", To(Original, "Ban Tiếp công dân tỉnh"), idNumber: "019085004321",
            channel: "ReceptionSession"));

        var atMeeting = await RegisterAsync(office, Letter("VPDDBQH-HDND-TN", To(Original, "Đoàn ĐBQH và HĐND tỉnh"), idNumber: "019085004321",
            channel: "VoterMeeting"));

        var candidate = atMeeting.GetProperty("duplicateCandidates").EnumerateArray()
            .Single(c => c.GetProperty("petitionId").GetGuid() == atSession.GetProperty("id").GetGuid());
        Assert.True(candidate.GetProperty("likelySameMatter").GetBoolean());
        Assert.Equal("BTCD-TN", candidate.GetProperty("receivingBodyCode").GetString());
    }

    [Fact]
    public async Task NeighbourAboutAnotherPlot_IsNotLikelyTheSameMatter()
    {
        using var commune = await App.CreateApiClientAsync("xa.daiphuc");
        var first = await RegisterAsync(commune, Letter("UBND-X-DAIPHUC", To(Original, "Chủ tịch UBND xã Đại Phúc"), idNumber: "019085007777"));
        var neighbour = Original.Replace("Trần Văn Bình, sinh năm 1985", "Nguyễn Thị Mận, sinh năm 1972", StringComparison.Ordinal)
            .Replace("thửa đất số 215, tờ bản đồ số 38", "thửa đất số 902, tờ bản đồ số 41", StringComparison.Ordinal)
            .Replace("Quyết định số 127/QĐ-UBND", "Quyết định số 131/QĐ-UBND", StringComparison.Ordinal);

        using var response = await commune.PostAsJsonAsync("/api/v1/petitions/duplicate-candidates",
            new { content = To(neighbour, "Chủ tịch UBND xã Đại Phúc"), senders = new[] { new { fullName = "Nguyễn Thị Mận", idNumber = "019172003333" } } }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var candidates = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.DoesNotContain(candidates.EnumerateArray(), c => c.GetProperty("petitionId").GetGuid() == first.GetProperty("id").GetGuid()
            && c.GetProperty("likelySameMatter").GetBoolean());
    }

    [Fact]
    public async Task Judging_OtherBodiesLetters_OrBadInput_IsRefused()
    {
        using var commune = await App.CreateApiClientAsync("xa.daiphuc");
        using var outsider = await App.CreateApiClientAsync("dbqh.daibieu");
        var letter = (await RegisterAsync(commune, Letter("UBND-X-DAIPHUC", To(Original, "xã"), idNumber: "019085008888"))).GetProperty("id").GetGuid();

        using var foreign = await outsider.PostAsJsonAsync($"/api/v1/petitions/{letter}/case-links", new { otherPetitionId = Guid.NewGuid(), decision = "SameMatter" }, Ct);
        using var foreignList = await outsider.GetAsync($"/api/v1/petitions/{letter}/duplicate-candidates", Ct);
        using var missing = await commune.PostAsJsonAsync($"/api/v1/petitions/{letter}/case-links", new { otherPetitionId = Guid.NewGuid() }, Ct);
        using var notCandidate = await commune.PostAsJsonAsync($"/api/v1/petitions/{letter}/case-links", new { otherPetitionId = Guid.NewGuid(), decision = "SameMatter" }, Ct);
        using var noContent = await commune.PostAsJsonAsync("/api/v1/petitions/duplicate-candidates", new { subject = "x" }, Ct);
        using var tooLong = await commune.PostAsJsonAsync("/api/v1/petitions/duplicate-candidates", new { content = new string('a', 50_001) }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignList.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("decision", await missing.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, notCandidate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noContent.StatusCode);
        Assert.Contains("Content", await noContent.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [Fact]
    public async Task AnotherNode_FindsALetterRegisteredHere_AfterReadingTheDatabase()
    {
        using var commune = await App.CreateApiClientAsync("xa.daiphuc");
        var letter = await RegisterAsync(commune, Letter("UBND-X-DAIPHUC", To(Original, "Chủ tịch UBND xã"), idNumber: "019085009999"));
        await using var second = new ExistingDatabaseAppFactory(App);
        await second.InitializeAsync();
        await second.Services.GetRequiredService<DuplicateIndexHost>().SyncAsync(Ct);
        using var front = await second.CreateApiClientAsync("mttq.tiepdan");

        using var response = await front.PostAsJsonAsync("/api/v1/petitions/duplicate-candidates",
            new { content = To(Original, "Ủy ban MTTQ tỉnh"), senders = new[] { new { fullName = "Trần Văn Bình", idNumber = "019085009999" } } }, Ct);

        var candidates = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(candidates.EnumerateArray(), c => c.GetProperty("petitionId").GetGuid() == letter.GetProperty("id").GetGuid()
            && c.GetProperty("likelySameMatter").GetBoolean());
    }

    [Fact]
    public async Task Fingerprints_AreStoredKeyed_AndARebuildFromThemFindsWhatARebuildFromTextsFinds()
    {
        using var commune = await App.CreateApiClientAsync("xa.daiphuc");
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var letter = await RegisterAsync(commune, Letter("UBND-X-DAIPHUC", To(Original, "Chủ tịch UBND xã"), idNumber: "019085005151", name: "Lý Văn Sáu"));
        await RegisterAsync(front, Letter("MTTQ-TN", Fold(To(Original, "Uy ban MTTQ tinh")), idNumber: "019085005151", name: "Lý Văn Sáu"));
        var id = letter.GetProperty("id").GetGuid();

        // Stored at intake, with the current algorithm; the sender's name is keyed, so its plain hash is not there.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var row = await db.Set<PetitionFingerprint>().AsNoTracking().SingleAsync(f => f.PetitionId == id, Ct);
            Assert.Equal(DuplicateFingerprint.Algorithm, row.Algorithm);
            var facts = DuplicateFingerprint.FromBytes(row.Bytes).Facts;
            Assert.Contains(facts, f => f.Kind == LetterFactKind.SenderName);
            Assert.DoesNotContain(LetterFact.OfText(LetterFactKind.SenderName, "ly van sau"), facts);
            Assert.Contains(LetterFact.OfParcel(215, 38), facts);
        }

        var fromBytes = await CandidatesOnANewNodeAsync("019085005151");
        await using (var scope = App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<PetitionFingerprint>().ExecuteDeleteAsync(Ct);
        var fromTexts = await CandidatesOnANewNodeAsync("019085005151");

        Assert.Contains(fromBytes, c => c.Id == id && c.Likely);
        Assert.Equal(fromTexts, fromBytes);
        // The rebuild from texts stored every fingerprint again.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal(await db.Petitions.CountAsync(Ct), await db.Set<PetitionFingerprint>().CountAsync(Ct));
        }
    }

    [Fact]
    public async Task AStaleOrDamagedFingerprint_IsRecomputedAtStart()
    {
        using var commune = await App.CreateApiClientAsync("xa.daiphuc");
        var stale = (await RegisterAsync(commune, Letter("UBND-X-DAIPHUC", To(Original, "xã"), idNumber: "019085006262"))).GetProperty("id").GetGuid();
        var damaged = (await RegisterAsync(commune, Letter("UBND-X-DAIPHUC", To(Original, "UBND xã"), idNumber: "019085006262"))).GetProperty("id").GetGuid();
        byte[] expected;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            expected = (await db.Set<PetitionFingerprint>().AsNoTracking().SingleAsync(f => f.PetitionId == stale, Ct)).Bytes;
            await db.Set<PetitionFingerprint>().Where(f => f.PetitionId == stale).ExecuteUpdateAsync(u => u.SetProperty(f => f.Algorithm, 1), Ct);
            await db.Set<PetitionFingerprint>().Where(f => f.PetitionId == damaged).ExecuteUpdateAsync(u => u.SetProperty(f => f.Bytes, new byte[] { 2, 0, 1 }), Ct);
        }

        var found = await CandidatesOnANewNodeAsync("019085006262");

        Assert.Contains(found, c => c.Id == stale && c.Likely);
        Assert.Contains(found, c => c.Id == damaged && c.Likely);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var rows = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<PetitionFingerprint>().AsNoTracking()
                .Where(f => f.PetitionId == stale || f.PetitionId == damaged).ToListAsync(Ct);
            Assert.All(rows, r => Assert.Equal(DuplicateFingerprint.Algorithm, r.Algorithm));
            Assert.Equal(expected, rows.Single(r => r.PetitionId == stale).Bytes);
            Assert.True(rows.Single(r => r.PetitionId == damaged).Bytes.Length > 100);
        }
    }

    /// <summary>Starts another node over the same database, waits for its index, and asks it for a copy's candidates.</summary>
    private async Task<List<(Guid Id, double Score, bool Likely)>> CandidatesOnANewNodeAsync(string idNumber)
    {
        await using var node = new ExistingDatabaseAppFactory(App);
        await node.InitializeAsync();
        await node.Services.GetRequiredService<DuplicateIndexHost>().SyncAsync(Ct);
        using var client = await node.CreateApiClientAsync("mttq.tiepdan");
        using var response = await client.PostAsJsonAsync("/api/v1/petitions/duplicate-candidates",
            new { content = To(Original, "Ủy ban MTTQ tỉnh"), senders = new[] { new { fullName = "Lý Văn Sáu", idNumber } } }, Ct);
        var candidates = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return [.. candidates.EnumerateArray().Select(c => (c.GetProperty("petitionId").GetGuid(), c.GetProperty("score").GetDouble(),
            c.GetProperty("likelySameMatter").GetBoolean()))];
    }

    public sealed class Sqlite(SqliteAppFactory app) : DuplicateCaseTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : DuplicateCaseTests(app), IClassFixture<PostgresAppFactory>;
}
