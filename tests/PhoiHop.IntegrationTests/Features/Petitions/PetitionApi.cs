using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PhoiHop.IntegrationTests.Features.Petitions;

/// <summary>Small helpers over the petitions API for the tests: register, take a step, read.</summary>
internal static class PetitionApi
{
    public const string ValidId = "019085001234";      // Thái Nguyên, male born 1985
    public const string ValidId2 = "001190004321";     // Hà Nội, male born 1990

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static object Letter(string bodyCode, string? kind = "Complaint", string subject = "Khiếu nại quyết định thu hồi đất",
        string? content = null, object[]? senders = null, bool anonymous = false, string channel = "Post", string receivedOn = "2026-11-26") => new
        {
            receivingBodyCode = bodyCode,
            channel,
            receivedOn,
            kind,
            subject,
            content = content ?? "Kính gửi: Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên. Tôi là Nguyễn Văn An, thửa đất số 123, tờ bản đồ số 45 xã Đại Phúc bị thu hồi không đúng quy định.",
            senders = anonymous ? [] : senders ?? [new { fullName = "Nguyễn Văn An", idNumber = ValidId, phone = "0912 345 678", address = "Xóm Đồng, xã Đại Phúc, tỉnh Thái Nguyên" }],
            anonymous,
        };

    public static async Task<JsonElement> RegisterAsync(HttpClient client, object letter, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/petitions") { Content = JsonContent.Create(letter) };
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await client.SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<(HttpStatusCode Status, JsonElement Body)> StepAsync(HttpClient client, Guid id, string step, object? args = null)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/petitions/{id}/{step}", args ?? new { }, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Takes a step that must succeed; returns the petition after it.</summary>
    public static async Task<JsonElement> DoAsync(HttpClient client, Guid id, string step, object? args = null)
    {
        var (status, body) = await StepAsync(client, id, step, args);
        Assert.True(status == HttpStatusCode.OK, $"{step}: {(int)status} {body}");
        return body;
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, Guid id)
    {
        using var response = await client.GetAsync($"/api/v1/petitions/{id}", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static string Status(JsonElement petition) =>
        (petition.TryGetProperty("petition", out var p) ? p : petition).GetProperty("status").GetString()!;
}
