using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>
/// A buffer writer over arrays rented from <see cref="ArrayPool{T}.Shared"/>: the document is built in pooled memory
/// and copied out once, so writing allocates little more than the result itself.
/// </summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer;
    private int _written;

    /// <summary>Initializes a writer with room for at least <paramref name="initialCapacity"/> bytes.</summary>
    internal PooledBufferWriter(int initialCapacity) =>
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 256));

    /// <summary>Writes a document in pooled memory and copies it out once, as UTF-8 bytes.</summary>
    internal static byte[] ToUtf8Bytes<T>(T value, int initialCapacity, bool indented, Action<Utf8JsonWriter, T> write)
    {
        using var buffer = Fill(value, initialCapacity, indented, write);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a document in pooled memory and copies it out once, as a string.</summary>
    internal static string ToText<T>(T value, int initialCapacity, bool indented, Action<Utf8JsonWriter, T> write)
    {
        using var buffer = Fill(value, initialCapacity, indented, write);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Gets the bytes written so far.</summary>
    internal ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    /// <inheritdoc/>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _written);
        _written += count;
    }

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(_written);
    }

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(_written);
    }

    /// <summary>Returns the rented array to the pool.</summary>
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _written = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static PooledBufferWriter Fill<T>(T value, int initialCapacity, bool indented, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new PooledBufferWriter(initialCapacity);
        try
        {
            using var writer = new Utf8JsonWriter(buffer, JsonText.WriterOptions(indented));
            write(writer, value);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }

        return buffer;
    }

    private void Reserve(int sizeHint)
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= needed)
        {
            return;
        }

        var size = (int)Math.Min(Array.MaxLength, Math.Max((long)_buffer.Length * 2, (long)_written + needed));
        var larger = ArrayPool<byte>.Shared.Rent(size);
        _buffer.AsSpan(0, _written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
