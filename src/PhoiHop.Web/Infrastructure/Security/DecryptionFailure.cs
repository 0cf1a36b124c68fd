namespace PhoiHop.Infrastructure.Security;

public enum DecryptionFailure
{
    /// <summary>Not of the form <c>v1:&lt;keyId&gt;:&lt;base64&gt;</c>.</summary>
    Malformed,

    /// <summary>A format version this build does not know.</summary>
    UnsupportedVersion,

    /// <summary>The key id is not among Protection:Keys: an old key was removed too early, or the data comes from another deployment.</summary>
    UnknownKey,

    /// <summary>The authentication tag does not match: the key is wrong, the ciphertext was altered, or it belongs to another field or record.</summary>
    NotAuthentic,
}
