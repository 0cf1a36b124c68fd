using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PhoiHop.Common;

namespace PhoiHop.Infrastructure.Security;

/// <summary>
/// Encrypts personal fields (the sender's or denouncer's name, ID number, phone, address) with AES-256-GCM, so that a
/// copy of the database or a backup does not reveal who denounced whom (Luật Tố cáo 2018, Điều 8(3), 9(1)(b), 56(1):
/// the denouncer's name, address and personal data are kept secret). A ciphertext reads <c>v1:&lt;keyId&gt;:&lt;base64(nonce | ciphertext | tag)&gt;</c>: it
/// names its key, so keys rotate by adding a new current key while the old ones still decrypt. Each ciphertext is
/// bound to its <see cref="FieldBinding"/>. Blind indexes (HMAC-SHA256 under a separate key) find a record by exact
/// ID number or phone without decrypting anything. Thread-safe; register as a singleton.
/// </summary>
public sealed class PersonalDataCipher
{
    public const string Version = "v1";

    private const int NonceBytes = 12;  // AesGcm.NonceByteSizes: 96 bits, random per encryption
    private const int TagBytes = 16;
    private const int IndexBytes = 16;  // 128 bits: no collisions in practice, 22 base64url characters to store

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, byte[]> _keys;
    private readonly string _currentKeyId;
    private readonly byte[] _indexKey;

    public PersonalDataCipher(IOptions<ProtectionOptions> options)
    {
        var o = options.Value;
        var failures = ProtectionOptionsValidator.Check(o);
        if (failures.Count > 0)
            throw new InvalidOperationException(string.Join(" ", failures));
        _keys = o.Keys.ToDictionary(k => k.Key, k => ProtectionOptionsValidator.DecodeKey(k.Value)!, StringComparer.Ordinal);
        _currentKeyId = o.CurrentKey!;
        _indexKey = ProtectionOptionsValidator.DecodeKey(o.IndexKey)!;
    }

    public string CurrentKeyId => _currentKeyId;

