using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Features.Organizations;
using PhoiHop.Features.Petitions.Generation;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;

namespace PhoiHop.Features.Petitions;

/// <summary>
/// Letters for the demo province, so that the queues are not empty on first run: generated (fixed seed), registered
/// through the intake and taken through legal steps by the demo accounts, exactly as a user would.
/// </summary>
public sealed class DemoPetitionSeeder(
    AppDbContext db, UserManager<StaffUser> users, IUserClaimsPrincipalFactory<StaffUser> principals, PetitionIntake intake,
    PetitionHandling handling, TimeProvider clock, ILogger<DemoPetitionSeeder> log)
{
    public const int Seed = 2026;
    public const int Count = 36;

    // Who registers at each body: the demo accounts with that right.
    private static readonly (string Body, string Login)[] Desks =
    [
        ("MTTQ-TN", "mttq.tiepdan"), ("VPDDBQH-HDND-TN", "vp.xulydon"), ("UBND-TN", "ubnd.lanhdao"), ("SNNMT-TN", "so.nnmt"), ("UBND-X-DAIPHUC", "xa.daiphuc"),
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Petitions.AnyAsync(ct))
            return;
        var today = Display.VietnamToday(clock);
        var generator = new PetitionGenerator(Seed, today.AddDays(-45), today.AddDays(-1));
        var staff = new Dictionary<string, ClaimsPrincipal>();
        foreach (var (body, login) in Desks)
        {
            if (await users.FindByNameAsync(login) is { } user)
                staff[body] = await principals.CreateAsync(user);
        }
        if (staff.Count < Desks.Length)
            return;

        var made = 0;
        for (var i = 0; i < Count; i++)
        {
            var letter = generator.Next();
            var (body, _) = Desks[i % Desks.Length];
            var outcome = await intake.RegisterAsync(new PetitionSubmission
            {
                ReceivingBodyCode = body,
                Channel = letter.Channel is Channel.OnlinePortal or Channel.Open311 ? Channel.Post : letter.Channel,
                ReceivedOn = letter.ReceivedOn,
                Kind = letter.Kind,
                FieldCode = letter.FieldCode,
                Subject = letter.Subject,
                Content = letter.Content,
                Anonymous = letter.IsAnonymous,
                SenderCount = letter.IsAnonymous ? null : Math.Max(letter.SenderCount, letter.Senders.Count),
                Senders = [.. letter.Senders.Take(PetitionSubmissionValidator.MaxSenders).Select((s, n) => new SenderSubmission
                {
                    FullName = s.FullName,
                    IdNumber = s.CitizenId,
                    Phone = s.Phone,
                    Address = s.Address,
                    IsRepresentative = letter.SenderCount >= PetitionOrigin.MultiPersonFrom && n == 0,
                })],
            }, staff[body], idempotencyKey: null, ct);
            if (outcome.Status != IntakeStatus.Created)
            {
                log.LogWarning("Demo letter {Number} was not registered: {Status}", i, outcome.Status);
                continue;
            }
            made++;
            await ProgressAsync(outcome.Petition!, letter, i, staff, ct);
            db.ChangeTracker.Clear();
        }
        log.LogInformation("Seeded {Count} demo letters", made);
    }

    // A third stays new; bodies without power forward to the People's Committee or the department; resolving bodies
    // accept their own and decide some.
    private async Task ProgressAsync(Petition petition, GeneratedPetition letter, int i, Dictionary<string, ClaimsPrincipal> staff, CancellationToken ct)
    {
        if (i % 3 == 0)
            return;
        var user = staff.Single(s => s.Value.BodyId() == petition.ReceivingBodyId).Value;
        var kind = letter.Kind;
        if (!petition.CanResolve)
        {
            await StepAsync(petition.Id, PetitionAction.Classify, new PetitionStep { Kind = kind, Competence = Competence.OtherBody, FieldCode = letter.FieldCode }, user, ct);
            var target = PetitionFields.IsLand(letter.FieldCode) ? "SNNMT-TN" : "UBND-TN";
            var forwarded = await StepAsync(petition.Id, PetitionAction.Forward, new PetitionStep
            {
                ToBodyCode = target,
                Recommendation = "Đề nghị xem xét, giải quyết theo thẩm quyền và thông báo kết quả.",
            }, user, ct);
            if (forwarded?.Created is { } copy && i % 2 == 0)
                await ResolveAsync(copy.Id, kind, staff[target], decide: i % 4 == 0, ct);
            return;
        }
        await ResolveAsync(petition.Id, kind, user, decide: i % 4 == 1, ct);
    }

    private async Task ResolveAsync(Guid id, PetitionKind kind, ClaimsPrincipal user, bool decide, CancellationToken ct)
    {
        await StepAsync(id, PetitionAction.Classify, new PetitionStep { Kind = kind, Competence = Competence.Own }, user, ct);
        if (kind == PetitionKind.Denunciation)
            return;
        await StepAsync(id, PetitionAction.Accept, new PetitionStep(), user, ct);
        if (!decide)
            return;
        if (kind == PetitionKind.Complaint)
        {
            await StepAsync(id, PetitionAction.StartVerification, new PetitionStep(), user, ct);
            await StepAsync(id, PetitionAction.Decide, new PetitionStep { FirstInstanceOutcome = FirstInstanceOutcome.Keep, Note = "Giữ nguyên quyết định bị khiếu nại" }, user, ct);
        }
        else
        {
            await StepAsync(id, PetitionAction.StartReview, new PetitionStep(), user, ct);
            await StepAsync(id, PetitionAction.Decide, new PetitionStep { RecommendationOutcome = RecommendationOutcome.ExplanationOnly }, user, ct);
            await StepAsync(id, PetitionAction.Answer, new PetitionStep { Summary = "Đã giải thích, hướng dẫn công dân thực hiện theo quy định." }, user, ct);
        }
    }

    private async Task<StepOutcome?> StepAsync(Guid id, PetitionAction action, PetitionStep step, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcome = await handling.TakeAsync(id, action, step, user, ct);
        db.ChangeTracker.Clear();
        if (outcome.Status != StepStatus.Done)
            log.LogDebug("Demo step {Action} on {Id}: {Status} {Error}", action, id, outcome.Status, outcome.Error?.Code);
        return outcome.Status == StepStatus.Done ? outcome : null;
    }
}
