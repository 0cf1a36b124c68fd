using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PhoiHop.Infrastructure.Web;

/// <summary>
/// A client's <c>Idempotency-Key</c> and what it created: a retried submission with the same key returns the first result
/// instead of creating a second item. Stored in the same transaction as the item, so an acknowledged key always has it.
/// </summary>
public sealed class IdempotencyRecord
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 100;

    /// <summary>Who used the key (a user id, or a hashed client address for anonymous callers) and for what operation.</summary>
    public string Scope { get; private set; } = "";
    public string Key { get; private set; } = "";

    /// <summary>SHA-256 of the request body: the same key with another body is refused.</summary>
    public string RequestHash { get; private set; } = "";
    public string ResourceId { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    private IdempotencyRecord() { }

    public IdempotencyRecord(string scope, string key, string requestHash, string resourceId, DateTimeOffset createdAt)
    {
        Scope = scope;
        Key = key;
        RequestHash = requestHash;
        ResourceId = resourceId;
        CreatedAt = createdAt;
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A usable key: 1–100 printable ASCII characters.</summary>
    public static bool IsValidKey(string? key) =>
        key is { Length: > 0 and <= MaxKeyLength } && key.All(c => c is >= '!' and <= '~');
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("IdempotencyRecords");
        b.HasKey(x => new { x.Scope, x.Key });
        b.Property(x => x.Scope).HasMaxLength(100);
        b.Property(x => x.Key).HasMaxLength(IdempotencyRecord.MaxKeyLength);
        b.Property(x => x.RequestHash).HasMaxLength(64);
        b.Property(x => x.ResourceId).HasMaxLength(100);
    }
}
