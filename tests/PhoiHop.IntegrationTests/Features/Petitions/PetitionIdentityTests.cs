using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PhoiHop.Features.Notifications;
using PhoiHop.Features.Petitions;
using PhoiHop.Infrastructure.Data;
using PhoiHop.IntegrationTests.Testing;
using static PhoiHop.IntegrationTests.Features.Petitions.PetitionApi;

namespace PhoiHop.IntegrationTests.Features.Petitions;

// Luật Tố cáo 2018, Điều 8(3), 47, 56: the denouncer's identity is sealed from receipt, shown only to those with the
// right and a stated reason (each reveal audited), never in the database in clear, nor in notifications or the audit log.
public abstract class PetitionIdentityTests(AppFactory app) : AppTests(app)
{
    private const string Name = "Hoàng Thị Tố Nga";
    private const string Id = "019186004321";
    private const string Phone = "0978123456";

    private static object Denunciation(string body) => Letter(body, kind: "Denunciation", subject: "Tố cáo cán bộ địa chính xã nhận tiền",
        content: $"Tôi là {Name}, CCCD {Id}, điện thoại {Phone}. Tôi tố cáo ông Trần Văn B, cán bộ địa chính, nhận tiền của người dân.",
        senders: [new { fullName = Name, idNumber = Id, phone = Phone, address = "Tổ 5, phường Phan Đình Phùng" }]);

    [Fact]
    public async Task Denunciation_IdentityIsNotStoredInClear_NorInTheAuditLog()
    {
        using var department = await App.CreateApiClientAsync("so.nnmt");
        var id = (await RegisterAsync(department, Denunciation("SNNMT-TN"))).GetProperty("id").GetGuid();

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sender = await db.Set<PetitionSender>().AsNoTracking().SingleAsync(s => s.PetitionId == id, Ct);
        Assert.DoesNotContain("Nga", sender.FullNameProtected, StringComparison.Ordinal);
        Assert.StartsWith("v1:", sender.FullNameProtected, StringComparison.Ordinal);
        Assert.DoesNotContain(Id, sender.IdNumberProtected!, StringComparison.Ordinal);
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(PetitionSender)).ToListAsync(Ct);
        Assert.NotEmpty(audit);
        Assert.All(audit, a => Assert.DoesNotContain("v1:", a.Changes ?? "", StringComparison.Ordinal));
        Assert.All(audit, a => Assert.DoesNotContain(Id, a.Changes ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Denunciation_ReaderSeesARedactedCopy_ResolverRevealsWithAReason_AndTheRevealIsAudited()
    {
        using var department = await App.CreateApiClientAsync("so.nnmt");
        var id = (await RegisterAsync(department, Denunciation("SNNMT-TN"))).GetProperty("id").GetGuid();

        var sealedView = await GetAsync(department, id);
        Assert.True(sealedView.GetProperty("identitySealed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, sealedView.GetProperty("senders").ValueKind);
        var content = sealedView.GetProperty("content").GetString()!;
        Assert.DoesNotContain(Name, content, StringComparison.Ordinal);
        Assert.DoesNotContain(Id, content, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, content, StringComparison.Ordinal);
        Assert.Contains("Trần Văn B", content, StringComparison.Ordinal);

        using var noReason = await department.PostAsJsonAsync($"/api/v1/petitions/{id}/identity", new { reason = "" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        using var revealed = await department.PostAsJsonAsync($"/api/v1/petitions/{id}/identity", new { reason = "Mời người tố cáo cung cấp chứng cứ" }, Ct);
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        using var senders = JsonDocument.Parse(await revealed.Content.ReadAsStringAsync(Ct));
        Assert.Equal(Name, senders.RootElement[0].GetProperty("fullName").GetString());
        Assert.Equal(Id, senders.RootElement[0].GetProperty("idNumber").GetString());

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var reveal = await db.Set<IdentityReveal>().AsNoTracking().SingleAsync(r => r.PetitionId == id, Ct);
        Assert.Equal("Mời người tố cáo cung cấp chứng cứ", reveal.Reason);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(IdentityReveal) && a.EntityId == reveal.Id.ToString(), Ct));
    }

    [Fact]
    public async Task Denunciation_ForwardedCopy_StaysSealed_AndNotificationsNameNoOne()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        using var department = await App.CreateApiClientAsync("so.nnmt");
        var id = (await RegisterAsync(front, Denunciation("MTTQ-TN"))).GetProperty("id").GetGuid();
        await DoAsync(front, id, "classify", new { kind = "Denunciation", competence = "OtherBody" });
        var copyId = (await DoAsync(front, id, "forward", new { toBodyCode = "SNNMT-TN" })).GetProperty("forwardedPetitionId").GetGuid();

        var copy = await GetAsync(department, copyId);

        Assert.True(copy.GetProperty("identitySealed").GetBoolean());
        Assert.DoesNotContain(Name, copy.GetProperty("content").GetString()!, StringComparison.Ordinal);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var notes = await db.Set<Notification>().AsNoTracking().ToListAsync(Ct);
        Assert.All(notes, n => Assert.DoesNotContain("Nga", n.Title + n.Body, StringComparison.Ordinal));
        var mails = await db.Set<OutboxMail>().AsNoTracking().ToListAsync(Ct);
        Assert.All(mails, m => Assert.DoesNotContain("Nga", m.Subject + m.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Complaint_SendersAreShownToTheReceivingBody()
    {
        using var front = await App.CreateApiClientAsync("mttq.tiepdan");
        var id = (await RegisterAsync(front, Letter("MTTQ-TN"))).GetProperty("id").GetGuid();

        var view = await GetAsync(front, id);

        Assert.False(view.GetProperty("identitySealed").GetBoolean());
        Assert.Equal("Nguyễn Văn An", view.GetProperty("senders")[0].GetProperty("fullName").GetString());
        Assert.Equal("0912345678", view.GetProperty("senders")[0].GetProperty("phone").GetString());
    }

    public sealed class Sqlite(SqliteAppFactory app) : PetitionIdentityTests(app), IClassFixture<SqliteAppFactory>;

    public sealed class Postgres(PostgresAppFactory app) : PetitionIdentityTests(app), IClassFixture<PostgresAppFactory>;
}
