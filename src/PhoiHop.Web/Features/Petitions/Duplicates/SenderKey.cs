namespace PhoiHop.Features.Petitions.Duplicates;

/// <summary>
/// Turns a sender's folded name or address into a keyed digest before the fingerprint hashes it (a blind index: equal
/// inputs, equal outputs; without the key, no way back). <paramref name="purpose"/> keeps names and addresses apart.
/// </summary>
public delegate string SenderKey(string purpose, string folded);

/// <summary>The purposes a <see cref="SenderKey"/> is called with. Never rename one: stored fingerprints would stop matching.</summary>
public static class SenderKeyPurpose
{
    public const string Name = "duplicate-sender-name";
    public const string Address = "duplicate-sender-address";
    public const string NameAndAddress = "duplicate-sender-name-address";
}
