using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PhoiHop.Common;
using PhoiHop.Features.Audit;
using PhoiHop.Features.Organizations;
using PhoiHop.Infrastructure.Auth;
using PhoiHop.Infrastructure.Data;
using PhoiHop.Infrastructure.Security;
using PhoiHop.Infrastructure.Web;

namespace PhoiHop.Features.Petitions;

public enum IntakeStatus
{
    Created,
    Replayed,
    Invalid,
    Forbidden,
    KeyReused,

    /// <summary>Accepted into the inbox, to be registered shortly (<see cref="IntakeOutcome.Queued"/>).</summary>
    Queued,
}

public sealed record IntakeOutcome(IntakeStatus Status, Petition? Petition = null, IReadOnlyList<PetitionSubmissionValidator.Problem>? Problems = null)
{
    /// <summary>The duplicate fingerprint of a letter just created (null for a replay).</summary>
    public Duplicates.DuplicateFingerprint? Fingerprint { get; init; }

    /// <summary>A letter accepted into the inbox and not registered yet: what it was promised.</summary>
    public Inbox.QueuedLetter? Queued { get; init; }

    public static IntakeOutcome Invalid(params PetitionSubmissionValidator.Problem[] problems) => new(IntakeStatus.Invalid, Problems: problems);
}

/// <summary>
/// Vào sổ: registers a letter on the day it arrives (RULES.md 2.1), with its senders sealed, a tracking code, a new
/// matter, and the letter-handling time limit started, all in one transaction. A retried request with the same
/// <c>Idempotency-Key</c> returns the first letter.
/// </summary>
public sealed class PetitionIntake(
    AppDbContext db, TimeProvider clock, AuditActor actor, PetitionSenders senders, PetitionDeadlines deadlines, PetitionAttachments attachments,
    SenderUnits units, Cases.DuplicateMatcher matcher, PersonalDataCipher cipher)
{
    public async Task<IntakeOutcome> RegisterAsync(PetitionSubmission input, ClaimsPrincipal user, string? idempotencyKey, CancellationToken ct,
        IReadOnlyList<IFormFile>? files = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var by = new PetitionActor(user.UserId() ?? Guid.Empty, user.DisplayName());
        return await RegisterAsync(input, by, ScopeOf(user), idempotencyKey, StaffMayReceive(user), null, files, ct);
    }

    private static string ScopeOf(ClaimsPrincipal user) => $"petitions:{user.UserId()}";

    /// <summary>Staff register the letters of their own body, with the right to.</summary>
    private static Func<Body, bool> StaffMayReceive(ClaimsPrincipal user) =>
        body => body.Id == user.BodyId() && PetitionsPermissions.Has(user, PetitionsPermissions.Register);

    /// <summary>
    /// A letter sent by a citizen on the portal: registered like any other, with a receipt secret whose hash only is
    /// kept. <paramref name="mayReceive"/> says which bodies accept letters online.
    /// </summary>
    public async Task<(IntakeOutcome Outcome, string? Secret)> SubmitOnlineAsync(
        PetitionSubmission input, Func<Body, bool> mayReceive, string clientScope, string? idempotencyKey, CancellationToken ct,
        Channel channel = Channel.OnlinePortal, Action<Petition>? complete = null, IReadOnlyList<IFormFile>? files = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Channel = channel;
        input.ReceivedOn = Display.VietnamToday(clock);
        // Nobody is signed in: the audit log names the portal, as the letter's history does.
        actor.ActAs(null, PortalActorName);
        var secret = CitizenSecrets.New();
        var outcome = await RegisterAsync(input, new PetitionActor(Guid.Empty, PortalActorName), clientScope, idempotencyKey, mayReceive,
            p =>
            {
                p.IssueCitizenSecret(CitizenSecrets.Hash(secret));
                complete?.Invoke(p);
            }, files, ct);
        return (outcome, outcome.Status == IntakeStatus.Created ? secret : null);
    }

    public const string PortalActorName = "Cổng tiếp nhận đơn trực tuyến";

    private async Task<IntakeOutcome> RegisterAsync(PetitionSubmission input, PetitionActor by, string scope, string? idempotencyKey,
        Func<Body, bool> mayReceive, Action<Petition>? complete, IReadOnlyList<IFormFile>? files, CancellationToken ct)
    {
        var today = Display.VietnamToday(clock);
        var requestHash = RequestHash(input, idempotencyKey);
        if (idempotencyKey is not null && await ReplayAsync(scope, idempotencyKey, requestHash, ct) is { } replay)
            return replay;
        var (body, refused) = await CheckAsync(input, today, mayReceive, ct);
        if (refused is not null)
            return refused;

        var petition = Create(body!, input, by, forwardedFrom: null, caseId: null);
        complete?.Invoke(petition);
        senders.Add(petition, input.Senders, today);
        foreach (var file in files ?? [])
        {
            var (_, fileRefused) = await attachments.AddAsync(petition.Id, file, by.Id == Guid.Empty ? null : by.Id, ct);
            if (fileRefused is not null)
            {
                db.ChangeTracker.Clear();
                return IntakeOutcome.Invalid(new PetitionSubmissionValidator.Problem("Files", "Petitions.FileRefused", file.FileName,
                    new PetitionSubmissionValidator.MessageKey(fileRefused.MessageKey)));
            }
        }
        await deadlines.StartAsync(petition, ct);
        Remember(scope, idempotencyKey, requestHash, petition.Id);

        var fingerprint = matcher.Fingerprint(input);
        matcher.Store(petition.Id, fingerprint);
        actor.Reason = RegisteredReason;
        if (await SaveOrRacedAsync(scope, idempotencyKey, requestHash, ct) is { } raced)
            return raced;
        // This node's duplicate index knows the letter at once; the other nodes read it within seconds.
        matcher.Indexed(petition, fingerprint);
        return new IntakeOutcome(IntakeStatus.Created, petition) { Fingerprint = fingerprint };
    }

    private const string RegisteredReason = "Vào sổ đơn";

    /// <summary>
    /// Takes a letter from the API into the inbox (<c>Prefer: respond-async</c>): every check of
    /// <see cref="RegisterAsync(PetitionSubmission, ClaimsPrincipal, string?, CancellationToken, IReadOnlyList{IFormFile}?)"/>
    /// runs now and refuses now; what is accepted is committed, encrypted, with its id, tracking code and matter, and
    /// registered by <see cref="Inbox.PetitionInbox"/> within seconds (within minutes under a flood of letters).
    /// </summary>
    public async Task<IntakeOutcome> AcceptAsync(PetitionSubmission input, ClaimsPrincipal user, string? idempotencyKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var scope = ScopeOf(user);
        var today = Display.VietnamToday(clock);
        var requestHash = RequestHash(input, idempotencyKey);
        if (idempotencyKey is not null && await ReplayAsync(scope, idempotencyKey, requestHash, ct) is { } replay)
            return replay;
        var (body, refused) = await CheckAsync(input, today, StaffMayReceive(user), ct);
        if (refused is not null)
            return refused;

        // A code is unique among letters and waiting entries (a unique index each); one drawn twice in 10¹² is drawn again.
        var code = TrackingCodes.New();
        while (await db.Petitions.AnyAsync(p => p.TrackingCode == code, ct))
            code = TrackingCodes.New();
        var entry = new Inbox.PetitionInboxEntry(Guid.CreateVersion7(), Guid.CreateVersion7(), code, body!.Id, body.Code, user.UserId(),
            user.DisplayName(), user.Identity?.Name, clock.GetUtcNow());
        entry.Seal(cipher.Encrypt(JsonSerializer.Serialize(input, Inbox.PetitionInboxEntry.Json), Inbox.PetitionInboxEntry.Binding(entry.Id)));
        db.Add(entry);
        Remember(scope, idempotencyKey, requestHash, entry.Id);
        return await SaveOrRacedAsync(scope, idempotencyKey, requestHash, ct) ?? new IntakeOutcome(IntakeStatus.Queued) { Queued = entry.ToLetter() };
    }

    // What a retry must repeat exactly; only needed when the caller sent a key.
    private static string RequestHash(PetitionSubmission input, string? idempotencyKey) =>
        idempotencyKey is null ? "" : IdempotencyRecord.Hash(JsonSerializer.Serialize(input));

    private void Remember(string scope, string? idempotencyKey, string requestHash, Guid letterId)
    {
        if (idempotencyKey is not null)
            db.Add(new IdempotencyRecord(scope, idempotencyKey, requestHash, letterId.ToString(), clock.GetUtcNow()));
    }

    /// <summary>Saves; null when saved, or the first request's outcome when the same key raced in from another request.</summary>
    private async Task<IntakeOutcome?> SaveOrRacedAsync(string scope, string? idempotencyKey, string requestHash, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // The first one won: answer with its letter.
            db.ChangeTracker.Clear();
            if (await ReplayAsync(scope, idempotencyKey, requestHash, ct) is { } raced)
                return raced;
            throw;
        }
    }

    /// <summary>
    /// Registers a letter of the inbox as <see cref="RegisterAsync(PetitionSubmission, ClaimsPrincipal, string?, CancellationToken, IReadOnlyList{IFormFile}?)"/>
    /// would have when it was accepted: the id, code and matter given out, the time of acceptance, in the sender's name;
    /// the entry is deleted in the same transaction. Throws <see cref="DbUpdateException"/> when another node or request
    /// registered it first.
    /// </summary>
    internal async Task<Petition> RegisterQueuedAsync(Inbox.PetitionInboxEntry entry, CancellationToken ct)
    {
        var input = JsonSerializer.Deserialize<PetitionSubmission>(cipher.Decrypt(entry.SubmissionProtected, Inbox.PetitionInboxEntry.Binding(entry.Id)),
                Inbox.PetitionInboxEntry.Json)
            ?? throw new InvalidOperationException($"The inbox entry {entry.Id} holds no letter.");
        // The body as it was when the letter was accepted, even if it has ended since.
        var body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == entry.BodyId, ct);
        actor.ActAs(entry.ActorId, entry.ActorLogin ?? entry.ActorName);
        var petition = Create(body, input, new PetitionActor(entry.ActorId ?? Guid.Empty, entry.ActorName), forwardedFrom: null, caseId: null, entry);
        senders.Add(petition, input.Senders, Display.VietnamDate(entry.AcceptedAt));
        await deadlines.StartAsync(petition, ct);
        var fingerprint = matcher.Fingerprint(input);
        matcher.Store(petition.Id, fingerprint);
        db.Remove(entry);
        actor.Reason = RegisteredReason;
        await db.SaveChangesAsync(ct);
        matcher.Indexed(petition, fingerprint);
        return petition;
    }

    /// <summary>What every way in checks before a letter is taken: the input, the receiving body, the senders' communes.</summary>
    private async Task<(Body? Body, IntakeOutcome? Refused)> CheckAsync(PetitionSubmission input, DateOnly today, Func<Body, bool> mayReceive,
        CancellationToken ct)
    {
        var problems = PetitionSubmissionValidator.Validate(input, today);
        if (problems.Count > 0)
            return (null, new IntakeOutcome(IntakeStatus.Invalid, Problems: problems));

        var code = input.ReceivingBodyCode!.Trim();
        var body = await db.Bodies.AsNoTracking().SingleOrDefaultAsync(b => b.Code == code && b.ValidTo == null, ct);
        if (body is null)
            return (null, IntakeOutcome.Invalid(new PetitionSubmissionValidator.Problem(nameof(input.ReceivingBodyCode), "Validation.UnknownChoice")));
        if (!mayReceive(body))
            return (null, new IntakeOutcome(IntakeStatus.Forbidden));
        var unknownUnits = await units.UnknownAsync(input.Senders.Select(s => s.AdministrativeUnitCode ?? ""), ct);
        if (unknownUnits.Count > 0)
        {
            return (null, IntakeOutcome.Invalid([.. input.Senders.Select((s, i) => (Code: s.AdministrativeUnitCode?.Trim(), Index: i))
                .Where(s => s.Code is not null && unknownUnits.Contains(s.Code))
                .Select(s => new PetitionSubmissionValidator.Problem(
                    $"{nameof(input.Senders)}[{s.Index}].{nameof(SenderSubmission.AdministrativeUnitCode)}", "Validation.UnknownChoice"))]));
        }
        return (body, null);
    }

    /// <summary>Makes the petition and its matter (a new matter unless <paramref name="caseId"/> is given). Not saved.</summary>
    internal Petition Create(Body body, PetitionSubmission input, PetitionActor by, Petition? forwardedFrom, Guid? caseId,
        Inbox.PetitionInboxEntry? promised = null)
    {
        var now = promised?.AcceptedAt ?? clock.GetUtcNow();
        if (caseId is null)
        {
            var matter = PetitionCase.Open(now, promised?.CaseId);
            db.Add(matter);
            caseId = matter.Id;
        }
        var senderCount = input.Anonymous ? 0 : input.SenderCount ?? Math.Max(1, input.Senders.Count);
        var flags = input.Anonymous ? PetitionFlags.Anonymous : PetitionFlags.None;
        var petition = Petition.Receive(body.Id, body.Kind, input.Channel!.Value, input.ReceivedOn!.Value,
            input.Subject!.Trim(), input.Content!.Trim(), flags, by, now,
            new PetitionOrigin(caseId.Value, promised?.TrackingCode ?? TrackingCodes.New(), forwardedFrom?.Id, SenderCount: senderCount)
            {
                Id = promised?.Id,
                DeclaredKind = input.Kind,
                FieldCode = string.IsNullOrWhiteSpace(input.FieldCode) ? null : input.FieldCode.Trim(),
            });
        db.Add(petition);
        return petition;
    }

    private async Task<IntakeOutcome?> ReplayAsync(string scope, string key, string requestHash, CancellationToken ct)
    {
        var record = await db.Set<IdempotencyRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Scope == scope && r.Key == key, ct);
        if (record is null)
            return null;
        if (record.RequestHash != requestHash)
            return new IntakeOutcome(IntakeStatus.KeyReused);
        var id = Guid.Parse(record.ResourceId);
        // The inbox first: its entry is deleted in the transaction that makes the letter, so if it is gone, the letter is there.
        if (await db.Set<Inbox.PetitionInboxEntry>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct) is { } entry)
            return new IntakeOutcome(IntakeStatus.Replayed) { Queued = entry.ToLetter() };
        var petition = await db.Petitions.AsNoTracking().SingleAsync(p => p.Id == id, ct);
        return new IntakeOutcome(IntakeStatus.Replayed, petition);
    }
}
