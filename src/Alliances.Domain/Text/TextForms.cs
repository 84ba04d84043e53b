using System.Text;

namespace Alliances.Domain;

/// <summary>
/// What the values with a text form share when they parse and format: each has one culture-invariant form, asked for
/// with a null or empty format.
/// </summary>
internal static class TextForms
{
    /// <summary>Throws unless the format is null or empty, the only format of a value with one text form.</summary>
    /// <param name="format">The format asked for.</param>
    /// <param name="what">The kind of value, as a sentence starts it: "A measure number".</param>
    internal static void RequireDefault(ReadOnlySpan<char> format, string what)
    {
        if (!format.IsEmpty)
        {
            throw new FormatException($"{what} has one text form, asked for with a null or empty format; got the format '{Validation.MessageText.Quote(format)}'.");
        }
    }

    /// <summary>
    /// Determines whether a text holds a NUL character: the BCL's number parsing accepts trailing NULs, a leftover of
    /// C strings, and no text form here has one.
    /// </summary>
    internal static bool HasNul(ReadOnlySpan<char> text) => text.Contains('\0');

    /// <summary>Copies a text to a destination if it fits.</summary>
    internal static bool TryCopy(string text, Span<char> destination, out int charsWritten)
    {
        if (text.TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>Writes a text as UTF-8 to a destination if it fits.</summary>
    internal static bool TryCopyUtf8(string text, Span<byte> utf8Destination, out int bytesWritten)
    {
        if (Encoding.UTF8.TryGetBytes(text, utf8Destination, out bytesWritten))
        {
            return true;
        }

        bytesWritten = 0;
        return false;
    }
}
