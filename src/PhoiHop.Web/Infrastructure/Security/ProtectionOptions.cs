namespace PhoiHop.Infrastructure.Security;

/// <summary>
/// Keys for <see cref="PersonalDataCipher"/>. Every key is the base64 of 32 random bytes and is a secret: it belongs in
/// environment variables or a secret store (<c>Protection__Keys__2027a=…</c>), never in appsettings.json.
/// </summary>
public sealed class ProtectionOptions
{
    public const string Section = "Protection";

    /// <summary>Encryption keys by key id. Old keys stay here, so that what they encrypted can still be read.</summary>
    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The id of the key new ciphertexts are made with; one of <see cref="Keys"/>.</summary>
    public string? CurrentKey { get; set; }

    /// <summary>
    /// The key of the blind indexes (exact-match lookup without decrypting). It cannot be rotated by adding a key:
    /// changing it means recomputing every stored index from the decrypted values.
    /// </summary>
    public string? IndexKey { get; set; }

    internal bool IsEmpty => Keys.Count == 0 && string.IsNullOrWhiteSpace(CurrentKey) && string.IsNullOrWhiteSpace(IndexKey);
}
