using System.Globalization;
using Microsoft.Data.Sqlite;
using PhoiHop.Features.Petitions.Duplicates;

namespace PhoiHop.Bench.Load;

/// <summary>
/// Prepared INSERTs, one transaction per batch, with values as EF Core's SQLite provider stores them: Guid as upper-case
/// text, DateOnly as yyyy-MM-dd, DateTimeOffset as UTC ticks (the app's DateTimeOffsetToUtcTicksConverter).
/// </summary>
internal sealed class SqliteBulkWriter : IBulkWriter
{
    private static readonly string[] PetitionColumns =
    [
        "Id", "TrackingCode", "CaseId", "ReceivingBodyId", "ReceivingBodyKind", "Channel", "ReceivedOn", "Subject", "Content", "Status",
        "SenderCount", "AssigneeId", "DueOn", "Version", "RegisteredAt", "Kind", "DeclaredKind", "FieldCode", "Competence", "Flags",
        "ComplaintObject", "Instance", "DenunciationSubtype", "Inadmissibility", "FilingReason", "ForwardedToBodyId",
        "ForwardingRecommendation", "AnswerDueOn", "AnswerSummary", "HasEarlierGuidance", "HasEarlierForwarding", "Reminders", "Extensions",
        "HasWithdrawalRequest", "WasAccepted", "WasGuided", "WasFiled", "AnswerRecorded",
    ];

    private static readonly string[] TransitionColumns = ["PetitionId", "Sequence", "From", "To", "Action", "At", "ActorId", "ActorName"];

    private static readonly string[] SenderColumns =
        ["Id", "PetitionId", "Order", "IsRepresentative", "FullNameProtected", "IdNumberProtected", "PhoneProtected", "AddressProtected", "IdNumberIndex", "PhoneIndex"];

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _case;
    private readonly SqliteCommand _petition;
    private readonly SqliteCommand _transition;
    private readonly SqliteCommand _sender;
    private readonly SqliteCommand _search;
    private readonly SqliteCommand _fingerprint;

    private SqliteBulkWriter(SqliteConnection connection)
    {
        _connection = connection;
        _case = Insert("PetitionCases", ["Id", "OpenedAt"]);
        _petition = Insert("Petitions", PetitionColumns);
        _transition = Insert("PetitionTransitions", TransitionColumns);
        _sender = Insert("PetitionSenders", SenderColumns);
        // Its triggers fill the FTS5 index, as for the app's own inserts.
        _search = Insert("PetitionSearchDocuments", ["PetitionId", "Text", "Names"]);
        _fingerprint = Insert("PetitionFingerprints", ["PetitionId", "Algorithm", "KeyTag", "Bytes"]);
    }

    public static async Task<SqliteBulkWriter> OpenAsync(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using (var pragmas = connection.CreateCommand())
        {
            // As the app's SqlitePragmas: WAL, foreign keys enforced.
            pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;";
            await pragmas.ExecuteNonQueryAsync();
        }
        return new SqliteBulkWriter(connection);
    }

    public async Task WriteAsync(IReadOnlyList<BulkPetition> batch, CancellationToken ct)
    {
        await using var transaction = _connection.BeginTransaction();
        foreach (var command in new[] { _case, _petition, _transition, _sender, _search, _fingerprint })
            command.Transaction = transaction;
        foreach (var p in batch)
        {
            Run(_case, Id(p.CaseId), p.RegisteredAt.UtcTicks);
            Run(_petition, Id(p.Id), p.TrackingCode, Id(p.CaseId), Id(p.BodyId), p.BodyKind, p.Channel, Day(p.ReceivedOn), p.Subject, p.Content,
                p.Status, p.SenderCount, Id(p.AssigneeId), Day(p.DueOn), p.Version, p.RegisteredAt.UtcTicks, p.Kind, p.DeclaredKind, p.FieldCode,
                p.Competence, p.Flags, p.ComplaintObject, p.Instance, p.DenunciationSubtype, p.Inadmissibility, p.FilingReason,
                Id(p.ForwardedToBodyId), p.ForwardingRecommendation, Day(p.AnswerDueOn), p.AnswerSummary, 0, 0, 0, 0, 0,
                Took(p, 0), Took(p, 1), Took(p, 2), Took(p, 3));
            foreach (var t in p.Transitions)
                Run(_transition, Id(p.Id), t.Sequence, t.From, t.To, t.Action, t.At.UtcTicks, Id(t.ActorId), t.ActorName);
            foreach (var s in p.Senders)
            {
                Run(_sender, Id(s.Id), Id(p.Id), s.Order, s.IsRepresentative ? 1 : 0, s.FullName, s.IdNumber, s.Phone, s.Address, s.IdNumberIndex,
                    s.PhoneIndex);
            }
            Run(_search, Id(p.Id), p.SearchText, p.SearchNames);
            Run(_fingerprint, Id(p.Id), DuplicateFingerprint.Algorithm, p.FingerprintKeyTag, p.Fingerprint);
        }
        await transaction.CommitAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { _case, _petition, _transition, _sender, _search, _fingerprint })
            await command.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private SqliteCommand Insert(string table, string[] columns)
    {
        var command = _connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Length; i++)
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        command.Prepare();
        return command;
    }

    private static int Took(BulkPetition p, int step) => p.Took(BulkPetition.CountedSteps[step]) ? 1 : 0;

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    private static string? Id(Guid? id) => id?.ToString().ToUpperInvariant();

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
