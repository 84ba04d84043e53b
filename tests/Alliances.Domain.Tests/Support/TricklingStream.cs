namespace Alliances.Domain.Tests.Support;

/// <summary>
/// A read-only stream that cannot seek and gives at most a few bytes a read, as a network does; endless, of one byte
/// repeated, when it is given no content. It counts the bytes it gave.
/// </summary>
internal sealed class TricklingStream(byte[]? content, int mostPerRead = 7, byte endless = 0) : Stream
{
    private long _position;

    /// <summary>Gets the bytes given so far.</summary>
    public long Given => _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(Math.Min(buffer.Length, mostPerRead), content is null ? long.MaxValue : content.Length - _position);
        if (content is null)
        {
            buffer[..count].Fill(endless);
        }
        else
        {
            content.AsSpan((int)_position, count).CopyTo(buffer);
        }

        _position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush() => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
