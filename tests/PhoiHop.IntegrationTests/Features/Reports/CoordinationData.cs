using System.Net.Http.Json;
using PhoiHop.IntegrationTests.Features.Petitions;
using PhoiHop.IntegrationTests.Testing;

namespace PhoiHop.IntegrationTests.Features.Reports;

/// <summary>
/// Letters between two parties of the UBND – MTTQ regulation, made through the API once per database: the Front forwards
/// three letters to the People's Committee, which answers one on time and one late (after the clock passes the monitored
/// limit); the third gets no answer, a reminder and an escalation to supervision. A fourth matter the citizen sent to
/// both bodies is confirmed as one matter. The clock ends at <see cref="Now"/>.
/// </summary>
internal static class CoordinationData
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly HashSet<AppFactory> Seeded = [];

    public static DateOnly From => new(2026, 1, 1);

    public static DateOnly To => new(2026, 12, 31);

    // After the 15 working days the Front monitors an answer for (petition.answer, from 27/11/2026: 18/12/2026).
    public static readonly DateTimeOffset Now = new(2026, 12, 28, 2, 0, 0, TimeSpan.Zero);

    public static async Task EnsureAsync(AppFactory app)
    {
        await Gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (!Seeded.Add(app))
                return;
            using var front = await app.CreateApiClientAsync("mttq.tiepdan");
            using var committee = await app.CreateApiClientAsync("ubnd.lanhdao");

            async Task<(Guid Letter, Guid Copy)> ForwardAsync(string subject)
            {
                var id = (await PetitionApi.RegisterAsync(front, PetitionApi.Letter("MTTQ-TN", "Recommendation", subject, receivedOn: "2026-11-20")))
                    .GetProperty("id").GetGuid();
                await PetitionApi.DoAsync(front, id, "classify", new { kind = "Recommendation", competence = "OtherBody" });
                var forwarded = await PetitionApi.DoAsync(front, id, "forward", new { toBodyCode = "UBND-TN", recommendation = "Đề nghị xem xét, trả lời công dân." });
                return (id, forwarded.GetProperty("forwardedPetitionId").GetGuid());
            }
            async Task AnswerAsync(Guid copy)
            {
                await PetitionApi.DoAsync(committee, copy, "classify", new { kind = "Recommendation", competence = "Own" });
                await PetitionApi.DoAsync(committee, copy, "accept");
                await PetitionApi.DoAsync(committee, copy, "start-review");
                await PetitionApi.DoAsync(committee, copy, "decide", new { recommendationOutcome = "ExplanationOnly", note = "Đã giải thích cho công dân." });
            }

            var (_, onTime) = await ForwardAsync("Kiến nghị sửa chữa cầu treo bản Nà Mòn");
            var (unanswered, _) = await ForwardAsync("Kiến nghị lắp đèn chiếu sáng đường liên xã");
            var (_, late) = await ForwardAsync("Kiến nghị nạo vét kênh mương nội đồng");
            await AnswerAsync(onTime);

            // One matter sent by the citizen to both bodies: the Front's handler confirms it is the same matter.
            var content = "Kính gửi các cơ quan. Tôi là Đặng Văn Tường, xóm Làng Lớn, xã Đại Phúc. Tôi phản ánh việc cơ sở chế biến gỗ "
                + "của ông Hà xả mùn cưa xuống suối Làng Lớn từ tháng 8/2026, làm ô nhiễm nguồn nước sinh hoạt của 40 hộ dân.";
            var senders = new object[] { new { fullName = "Đặng Văn Tường", idNumber = PetitionApi.ValidId2, phone = "0987 654 321", address = "Xóm Làng Lớn" } };
            var atCommittee = (await PetitionApi.RegisterAsync(committee, PetitionApi.Letter("UBND-TN", "Feedback", "Phản ánh xả thải ra suối Làng Lớn",
                content, senders, receivedOn: "2026-11-24"))).GetProperty("id").GetGuid();
            var atFront = (await PetitionApi.RegisterAsync(front, PetitionApi.Letter("MTTQ-TN", "Feedback", "Phản ánh xả thải ra suối Làng Lớn",
                content, senders, receivedOn: "2026-11-25"))).GetProperty("id").GetGuid();
            using (var linked = await front.PostAsJsonAsync($"/api/v1/petitions/{atFront}/case-links",
                new { otherPetitionId = atCommittee, decision = "SameMatter" }, TestContext.Current.CancellationToken))
            {
                Assert.True(linked.IsSuccessStatusCode, await linked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            }

            app.Clock.SetUtcNow(Now);
            await PetitionApi.DoAsync(front, unanswered, "remind", new { note = "Đề nghị UBND tỉnh sớm trả lời." });
            await PetitionApi.DoAsync(front, unanswered, "escalate-to-supervision");
            await AnswerAsync(late);
        }
        finally
        {
            Gate.Release();
        }
    }
}
