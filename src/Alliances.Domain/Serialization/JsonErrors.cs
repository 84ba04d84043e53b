using System.Globalization;
using System.Text.Json;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Serialization;

/// <summary>Builds the <see cref="JsonException"/> of every reading failure: a code, the path, the line and the position.</summary>
internal static class JsonErrors
{
    /// <summary>Builds the exception for a failure at a byte offset of the document.</summary>
    internal static JsonException At(ReadOnlySpan<byte> utf8, long offset, string path, Rule rule, string message, Exception? inner = null)
    {
        var (line, position) = Locate(utf8, offset);
        return Create(rule, message, path, line, position, inner);
    }

    /// <summary>Builds the exception, with a message that names the code, the path, the line and the position.</summary>
    internal static JsonException Create(Rule rule, string message, string path, long? line, long? position, Exception? inner)
    {
        var where = line is null
            ? $" Path: {path}."
            : string.Create(CultureInfo.InvariantCulture, $" Path: {path} | LineNumber: {line} | BytePositionInLine: {position}.");
        var exception = new JsonException($"{rule.Code}: {message}{where}", path, line, position, inner);
        exception.Data["RuleCode"] = rule.Code;
        return exception;
    }

    /// <summary>Gets the rule code a reading failure carries.</summary>
    internal static string? CodeOf(JsonException exception) => exception.Data["RuleCode"] as string;

    /// <summary>Works out the 0-based line and byte position in the line of a byte offset.</summary>
    internal static (long Line, long Position) Locate(ReadOnlySpan<byte> utf8, long offset)
    {
        var end = (int)Math.Clamp(offset, 0, utf8.Length);
        var before = utf8[..end];
        long line = before.Count((byte)'\n');
        var lastNewline = before.LastIndexOf((byte)'\n');
        return (line, end - lastNewline - 1);
    }

    /// <summary>
    /// Finds the byte offset of the value at a JSON path that the reader produced (<c>$.reports[12].date</c>), by
    /// reading the document again; used only when a rule across parts fails, so the happy path stores no positions.
    /// </summary>
    internal static long FindOffset(ReadOnlySpan<byte> utf8, string path)
    {
        var segments = ParsePath(path);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 64 });
        long best = 0;
        if (!reader.Read())
        {
            return 0;
        }

        foreach (var segment in segments)
        {
            if (segment.Name is { } name)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    return best;
                }

                var found = false;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals(name))
                    {
                        reader.Read();
                        found = true;
                        break;
                    }

                    reader.Read();
                    reader.Skip();
                }

                if (!found)
                {
                    return best;
                }
            }
            else
            {
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    return best;
                }

                reader.Read();
                for (var i = 0; i < segment.Index && reader.TokenType != JsonTokenType.EndArray; i++)
                {
                    reader.Skip();
                    reader.Read();
                }

                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    return best;
                }
            }

            best = reader.TokenStartIndex;
        }

        return best;
    }

    private static List<(string? Name, int Index)> ParsePath(string path)
    {
        var segments = new List<(string? Name, int Index)>();
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add((path[(i + 1)..end], -1));
                i = end;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                segments.Add((null, int.Parse(path.AsSpan(i + 1, end - i - 1), CultureInfo.InvariantCulture)));
                i = end + 1;
            }
            else
            {
                break;
            }
        }

        return segments;
    }
}
