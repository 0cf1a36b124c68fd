using PhoiHop.Features.Petitions;

namespace PhoiHop.Bench.Load;

/// <summary>One petition with its matter, history and senders, as the bulk loader writes it (enums as stored: names).</summary>
internal sealed class BulkPetition
{
    public required Guid Id { get; init; }
    public required string TrackingCode { get; init; }
    public required string SearchText { get; init; }
    public required string SearchNames { get; init; }
    public required Guid CaseId { get; init; }
    public required Guid BodyId { get; init; }
    public required string BodyKind { get; init; }
    public required string Channel { get; init; }
    public required DateOnly ReceivedOn { get; init; }
    public required string Subject { get; init; }
    public required string Content { get; init; }
    public required string Status { get; init; }
    public required int SenderCount { get; init; }
    public Guid? AssigneeId { get; init; }
    public DateOnly? DueOn { get; init; }
    public required int Version { get; init; }
    public required DateTimeOffset RegisteredAt { get; init; }
    public string? Kind { get; init; }
    public string? DeclaredKind { get; init; }
    public string? FieldCode { get; init; }
    public string? Competence { get; init; }
    public required string Flags { get; init; }
    public string? ComplaintObject { get; init; }
    public required string Instance { get; init; }
    public string? DenunciationSubtype { get; init; }
    public string? Inadmissibility { get; init; }
    public string? FilingReason { get; init; }
    public Guid? ForwardedToBodyId { get; init; }
    public string? ForwardingRecommendation { get; init; }
    public DateOnly? AnswerDueOn { get; init; }
    public string? AnswerSummary { get; init; }
    public required IReadOnlyList<BulkTransition> Transitions { get; init; }

    /// <summary>
    /// The steps the letter keeps on its row for the report, in the order of the writers' columns (WasAccepted, WasGuided,
    /// WasFiled, AnswerRecorded). ResolvedInTime and ResolvedLate stay false: the loader writes no met time limit.
    /// </summary>
    public static readonly string[] CountedSteps = [nameof(PetitionAction.Accept), nameof(PetitionAction.Guide), nameof(PetitionAction.File), nameof(PetitionAction.RecordAnswer)];

    public bool Took(string action) => Transitions.Any(t => t.Action == action);
    public required IReadOnlyList<BulkSender> Senders { get; init; }

    /// <summary>The stored duplicate fingerprint (<c>PetitionFingerprints</c>), as intake writes it.</summary>
    public required byte[] Fingerprint { get; init; }

    /// <summary>The index key the fingerprint's sender hashes were made with (<c>PetitionSenders.KeyTagOf</c>).</summary>
    public required int FingerprintKeyTag { get; init; }
}

internal sealed record BulkTransition(int Sequence, string From, string To, string Action, DateTimeOffset At, Guid ActorId, string ActorName);

/// <summary>A sender with its fields already encrypted by the app's PersonalDataCipher, bound to <see cref="Id"/>.</summary>
internal sealed record BulkSender(
    Guid Id, int Order, bool IsRepresentative, string FullName, string? IdNumber, string? Phone, string? Address, string? IdNumberIndex,
    string? PhoneIndex);

/// <summary>Writes batches of petitions straight into the tables, bypassing the app (and so its audit log).</summary>
internal interface IBulkWriter : IAsyncDisposable
{
    Task WriteAsync(IReadOnlyList<BulkPetition> batch, CancellationToken ct);
}
