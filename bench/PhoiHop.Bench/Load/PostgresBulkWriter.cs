using Npgsql;
using NpgsqlTypes;
using PhoiHop.Features.Petitions.Duplicates;

namespace PhoiHop.Bench.Load;

/// <summary>Binary COPY of each batch into the five tables, in one transaction per batch (foreign keys checked as usual).</summary>
internal sealed class PostgresBulkWriter(NpgsqlConnection connection) : IBulkWriter
{
    private const string PetitionColumns = "\"Id\", \"TrackingCode\", \"CaseId\", \"ReceivingBodyId\", \"ReceivingBodyKind\", \"Channel\", " +
        "\"ReceivedOn\", \"Subject\", \"Content\", \"Status\", \"SenderCount\", \"AssigneeId\", \"DueOn\", \"Version\", \"RegisteredAt\", " +
        "\"Kind\", \"DeclaredKind\", \"FieldCode\", \"Competence\", \"Flags\", \"ComplaintObject\", \"Instance\", \"DenunciationSubtype\", " +
        "\"Inadmissibility\", \"FilingReason\", \"ForwardedToBodyId\", \"ForwardingRecommendation\", \"AnswerDueOn\", \"AnswerSummary\", " +
        "\"HasEarlierGuidance\", \"HasEarlierForwarding\", \"Reminders\", \"Extensions\", \"HasWithdrawalRequest\", " +
        "\"WasAccepted\", \"WasGuided\", \"WasFiled\", \"AnswerRecorded\"";

    public static async Task<PostgresBulkWriter> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return new PostgresBulkWriter(connection);
    }

    public async Task WriteAsync(IReadOnlyList<BulkPetition> batch, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var w = await connection.BeginBinaryImportAsync("COPY \"PetitionCases\" (\"Id\", \"OpenedAt\") FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var p in batch)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(p.CaseId, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(p.RegisteredAt, NpgsqlDbType.TimestampTz, ct);
            }
            await w.CompleteAsync(ct);
        }
        await using (var w = await connection.BeginBinaryImportAsync($"COPY \"Petitions\" ({PetitionColumns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var p in batch)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(p.Id, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(p.TrackingCode, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(p.CaseId, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(p.BodyId, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(p.BodyKind, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(p.Channel, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(p.ReceivedOn, NpgsqlDbType.Date, ct);
                await w.WriteAsync(p.Subject, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(p.Content, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(p.Status, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(p.SenderCount, NpgsqlDbType.Integer, ct);
                await Nullable(w, p.AssigneeId, NpgsqlDbType.Uuid, ct);
                await Nullable(w, p.DueOn, NpgsqlDbType.Date, ct);
                await w.WriteAsync(p.Version, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(p.RegisteredAt, NpgsqlDbType.TimestampTz, ct);
                await Text(w, p.Kind, ct);
                await Text(w, p.DeclaredKind, ct);
                await Text(w, p.FieldCode, ct);
                await Text(w, p.Competence, ct);
                await w.WriteAsync(p.Flags, NpgsqlDbType.Varchar, ct);
                await Text(w, p.ComplaintObject, ct);
                await w.WriteAsync(p.Instance, NpgsqlDbType.Varchar, ct);
                await Text(w, p.DenunciationSubtype, ct);
                await Text(w, p.Inadmissibility, ct);
                await Text(w, p.FilingReason, ct);
                await Nullable(w, p.ForwardedToBodyId, NpgsqlDbType.Uuid, ct);
                await Text(w, p.ForwardingRecommendation, ct);
                await Nullable(w, p.AnswerDueOn, NpgsqlDbType.Date, ct);
                await Text(w, p.AnswerSummary, ct);
                await w.WriteAsync(false, NpgsqlDbType.Boolean, ct);
                await w.WriteAsync(false, NpgsqlDbType.Boolean, ct);
                await w.WriteAsync(0, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(0, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(false, NpgsqlDbType.Boolean, ct);
                foreach (var action in BulkPetition.CountedSteps)
                    await w.WriteAsync(p.Took(action), NpgsqlDbType.Boolean, ct);
            }
            await w.CompleteAsync(ct);
        }
        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY \"PetitionTransitions\" (\"PetitionId\", \"Sequence\", \"From\", \"To\", \"Action\", \"At\", \"ActorId\", \"ActorName\") FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var p in batch)
            {
                foreach (var t in p.Transitions)
                {
                    await w.StartRowAsync(ct);
                    await w.WriteAsync(p.Id, NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(t.Sequence, NpgsqlDbType.Integer, ct);
                    await w.WriteAsync(t.From, NpgsqlDbType.Varchar, ct);
                    await w.WriteAsync(t.To, NpgsqlDbType.Varchar, ct);
                    await w.WriteAsync(t.Action, NpgsqlDbType.Varchar, ct);
                    await w.WriteAsync(t.At, NpgsqlDbType.TimestampTz, ct);
                    await w.WriteAsync(t.ActorId, NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(t.ActorName, NpgsqlDbType.Varchar, ct);
                }
            }
            await w.CompleteAsync(ct);
        }
        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY \"PetitionSenders\" (\"Id\", \"PetitionId\", \"Order\", \"IsRepresentative\", \"FullNameProtected\", \"IdNumberProtected\", " +
            "\"PhoneProtected\", \"AddressProtected\", \"IdNumberIndex\", \"PhoneIndex\") FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var p in batch)
            {
                foreach (var s in p.Senders)
                {
                    await w.StartRowAsync(ct);
                    await w.WriteAsync(s.Id, NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(p.Id, NpgsqlDbType.Uuid, ct);
                    await w.WriteAsync(s.Order, NpgsqlDbType.Integer, ct);
                    await w.WriteAsync(s.IsRepresentative, NpgsqlDbType.Boolean, ct);
                    await w.WriteAsync(s.FullName, NpgsqlDbType.Varchar, ct);
                    await Text(w, s.IdNumber, ct);
                    await Text(w, s.Phone, ct);
                    await Text(w, s.Address, ct);
                    await Text(w, s.IdNumberIndex, ct);
                    await Text(w, s.PhoneIndex, ct);
                }
            }
            await w.CompleteAsync(ct);
        }
        // The search documents; PostgreSQL computes their tsvector columns and indexes them as it would for the app.
        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY \"PetitionSearchDocuments\" (\"PetitionId\", \"Text\", \"Names\") FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var p in batch)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(p.Id, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(p.SearchText, NpgsqlDbType.Text, ct);
                await w.WriteAsync(p.SearchNames, NpgsqlDbType.Text, ct);
            }
            await w.CompleteAsync(ct);
        }
        // The stored duplicate fingerprints, so that a node starts from them as it would after intake wrote them.
        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY \"PetitionFingerprints\" (\"PetitionId\", \"Algorithm\", \"KeyTag\", \"Bytes\") FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var p in batch)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(p.Id, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(DuplicateFingerprint.Algorithm, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(p.FingerprintKeyTag, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(p.Fingerprint, NpgsqlDbType.Bytea, ct);
            }
            await w.CompleteAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private static Task Text(NpgsqlBinaryImporter w, string? value, CancellationToken ct) =>
        value is null ? w.WriteNullAsync(ct) : w.WriteAsync(value, NpgsqlDbType.Varchar, ct);

    private static Task Nullable<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type, CancellationToken ct)
        where T : struct =>
        value is { } v ? w.WriteAsync(v, type, ct) : w.WriteNullAsync(ct);
}
