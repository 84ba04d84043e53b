namespace Alliances.Domain.Serialization;

/// <summary>Reads a value from UTF-8 bytes.</summary>
internal delegate T SpanReader<out T>(ReadOnlySpan<byte> utf8);
