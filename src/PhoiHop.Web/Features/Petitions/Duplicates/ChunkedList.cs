namespace PhoiHop.Features.Petitions.Duplicates;

/// <summary>
/// A growable array in fixed chunks of 65,536 items: growing never copies what is there, so an add stays well under a
/// millisecond at a million letters, and no single allocation reaches the large-object heap's worst cases.
/// </summary>
internal sealed class ChunkedList<T>
    where T : struct
{
    public const int ChunkBits = 16;
    public const int ChunkSize = 1 << ChunkBits;
    private const int ChunkMask = ChunkSize - 1;

    private T[][] _chunks = [];

    public int Capacity => _chunks.Length * ChunkSize;

    public ref T this[int index] => ref _chunks[index >> ChunkBits][index & ChunkMask];

    public void EnsureCapacity(int count)
    {
        if (count <= Capacity)
            return;
        var needed = (count + ChunkMask) >> ChunkBits;
        var chunks = new T[needed][];
        Array.Copy(_chunks, chunks, _chunks.Length);
        for (var i = _chunks.Length; i < needed; i++)
            chunks[i] = new T[ChunkSize];
        _chunks = chunks;
    }

    /// <summary>Items from <paramref name="index"/>: they never cross a chunk when allocated with <see cref="Reserve"/>.</summary>
    public Span<T> Slice(int index, int length) => _chunks[index >> ChunkBits].AsSpan(index & ChunkMask, length);

    /// <summary>Where <paramref name="length"/> contiguous items can start at or after <paramref name="used"/>.</summary>
    public static int Reserve(int used, int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, ChunkSize);
        return (used & ChunkMask) + length > ChunkSize ? (used + ChunkMask) & ~ChunkMask : used;
    }
}
