using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PhoiHop.Features.Audit;
using PhoiHop.Infrastructure.Security;

namespace PhoiHop.Features.Petitions.Inbox;

/// <summary>
/// A letter accepted through the API with <c>Prefer: respond-async</c> and not yet registered: checked as strictly as a
/// letter registered at once, committed before the 202 answer (so durable), with its id, tracking code and matter
/// already given out. <see cref="PetitionInbox"/> registers it, in the name of whoever sent it, and deletes the entry in
/// the same transaction.
/// </summary>
public sealed class PetitionInboxEntry : IPendingWork
{
    public const int ErrorLength = 200;

    /// <summary>The id the letter will have.</summary>
    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }
    public string TrackingCode { get; private set; } = "";
    public Guid BodyId { get; private set; }
    public string BodyCode { get; private set; } = "";
    public Guid? ActorId { get; private set; }
    /// <summary>The sender's name as the letter's history shows it.</summary>
    public string ActorName { get; private set; } = "";

    /// <summary>The sender's sign-in name, as the audit log records a person.</summary>
    public string? ActorLogin { get; private set; }

    public DateTimeOffset AcceptedAt { get; private set; }

    /// <summary>The submission as JSON, encrypted: it carries the senders' names and ID numbers, a denouncer's among them.</summary>
    public string SubmissionProtected { get; private set; } = "";

    public int Attempts { get; private set; }

    /// <summary>After a failed attempt, not before this time.</summary>
    public DateTimeOffset? RetryAfter { get; private set; }

    /// <summary>A node's worker has taken it until then (<see cref="PetitionInbox.ClaimAsync"/>).</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public Guid? Claim { get; private set; }

    /// <summary>The kind of the last failure (an exception type, never a message that could quote the letter).</summary>
    public string? LastError { get; private set; }

    private PetitionInboxEntry() { }

    internal PetitionInboxEntry(Guid id, Guid caseId, string trackingCode, Guid bodyId, string bodyCode, Guid? actorId, string actorName,
        string? actorLogin, DateTimeOffset acceptedAt)
    {
        (Id, CaseId, TrackingCode, BodyId, BodyCode, ActorId, ActorName, ActorLogin, AcceptedAt) =
            (id, caseId, trackingCode, bodyId, bodyCode, actorId, actorName, actorLogin, acceptedAt);
    }

    internal void Seal(string submissionProtected) => SubmissionProtected = submissionProtected;

    /// <summary>Enums by name: a letter waiting through an upgrade that renumbers one still reads the same.</summary>
    internal static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    internal static FieldBinding Binding(Guid id) => FieldBinding.Row("PetitionInboxEntry.Submission", id);

    public QueuedLetter ToLetter() => new(Id, TrackingCode, CaseId, BodyCode);
}

/// <summary>What a letter accepted into the inbox was promised: the API's 202 answer.</summary>
public sealed record QueuedLetter(Guid Id, string TrackingCode, Guid CaseId, string ReceivingBodyCode);

internal sealed class PetitionInboxEntryConfiguration : IEntityTypeConfiguration<PetitionInboxEntry>
{
    public void Configure(EntityTypeBuilder<PetitionInboxEntry> b)
    {
        b.ToTable("PetitionInbox");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.TrackingCode).HasMaxLength(PetitionConfiguration.TrackingCodeLength);
        b.Property(e => e.BodyCode).HasMaxLength(64);
        b.Property(e => e.ActorName).HasMaxLength(200);
        b.Property(e => e.ActorLogin).HasMaxLength(256);
        b.Property(e => e.LastError).HasMaxLength(PetitionInboxEntry.ErrorLength);
        b.HasIndex(e => e.TrackingCode).IsUnique();
        // The worker takes the oldest entry that is not waiting out a failure.
        b.HasIndex(e => e.AcceptedAt);
        b.HasIndex(e => e.Claim);
    }
}
