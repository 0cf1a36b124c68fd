using System.Security.Cryptography;

namespace PhoiHop.Infrastructure.Security;

/// <summary>A stored ciphertext could not be decrypted. The message names the field and key id, never the data.</summary>
public sealed class PersonalDataDecryptionException(DecryptionFailure failure, string message, Exception? inner = null)
    : CryptographicException(message, inner)
{
    public DecryptionFailure Failure { get; } = failure;
}
