using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Petitions;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;
using static PhoiHop.IntegrationTests.Features.Petitions.PetitionApi;

namespace PhoiHop.IntegrationTests.Features.Petitions;

// Files are checked by content and travel with a forwarded letter; documents are numbered per body and year and render
// as DOCX and PDF with correct Vietnamese text.
public abstract class PetitionFilesTests(AppFactory app) : AppTests(app)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    private static readonly byte[] Exe = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0];

    [Fact]
    public async Task Upload_ChecksContent_AndTheFileTravelsWithTheForwardedLetter()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        using var committee = await App.CreateApiClientAsync("ubnd.lanhdao");
        var id = (await RegisterAsync(front, Letter("MTTQ-TN", kind: "Recommendation"))).GetProperty("id").GetGuid();

        using var disguised = await UploadAsync(front, id, Exe, "bien-ban.pdf");
        using var pathName = await UploadAsync(front, id, Pdf, "../../etc/ảnh đơn.pdf");
        Assert.Equal(HttpStatusCode.BadRequest, disguised.StatusCode);
        Assert.Equal(HttpStatusCode.Created, pathName.StatusCode);
        using var created = JsonDocument.Parse(await pathName.Content.ReadAsStringAsync(Ct));
        Assert.Equal("ảnh đơn.pdf", created.RootElement.GetProperty("fileName").GetString());

        await DoAsync(front, id, "classify", new { kind = "Recommendation", competence = "OtherBody" });
        var copyId = (await DoAsync(front, id, "forward", new { toBodyCode = "UBND-TN" })).GetProperty("forwardedPetitionId").GetGuid();
        using var list = JsonDocument.Parse(await committee.GetStringAsync($"/api/v1/petitions/{copyId}/attachments", Ct));
        var attachment = Assert.Single(list.RootElement.EnumerateArray());
        var bytes = await committee.GetByteArrayAsync($"/api/v1/petitions/{copyId}/attachments/{attachment.GetProperty("id").GetGuid()}", Ct);
        Assert.Equal(Pdf, bytes);
    }

    [Fact]
    public async Task Documents_AreNumberedPerBody_AndRenderVietnameseText()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var id = (await RegisterAsync(front, Letter("MTTQ-TN"))).GetProperty("id").GetGuid();
        await DoAsync(front, id, "classify", new { kind = "Complaint", competence = "OtherBody" });
        await DoAsync(front, id, "forward", new { toBodyCode = "UBND-TN" });

        using var missing = await front.PostAsJsonAsync($"/api/v1/petitions/{id}/documents", new { template = "forwarding-slip" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("signerName", await missing.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var first = await IssueAsync(front, id);
        var second = await IssueAsync(front, id);

        var n1 = int.Parse(first.GetProperty("numberAndSymbol").GetString()!.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture);
        var n2 = int.Parse(second.GetProperty("numberAndSymbol").GetString()!.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(n1 + 1, n2);
        Assert.Contains("/PC-", first.GetProperty("numberAndSymbol").GetString(), StringComparison.Ordinal);

        var pdf = await front.GetByteArrayAsync($"/api/v1/petitions/{id}/documents/{first.GetProperty("id").GetGuid()}.pdf", Ct);
        var text = await PdfTextAsync(pdf);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text, StringComparison.Ordinal);
        Assert.Contains("PHIẾU CHUYỂN ĐƠN", text, StringComparison.Ordinal);
        Assert.Contains("ông Nguyễn Văn An", text, StringComparison.Ordinal);
        Assert.Contains("Ủy ban nhân dân tỉnh Thái Nguyên", text, StringComparison.Ordinal);
        Assert.Contains("Hoàng Văn Thái", text, StringComparison.Ordinal);
        using var docx = await front.GetAsync($"/api/v1/petitions/{id}/documents/{first.GetProperty("id").GetGuid()}.docx", Ct);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        Assert.Equal((byte)'P', (await docx.Content.ReadAsByteArrayAsync(Ct))[0]);
    }

    [Theory]
    [InlineData("{\"template\":\"forwarding-slip\",\"fields\":{\"Note\":\"x\\ufffe\"},\"signerPosition\":\"Phó Chủ tịch\",\"signerName\":\"Hoàng Văn Thái\"}", "fields[Note]")]
    [InlineData("{\"template\":\"forwarding-slip\",\"signerPosition\":\"Phó Chủ tịch\",\"signerName\":\"LONG\"}", "signerName")]
    [InlineData("{\"template\":\"forwarding-slip\",\"signerAuthority\":\"LONG\",\"signerPosition\":\"Phó Chủ tịch\",\"signerName\":\"Hoàng Văn Thái\"}", "signerAuthority")]
    public async Task Documents_BadOrOverlongValues_Return400NamingThem_AndIssueNothing(string json, string field)
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var id = (await RegisterAsync(front, Letter("MTTQ-TN"))).GetProperty("id").GetGuid();
        await DoAsync(front, id, "classify", new { kind = "Complaint", competence = "OtherBody" });
        await DoAsync(front, id, "forward", new { toBodyCode = "UBND-TN" });

        using var response = await front.PostAsync($"/api/v1/petitions/{id}/documents",
            new StringContent(json.Replace("LONG", new string('N', PetitionDocuments.SignatureLength + 1), StringComparison.Ordinal), Encoding.UTF8, "application/json"), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), body);
        await using var scope = App.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutgoingDocument>().AnyAsync(d => d.PetitionId == id, Ct));
    }

    [Fact]
    public async Task Documents_OnlyTheStepsTakenCallForThem()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var id = (await RegisterAsync(front, Letter("MTTQ-TN"))).GetProperty("id").GetGuid();

        using var early = await front.PostAsJsonAsync($"/api/v1/petitions/{id}/documents",
            new { template = "forwarding-slip", signerPosition = "Phó Chủ tịch", signerName = "Hoàng Văn Thái" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("template", await early.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> IssueAsync(HttpClient client, Guid id)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/petitions/{id}/documents", new
        {
            template = "forwarding-slip",
            signerAuthority = "TM. BAN THƯỜNG TRỰC",
            signerPosition = "PHÓ CHỦ TỊCH",
            signerName = "Hoàng Văn Thái",
        }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid id, byte[] bytes, string name)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", name);
        return await client.PostAsync($"/api/v1/petitions/{id}/attachments", content, Ct);
    }

    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"phoihop-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf, Ct);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync(Ct);
            await process.WaitForExitAsync(Ct);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }

    public sealed class Sqlite(SqliteAppFactory app) : PetitionFilesTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : PetitionFilesTests(app), IClassFixture<PostgresAppFactory>;
}
