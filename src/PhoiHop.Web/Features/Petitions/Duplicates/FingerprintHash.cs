namespace PhoiHop.Features.Petitions.Duplicates;

/// <summary>
/// Stable 64-bit hashing (FNV-1a, then the SplitMix64 finalizer): string.GetHashCode changes per process, and
/// fingerprints are compared across nodes and restarts.
/// </summary>
internal static class FingerprintHash
{
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return Mix(h);
    }

    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
