using System.Globalization;

namespace Alliances.Domain;

public readonly partial struct MeasureNumber : ISpanFormattable, IUtf8SpanFormattable
{
    private const string What = "A measure number";

    /// <summary>Formats the measure number in its one text form, the number in ASCII digits: <c>9</c>, as <see cref="ToString()"/> does.</summary>
    /// <param name="format">Null or empty: the type has one text form.</param>
    /// <param name="formatProvider">Ignored: the text form is culture-invariant.</param>
    /// <returns>The number as text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is neither null nor empty.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        TextForms.RequireDefault(format, What);
        return ToString();
    }

    /// <summary>Writes the measure number in its one text form, the number in ASCII digits: <c>9</c>.</summary>
    /// <param name="destination">Where to write the characters.</param>
    /// <param name="charsWritten">The number of characters written, or 0 when they do not fit.</param>
    /// <param name="format">Empty: the type has one text form.</param>
    /// <param name="provider">Ignored: the text form is culture-invariant.</param>
    /// <returns><see langword="true"/> when the text fits in <paramref name="destination"/>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not empty.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        TextForms.RequireDefault(format, What);
        return Value.TryFormat(destination, out charsWritten, default, CultureInfo.InvariantCulture);
    }

    /// <summary>Writes the measure number in its one text form as UTF-8, the number in ASCII digits: <c>9</c>.</summary>
    /// <param name="utf8Destination">Where to write the bytes.</param>
    /// <param name="bytesWritten">The number of bytes written, or 0 when they do not fit.</param>
    /// <param name="format">Empty: the type has one text form.</param>
    /// <param name="provider">Ignored: the text form is culture-invariant.</param>
    /// <returns><see langword="true"/> when the text fits in <paramref name="utf8Destination"/>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not empty.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        TextForms.RequireDefault(format, What);
        return Value.TryFormat(utf8Destination, out bytesWritten, default, CultureInfo.InvariantCulture);
    }
}
