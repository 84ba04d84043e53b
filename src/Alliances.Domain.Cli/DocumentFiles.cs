using System.Text.Json;

namespace Alliances.Domain.Cli;

/// <summary>Reads the document files the commands are given.</summary>
internal static class DocumentFiles
{
    /// <summary>Reads a file, or explains why it cannot be read.</summary>
    internal static bool TryRead(string path, TextWriter error, out byte[] bytes)
    {
        try
        {
            bytes = File.ReadAllBytes(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"alliances: cannot read '{path}': {e.Message}");
            bytes = [];
            return false;
        }
    }

    /// <summary>Finds the <c>kind</c> a document says it is, without reading the rest; null when it says none.</summary>
    internal static string? KindOf(byte[] utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8.AsSpan().StartsWith("\uFEFF"u8) ? utf8.AsSpan(3) : utf8);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isKind = reader.ValueTextEquals("kind"u8);
                reader.Read();
                if (isKind && reader.TokenType == JsonTokenType.String)
                {
                    return reader.GetString();
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Malformed: the reader of either kind will say where.
        }

        return null;
    }
}
