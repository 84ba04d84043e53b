using System.Globalization;
using System.Text.Unicode;

namespace Alliances.Domain;

public readonly partial struct EffectHorizon : ISpanFormattable, IUtf8SpanFormattable
{
    private const string What = "An effect horizon";

    /// <summary>Formats the horizon in its one text form, <c>min..max</c> in months: <c>3..9</c>, as <see cref="ToString()"/> does.</summary>
    /// <param name="format">Null or empty: the type has one text form.</param>
    /// <param name="formatProvider">Ignored: the text form is culture-invariant.</param>
    /// <returns>The horizon as text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is neither null nor empty.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        TextForms.RequireDefault(format, What);
        return ToString();
    }

    /// <summary>Writes the horizon in its one text form, <c>min..max</c> in months: <c>3..9</c>.</summary>
    /// <param name="destination">Where to write the characters.</param>
    /// <param name="charsWritten">The number of characters written, or 0 when they do not fit.</param>
    /// <param name="format">Empty: the type has one text form.</param>
    /// <param name="provider">Ignored: the text form is culture-invariant.</param>
    /// <returns><see langword="true"/> when the text fits in <paramref name="destination"/>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not empty.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        TextForms.RequireDefault(format, What);
        return destination.TryWrite(CultureInfo.InvariantCulture, $"{MinimumMonths}..{MaximumMonths}", out charsWritten);
    }

    /// <summary>Writes the horizon in its one text form as UTF-8, <c>min..max</c> in months: <c>3..9</c>.</summary>
    /// <param name="utf8Destination">Where to write the bytes.</param>
    /// <param name="bytesWritten">The number of bytes written, or 0 when they do not fit.</param>
    /// <param name="format">Empty: the type has one text form.</param>
    /// <param name="provider">Ignored: the text form is culture-invariant.</param>
    /// <returns><see langword="true"/> when the text fits in <paramref name="utf8Destination"/>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not empty.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        TextForms.RequireDefault(format, What);
        return Utf8.TryWrite(utf8Destination, CultureInfo.InvariantCulture, $"{MinimumMonths}..{MaximumMonths}", out bytesWritten);
    }
}
