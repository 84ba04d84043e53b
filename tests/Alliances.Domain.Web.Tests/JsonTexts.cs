using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Alliances.Domain.Web.Tests;

/// <summary>What the tests do with JSON text.</summary>
public static partial class JsonTexts
{
    /// <summary>
    /// Writes JSON text again, compact, with every string escaped as <paramref name="encoder"/> escapes it: the text
    /// a serializer with that encoder writes for the same values. Numbers keep their text.
    /// </summary>
    public static string ReEncode(string json, JavaScriptEncoder encoder)
    {
        using var document = JsonDocument.Parse(json);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = encoder }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Whether two JSON texts hold the same values, however their strings are escaped.</summary>
    public static bool SameValues(string left, string right)
    {
        using var a = JsonDocument.Parse(left);
        using var b = JsonDocument.Parse(right);
        return JsonElement.DeepEquals(a.RootElement, b.RootElement);
    }

    /// <summary>
    /// Replaces the value of ASP.NET Core's <c>traceId</c> extension, which differs on every request, by <c>…</c>:
    /// the rest of a problem's text can then be compared exactly.
    /// </summary>
    public static string WithoutTraceId(string json) => TraceId().Replace(json, "\"traceId\":\"…\"");

    [GeneratedRegex("\"traceId\":\"[^\"]+\"")]
    private static partial Regex TraceId();
}
