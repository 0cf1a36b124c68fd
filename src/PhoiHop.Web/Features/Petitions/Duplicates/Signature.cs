using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PhoiHop.Features.Petitions.Duplicates;

/// <summary>
/// A b-bit MinHash signature: 128 minimum hashes of the letter's shingles, 8 bits kept of each (Li and König's b-bit
/// minwise hashing). Two letters agree on a position with probability J + (1 − J)/256, J the Jaccard similarity of their
/// shingle sets, so 128 bytes estimate J within about ±0.04, and a million letters fit in 128 MB.
/// </summary>
[InlineArray(Length)]
internal struct Signature
{
    public const int Length = 128;

    private byte _element;

    public static Signature Of(List<ulong> shingles)
    {
        // 32-bit lanes so that the multiply and the minimum are single vector instructions (8 positions at a time on
        // AVX2); each position hashes with its own xor key and odd multiplier, then folds the high bits down.
        Span<uint> minimum = stackalloc uint[Length];
        minimum.Fill(uint.MaxValue);
        var width = Vector<uint>.Count;
        foreach (var shingle in shingles)
        {
            var x = new Vector<uint>((uint)shingle ^ (uint)(shingle >> 32));
            for (var i = 0; i < Length; i += width)
            {
                var h = (x ^ new Vector<uint>(Keys.AsSpan(i))) * new Vector<uint>(Multipliers.AsSpan(i));
                h ^= Vector.ShiftRightLogical(h, 15);
                var m = new Vector<uint>(minimum[i..]);
                Vector.Min(m, h).CopyTo(minimum[i..]);
            }
        }
        var signature = default(Signature);
        for (var i = 0; i < Length; i++)
            signature[i] = (byte)(FingerprintHash.Mix(minimum[i]) >> 56);
        return signature;
    }

    /// <summary>The estimated Jaccard similarity of the two shingle sets.</summary>
    public static double Similarity(in Signature a, in Signature b)
    {
        var x = MemoryMarshal.CreateReadOnlySpan(in a[0], Length);
        var y = MemoryMarshal.CreateReadOnlySpan(in b[0], Length);
        var equal = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= Length - Vector<byte>.Count; i += Vector<byte>.Count)
            {
                var eq = Vector.Equals(new Vector<byte>(x[i..]), new Vector<byte>(y[i..]));
                equal += BitOperations.PopCount(Vector.AsVectorUInt64(eq)[0]) / 8;
                for (var k = 1; k < Vector<ulong>.Count; k++)
                    equal += BitOperations.PopCount(Vector.AsVectorUInt64(eq)[k]) / 8;
            }
        }
        for (; i < Length; i++)
        {
            if (x[i] == y[i])
                equal++;
        }
        const double chance = 1.0 / 256;
        return Math.Max(0, ((double)equal / Length - chance) / (1 - chance));
    }

    private static readonly uint[] Multipliers = Constants(0x9E3779B97F4A7C15UL, odd: true);
    private static readonly uint[] Keys = Constants(0xD1B54A32D192ED03UL, odd: false);

    private static uint[] Constants(ulong seed, bool odd)
    {
        var values = new uint[Length];
        var x = seed;
        for (var i = 0; i < Length; i++)
        {
            x = FingerprintHash.Mix(x + 0x9E3779B97F4A7C15UL);
            values[i] = odd ? (uint)x | 1 : (uint)x;
        }
        return values;
    }
}
