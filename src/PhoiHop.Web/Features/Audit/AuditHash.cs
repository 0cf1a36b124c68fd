using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PhoiHop.Features.Audit;

/// <summary>The hash of one audit entry, over a canonical text of its fields and the previous hash.</summary>
public static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(AuditEntry e) => Compute(e.Sequence, e.OccurredAt, e.UserId, e.UserName, e.EntityType,
        e.EntityId, e.Action, e.Changes, e.Reason, e.PreviousHash);

    public static string Compute(long sequence, DateTimeOffset occurredAt, Guid? userId, string? userName, string entityType,
        string entityId, AuditAction action, string? changes, string? reason, string previousHash)
    {
        var canonical = string.Join('\u001f',
            sequence.ToString(CultureInfo.InvariantCulture),
            occurredAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            userId?.ToString("D") ?? "",
            userName ?? "",
            entityType,
            entityId,
            ((int)action).ToString(CultureInfo.InvariantCulture),
            changes ?? "",
            reason ?? "",
            previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Timestamps are kept to the millisecond so that both databases give back exactly what was hashed.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset t) => new(t.UtcTicks - (t.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