    /// <summary>A new random key, base64, for Protection:Keys:&lt;id&gt; or Protection:IndexKey.</summary>
    public static string GenerateKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(ProtectionOptionsValidator.KeyBytes));

    /// <summary>The longest ciphertext of a plaintext of at most <paramref name="maxPlaintextChars"/> UTF-16 characters, to size columns.</summary>
    public static int MaxCiphertextLength(int maxPlaintextChars)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxPlaintextChars);
        // UTF-8 takes at most 3 bytes per UTF-16 character (a surrogate pair: 4 bytes for 2 characters).
        var blob = NonceBytes + (3 * maxPlaintextChars) + TagBytes;
        return Version.Length + 1 + ProtectionOptionsValidator.MaxKeyIdLength + 1 + (4 * ((blob + 2) / 3));
    }

    public string Encrypt(string plaintext, FieldBinding binding)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        CheckBinding(binding);
        // Throws on a lone surrogate rather than storing U+FFFD: what is decrypted is exactly what was encrypted.
        var data = StrictUtf8.GetBytes(plaintext);
        var blob = new byte[NonceBytes + data.Length + TagBytes];
        var nonce = blob.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(_keys[_currentKeyId], TagBytes))
        {
            aes.Encrypt(nonce, data, blob.AsSpan(NonceBytes, data.Length), blob.AsSpan(NonceBytes + data.Length), AssociatedData(_currentKeyId, binding));
        }
        CryptographicOperations.ZeroMemory(data);
        return $"{Version}:{_currentKeyId}:{Convert.ToBase64String(blob)}";
    }

    /// <exception cref="PersonalDataDecryptionException">The ciphertext is malformed, its key is unknown, or it is not authentic for this binding.</exception>
    public string Decrypt(string ciphertext, FieldBinding binding)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        CheckBinding(binding);
        var (keyId, payload) = Parse(ciphertext, binding);
        if (!_keys.TryGetValue(keyId, out var key))
            throw new PersonalDataDecryptionException(DecryptionFailure.UnknownKey,
                $"The ciphertext of {binding.Field} was made with key '{keyId}', which is not among Protection:Keys.");

        var blob = new byte[payload.Length];
        if (!Convert.TryFromBase64String(payload, blob, out var length) || length < NonceBytes + TagBytes)
            throw Malformed(binding);
        var data = new byte[length - NonceBytes - TagBytes];
        try
        {
            using var aes = new AesGcm(key, TagBytes);
            aes.Decrypt(blob.AsSpan(0, NonceBytes), blob.AsSpan(NonceBytes, data.Length), blob.AsSpan(NonceBytes + data.Length, TagBytes),
                data, AssociatedData(keyId, binding));
            return StrictUtf8.GetString(data);
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new PersonalDataDecryptionException(DecryptionFailure.NotAuthentic,
                $"The ciphertext of {binding} does not authenticate under key '{keyId}': the key is wrong, the data was altered, "
                + "or it belongs to another field or record.", e);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(data);
        }
    }

    /// <summary>True when the ciphertext was made with another key than the current one (or an older format).</summary>
    public bool NeedsRotation(string ciphertext)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        var (keyId, _) = Parse(ciphertext, null);
        return keyId != _currentKeyId;
    }

    /// <summary>The ciphertext re-encrypted under the current key, or the same string when it already is.</summary>
    public string Rotate(string ciphertext, FieldBinding binding) =>
        NeedsRotation(ciphertext) ? Encrypt(Decrypt(ciphertext, binding), binding) : ciphertext;

    /// <summary>
    /// A keyed, deterministic digest of <paramref name="normalisedValue"/> for exact-match lookup: equal inputs give
    /// equal indexes, and without Protection:IndexKey nobody can compute or reverse one. The caller normalises (the
    /// typed overloads do it for ID numbers and phones). 22 characters, base64url.
    /// </summary>
    public string BlindIndex(string purpose, string normalisedValue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        ArgumentException.ThrowIfNullOrEmpty(normalisedValue);
        var purposeBytes = Encoding.UTF8.GetBytes(purpose);
        var valueBytes = StrictUtf8.GetBytes(normalisedValue);
        var message = new byte[4 + purposeBytes.Length + valueBytes.Length];
        BinaryPrimitives.WriteInt32BigEndian(message, purposeBytes.Length);
        purposeBytes.CopyTo(message, 4);
        valueBytes.CopyTo(message, 4 + purposeBytes.Length);
        var mac = HMACSHA256.HashData(_indexKey, message);
        CryptographicOperations.ZeroMemory(message);
        return Base64Url.EncodeToString(mac.AsSpan(0, IndexBytes));
    }

    public string BlindIndex(CitizenIdNumber id) => BlindIndex(BlindIndexPurpose.CitizenId, id.ToString());

    public string BlindIndex(PhoneNumber phone) => BlindIndex(BlindIndexPurpose.Phone, phone.ToString());

    private static (string KeyId, string Payload) Parse(string ciphertext, FieldBinding? binding)
    {
        var parts = ciphertext.Split(':');
        if (parts.Length != 3 || parts[1].Length == 0 || parts[2].Length == 0)
            throw Malformed(binding);
        if (parts[0] == Version)
            return (parts[1], parts[2]);
        // Only a version-like prefix is named: anything else may be plaintext stored before encryption.
        if (parts[0].Length is >= 2 and <= 4 && parts[0][0] == 'v' && parts[0][1..].All(char.IsAsciiDigit))
            throw new PersonalDataDecryptionException(DecryptionFailure.UnsupportedVersion,
                $"The ciphertext{Of(binding)} has format '{parts[0]}', which this version of PhoiHop does not read.");
        throw Malformed(binding);
    }

    private static PersonalDataDecryptionException Malformed(FieldBinding? binding) =>
        new(DecryptionFailure.Malformed, $"The value{Of(binding)} is not a PhoiHop ciphertext ({Version}:<keyId>:<base64>).");

    private static string Of(FieldBinding? binding) => binding is { } b ? $" of {b.Field}" : "";

    private static void CheckBinding(FieldBinding binding)
    {
        if (string.IsNullOrEmpty(binding.Field))
            throw new ArgumentException("Bind the ciphertext to a field: FieldBinding.Row or FieldBinding.Column.", nameof(binding));
    }

    // Length-prefixed, so that no two different (version, key, field, record) tuples give the same bytes.
    private static byte[] AssociatedData(string keyId, FieldBinding binding)
    {
        string[] parts = [Version, keyId, binding.Field, binding.RecordId];
        var encoded = parts.Select(p => StrictUtf8.GetBytes(p)).ToArray();
        var ad = new byte[encoded.Sum(e => 4 + e.Length)];
        var offset = 0;
        foreach (var e in encoded)
        {
            BinaryPrimitives.WriteInt32BigEndian(ad.AsSpan(offset), e.Length);
            e.CopyTo(ad, offset + 4);
            offset += 4 + e.Length;
        }
        return ad;
    }
}
