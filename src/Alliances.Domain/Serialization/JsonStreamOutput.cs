using System.Buffers;
using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Writes a document to a stream as it goes: the writer fills a buffer of about <see cref="FlushThreshold"/> bytes,
/// which is written to the stream asynchronously and reused, so that a portfolio of any size is never held whole.
/// </summary>
internal static class JsonStreamOutput
{
    /// <summary>The bytes gathered before they are written to the stream.</summary>
    internal const int FlushThreshold = 64 * 1024;

    /// <summary>Writes a document in steps, passing on what the writer holds whenever a step leaves enough of it.</summary>
    internal static async Task WriteAsync<T>(Stream utf8Json, T value, bool indented, Func<Utf8JsonWriter, T, IEnumerable<int>> steps, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(2 * FlushThreshold);
        using var writer = new Utf8JsonWriter(buffer, JsonText.WriterOptions(indented));
        foreach (var _ in steps(writer, value))
        {
            if (buffer.WrittenCount + writer.BytesPending >= FlushThreshold)
            {
                await PassOnAsync(utf8Json, writer, buffer, cancellationToken).ConfigureAwait(false);
            }
        }

        await PassOnAsync(utf8Json, writer, buffer, cancellationToken).ConfigureAwait(false);
        await utf8Json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a small document, written in one step, to a stream.</summary>
    internal static Task WriteAsync<T>(Stream utf8Json, T value, bool indented, Action<Utf8JsonWriter, T> write, CancellationToken cancellationToken) =>
        WriteAsync(utf8Json, value, indented, (writer, v) => InOneStep(writer, v, write), cancellationToken);

    private static IEnumerable<int> InOneStep<T>(Utf8JsonWriter writer, T value, Action<Utf8JsonWriter, T> write)
    {
        write(writer, value);
        yield return 0;
    }

    private static async ValueTask PassOnAsync(Stream utf8Json, Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        writer.Flush();
        if (buffer.WrittenCount > 0)
        {
            await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            buffer.ResetWrittenCount();
        }
    }
}
