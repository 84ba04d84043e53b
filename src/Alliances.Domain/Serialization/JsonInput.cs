using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Reads a whole document into a wire record through System.Text.Json, from a string, UTF-8 bytes or a stream. Every
/// entry point comes down to the same bytes read by <see cref="Read"/>, so all give the same verdict on a document:
/// at most <see cref="DocumentReadOptions.MaxDocumentBytes"/>, one byte-order mark at most, and exact UTF-8.
/// </summary>
internal static class JsonInput
{
    /// <summary>The first room for a stream whose length is not known.</summary>
    private const int StreamChunk = 64 * 1024;

    /// <summary>
    /// The largest buffer taken from the shared pool; a larger one is allocated at the document's size, where the pool
    /// would round it up to the next power of two (a 688 MB document to 1 GiB) and keep it afterwards.
    /// </summary>
    private const int PooledUpTo = 1024 * 1024;

    /// <summary>
    /// Runs a reader over the UTF-8 bytes of a string. A string longer than the limit is refused before anything is
    /// computed from its length (each character is at least one byte); its UTF-8 size is then counted, in longs, and
    /// a larger one refused before anything is transcoded. One with a lone surrogate, which has no UTF-8 form, is
    /// refused as System.Text.Json's own <c>JsonDocument.Parse</c> refuses it, not read as U+FFFD.
    /// </summary>
    internal static T FromString<T>(string json, DocumentReadOptions? options, SpanReader<T> read)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= DocumentReadOptions.Default;
        if (json.Length > options.MaxDocumentBytes)
        {
            throw options.TooLarge();
        }

        var size = Utf8Size(json, options.MaxDocumentBytes);
        if (size > options.MaxDocumentBytes)
        {
            throw options.TooLarge();
        }

        var rented = Take((int)size);
        try
        {
            var room = rented.AsSpan(0, (int)size);
            return Utf8.FromUtf16(json, room, out var charsRead, out var length, replaceInvalidSequences: false) switch
            {
                System.Buffers.OperationStatus.Done => read(room[..length]),
                System.Buffers.OperationStatus.DestinationTooSmall => throw options.TooLarge(),
                _ => throw AlliancesJsonException.At(
                    Validation.Rules.JsonShape,
                    LocalizedText.Message(
                        string.Create(CultureInfo.InvariantCulture, $"The text holds a lone surrogate (U+{(int)json[charsRead]:X4}) at character {charsRead}: a document is Unicode text, with an exact UTF-8 form."),
                        string.Create(CultureInfo.InvariantCulture, $"Le texte contient un code de substitution (surrogate) isolé (U+{(int)json[charsRead]:X4}) au caractère {charsRead}\u00A0: un document est du texte Unicode, avec une forme UTF-8 exacte.")),
                    "$"),
            };
        }
        finally
        {
            Give(rented);
        }
    }

    /// <summary>Runs a check over the UTF-8 bytes of a string, a string that cannot be read giving its violation.</summary>
    internal static Validation.ValidationResult Validate(string json, DocumentReadOptions? options, SpanReader<Validation.ValidationResult> check)
    {
        try
        {
            return FromString(json, options, check);
        }
        catch (AlliancesJsonException e)
        {
            return new Validation.ValidationResult(e.Violations);
        }
    }

    /// <summary>
    /// Reads a stream to its end and runs a reader over its bytes; a stream that gives more bytes than the limit is
    /// refused there, without reading on, so an endless one stops.
    /// </summary>
    internal static async ValueTask<T> FromStreamAsync<T>(Stream utf8, DocumentReadOptions? options, SpanReader<T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        options ??= DocumentReadOptions.Default;
        var limit = (int)options.MaxDocumentBytes;
        var buffer = Take(FirstRoom(utf8, options));
        var length = 0;
        try
        {
            while (true)
            {
                var room = Math.Min(buffer.Length, limit) - length;
                if (room == 0 && length == limit)
                {
                    if (await utf8.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false) > 0)
                    {
                        throw options.TooLarge();
                    }

                    break;
                }

                if (room == 0)
                {
                    // Doubling, in longs and capped by the limit, which is at most Array.MaxLength: no overflow.
                    var larger = Take((int)Math.Min(buffer.Length * 2L, limit));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    Give(buffer);
                    buffer = larger;
                    continue;
                }

                var count = await utf8.ReadAsync(buffer.AsMemory(length, room), cancellationToken).ConfigureAwait(false);
                if (count == 0)
                {
                    break;
                }

                length += count;
            }

            return read(buffer.AsSpan(0, length));
        }
        finally
        {
            Give(buffer);
        }
    }

    /// <summary>Reads a document from UTF-8 bytes, after one byte-order mark if there is one.</summary>
    internal static T Read<T>(ReadOnlySpan<byte> utf8, DocumentReadOptions? options, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        options ??= DocumentReadOptions.Default;
        if (utf8.Length > options.MaxDocumentBytes)
        {
            throw options.TooLarge();
        }

        try
        {
            return JsonSerializer.Deserialize(SkipBom(utf8), typeInfo) ?? throw NotAnObject();
        }
        catch (AlliancesJsonException found)
        {
            throw found.Resolved();
        }
        catch (JsonException found)
        {
            throw AlliancesJsonException.Shape(found);
        }
    }

    /// <summary>Skips a UTF-8 byte-order mark; a second one is left for the reader to refuse.</summary>
    internal static ReadOnlySpan<byte> SkipBom(ReadOnlySpan<byte> utf8) =>
        utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;

    /// <summary>
    /// The room first rented for a stream: what is left of it when its length is known, one byte more to see its end
    /// without growing; a known length over the limit is refused at once.
    /// </summary>
    private static int FirstRoom(Stream utf8, DocumentReadOptions options)
    {
        if (!utf8.CanSeek)
        {
            return (int)Math.Min(StreamChunk, options.MaxDocumentBytes);
        }

        var left = Math.Max(0, utf8.Length - utf8.Position);
        return left > options.MaxDocumentBytes ? throw options.TooLarge() : (int)Math.Min(left + 1, options.MaxDocumentBytes);
    }

    /// <summary>
    /// Counts the UTF-8 bytes of a text (a lone surrogate counted as the three of U+FFFD, as long as it takes), slice by
    /// slice so that no count overflows, and stops once past the limit. A slice never ends between the two halves of a
    /// pair, so the count is exact.
    /// </summary>
    private static long Utf8Size(ReadOnlySpan<char> text, long limit)
    {
        const int Slice = 1024 * 1024;
        var size = 0L;
        while (!text.IsEmpty && size <= limit)
        {
            var slice = text[..Math.Min(Slice, text.Length)];
            if (slice.Length < text.Length && char.IsHighSurrogate(slice[^1]))
            {
                slice = slice[..^1];
            }

            size += System.Text.Encoding.UTF8.GetByteCount(slice);
            text = text[slice.Length..];
        }

        return size;
    }

    private static byte[] Take(int size) =>
        size <= PooledUpTo ? ArrayPool<byte>.Shared.Rent(size) : GC.AllocateUninitializedArray<byte>(size);

    private static void Give(byte[] buffer)
    {
        // The pool's arrays of up to PooledUpTo bytes are the only ones this length can come from.
        if (buffer.Length <= PooledUpTo)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static AlliancesJsonException NotAnObject() =>
        AlliancesJsonException.At(Validation.Rules.JsonShape, LocalizedText.Message("A document is a JSON object; got null.", "Un document est un objet JSON\u202F; reçu null."), "$");
}
