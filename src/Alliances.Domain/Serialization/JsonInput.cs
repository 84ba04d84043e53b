using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Alliances.Domain.Serialization;

/// <summary>Reads a whole document into a wire record through System.Text.Json, from a string, UTF-8 bytes or a stream.</summary>
internal static class JsonInput
{
    /// <summary>Runs a reader over the UTF-8 bytes of a string.</summary>
    internal static T FromString<T>(string json, SpanReader<T> read)
    {
        ArgumentNullException.ThrowIfNull(json);
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, rented);
            return read(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Reads a document from UTF-8 bytes, after a byte-order mark if there is one.</summary>
    internal static T Read<T>(ReadOnlySpan<byte> utf8, JsonTypeInfo<T> typeInfo)
        where T : class
    {
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

    /// <summary>Reads a document from a stream; System.Text.Json skips a byte-order mark.</summary>
    internal static async ValueTask<T> ReadAsync<T>(Stream utf8, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(utf8);
        try
        {
            return await JsonSerializer.DeserializeAsync(utf8, typeInfo, cancellationToken).ConfigureAwait(false) ?? throw NotAnObject();
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

    /// <summary>Skips a UTF-8 byte-order mark.</summary>
    internal static ReadOnlySpan<byte> SkipBom(ReadOnlySpan<byte> utf8) =>
        utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;

    private static AlliancesJsonException NotAnObject() =>
        AlliancesJsonException.At(Validation.Rules.JsonShape, "A document is a JSON object; got null.", "$");
}
