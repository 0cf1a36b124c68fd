using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Petitions;
using PhoiHop.IntegrationTests.Features.Petitions;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Reports;

/// <summary>
/// Letters for the report tests, made through the real services: the demo letters (generated, fixed seed, moved along
/// legal paths), plus letters that reach the figures the demo does not (guided, filed, answered after forwarding,
/// duplicate, sent to many bodies, multi-person). Made once per database.
/// </summary>
internal static class ReportData
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly HashSet<AppFactory> Seeded = [];
    private static readonly string[] DuplicateAndMany = ["Duplicate", "SentToMany"];

    public static DateOnly From => new(2026, 9, 1);

    public static DateOnly To => new(2026, 12, 31);

    public static async Task EnsureAsync(AppFactory app)
    {
        await Gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (!Seeded.Add(app))
                return;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<AuditActor>().ActAs(null, "test:reports");
                await scope.ServiceProvider.GetRequiredService<DemoPetitionSeeder>().SeedAsync(TestContext.Current.CancellationToken);
            }

            using var front = await app.CreateApiClientAsync("mttq.tiepdan");
            var guided = await RegisterAsync(front, "Recommendation", "Kiến nghị sửa chữa đường liên xóm", senderCount: 6);
            await PetitionApi.DoAsync(front, guided, "classify",
                new { kind = "Recommendation", competence = "OtherBody", flags = DuplicateAndMany, fieldCode = PetitionFields.Construction });
            await PetitionApi.DoAsync(front, guided, "guide");

            var filed = await RegisterAsync(front, "Feedback", "Phản ánh tiếng ồn của xưởng gỗ");
            await PetitionApi.DoAsync(front, filed, "classify", new { kind = "Feedback", competence = "OtherBody", fieldCode = PetitionFields.Environment });
            await PetitionApi.DoAsync(front, filed, "file", new { filingReason = "Other" });

            var answered = await RegisterAsync(front, "Recommendation", "Kiến nghị về hỗ trợ tái định cư");
            await PetitionApi.DoAsync(front, answered, "classify", new { kind = "Recommendation", competence = "OtherBody", fieldCode = PetitionFields.LandRecovery });
            await PetitionApi.DoAsync(front, answered, "forward", new { toBodyCode = "UBND-TN", recommendation = "Đề nghị xem xét, trả lời công dân." });
            await PetitionApi.DoAsync(front, answered, "record-answer", new { summary = "UBND tỉnh đã trả lời công dân." });
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<Guid> RegisterAsync(HttpClient client, string kind, string subject, int senderCount = 1)
    {
        var created = await PetitionApi.RegisterAsync(client, new
        {
            receivingBodyCode = "MTTQ-TN",
            channel = "InPerson",
            receivedOn = "2026-11-20",
            kind,
            subject,
            content = "Kính gửi: Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên. Đề nghị các cơ quan xem xét, giải quyết.",
            senders = new[] { new { fullName = "Hoàng Thị Lan", idNumber = PetitionApi.ValidId, phone = "0912 345 678", address = "Xã Đại Phúc, tỉnh Thái Nguyên" } },
            senderCount,
        });
        return created.GetProperty("id").GetGuid();
    }

    public static JsonElement Figure(JsonElement report, string code) =>
        report.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("code").GetString() == code);
}
