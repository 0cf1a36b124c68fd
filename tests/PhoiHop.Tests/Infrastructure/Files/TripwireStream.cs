namespace PhoiHop.Tests.Infrastructure.Files;

/// <summary>
/// A stream of <paramref name="length"/> bytes (the header, then zeros) that fails the test if anyone reads past
/// <paramref name="readableBytes"/>: proof that a too-large file is refused without being read through.
/// </summary>
internal sealed class TripwireStream(byte[] header, long length, long readableBytes, bool canSeek = true) : Stream
{
    private long _position;

    public long MostRead { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => canSeek;
    public override bool CanWrite => false;
    public override long Length => canSeek ? length : throw new NotSupportedException();

    public override long Position
    {
        get => canSeek ? _position : throw new NotSupportedException();
        set => _position = canSeek ? value : throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, length - _position);
        if (count <= 0)
            return 0;
        if (_position + count > readableBytes)
            throw new InvalidOperationException($"Read past byte {readableBytes}: the stream was read further than needed.");
        for (var i = 0; i < count; i++)
        {
            var at = _position + i;
            buffer[i] = at < header.Length ? header[at] : (byte)0;
        }
        _position += count;
        MostRead = Math.Max(MostRead, _position);
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override long Seek(long offset, SeekOrigin origin)
    {
        if (!canSeek)
            throw new NotSupportedException();
        _position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => length + offset,
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
