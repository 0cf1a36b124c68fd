using System.Globalization;

namespace PhoiHop.Infrastructure.Security;

/// <summary>
/// What a ciphertext belongs to, authenticated with it (AES-GCM associated data): a ciphertext copied into another
/// field, or into the same field of another record, does not decrypt. <see cref="Field"/> names the column as
/// <c>Entity.Property</c> and must never change once data is stored under it.
/// </summary>
public readonly record struct FieldBinding
{
    private FieldBinding(string field, string recordId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        Field = field;
        RecordId = recordId;
    }

    public string Field { get; }

    /// <summary>The record's key, or empty for a binding to the column only.</summary>
    public string RecordId { get; }

    /// <summary>Binds to one field of one record: use this wherever the record's id is known before saving.</summary>
    public static FieldBinding Row(string field, Guid recordId) => new(field, recordId.ToString("D", CultureInfo.InvariantCulture));

    public static FieldBinding Row(string field, string recordId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recordId);
        return new(field, recordId);
    }

    /// <summary>
    /// Binds to the column only, for an EF value converter, which does not see the record. Weaker: a ciphertext can
    /// then be moved between records of the same column without detection.
    /// </summary>
    public static FieldBinding Column(string field) => new(field, "");

    public override string ToString() => RecordId.Length == 0 ? Field : $"{Field}[{RecordId}]";
}
