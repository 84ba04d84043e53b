using System.Globalization;

namespace Alliances.Domain;

public readonly partial struct Percentage : ISpanFormattable, IUtf8SpanFormattable
{
    private const string What = "A percentage";

    /// <summary>Formats the percentage in its one text form, the points followed by <c>%</c>: <c>81%</c>, as <see cref="ToString()"/> does.</summary>
    /// <param name="format">Null or empty: the type has one text form.</param>
    /// <param name="formatProvider">Ignored: the text form is culture-invariant.</param>
    /// <returns>The percentage as text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is neither null nor empty.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        TextForms.RequireDefault(format, What);
        return ToString();
    }

    /// <summary>Writes the percentage in its one text form, the points followed by <c>%</c>: <c>81%</c>.</summary>
    /// <param name="destination">Where to write the characters.</param>
    /// <param name="charsWritten">The number of characters written, or 0 when they do not fit.</param>
    /// <param name="format">Empty: the type has one text form.</param>
    /// <param name="provider">Ignored: the text form is culture-invariant.</param>
    /// <returns><see langword="true"/> when the text fits in <paramref name="destination"/>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not empty.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        TextForms.RequireDefault(format, What);
        if (Points.TryFormat(destination, out var written, "R", CultureInfo.InvariantCulture) && written < destination.Length)
        {
            destination[written] = '%';
            charsWritten = written + 1;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>Writes the percentage in its one text form as UTF-8, the points followed by <c>%</c>: <c>81%</c>.</summary>
    /// <param name="utf8Destination">Where to write the bytes.</param>
    /// <param name="bytesWritten">The number of bytes written, or 0 when they do not fit.</param>
    /// <param name="format">Empty: the type has one text form.</param>
    /// <param name="provider">Ignored: the text form is culture-invariant.</param>
    /// <returns><see langword="true"/> when the text fits in <paramref name="utf8Destination"/>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not empty.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        TextForms.RequireDefault(format, What);
        if (Points.TryFormat(utf8Destination, out var written, "R", CultureInfo.InvariantCulture) && written < utf8Destination.Length)
        {
            utf8Destination[written] = (byte)'%';
            bytesWritten = written + 1;
            return true;
        }

        bytesWritten = 0;
        return false;
    }
}
