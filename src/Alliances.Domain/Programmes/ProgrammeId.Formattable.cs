
namespace Alliances.Domain;

public sealed partial record ProgrammeId : ISpanFormattable, IUtf8SpanFormattable
{
    private const string What = "A programme identifier";

    /// <summary>Formats the identifier in its one text form, the slug: <c>odd17-2020</c>, as <see cref="ToString()"/> does.</summary>
    /// <param name="format">Null or empty: the type has one text form.</param>
    /// <param name="formatProvider">Ignored: the text form is culture-invariant.</param>
    /// <returns>The slug.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is neither null nor empty.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        TextForms.RequireDefault(format, What);
        return Value;
    }

    /// <summary>Writes the identifier in its one text form, the slug: <c>odd17-2020</c>.</summary>
    /// <param name="destination">Where to write the characters.</param>
    /// <param name="charsWritten">The number of characters written, or 0 when they do not fit.</param>
    /// <param name="format">Empty: the type has one text form.</param>
    /// <param name="provider">Ignored: the text form is culture-invariant.</param>
    /// <returns><see langword="true"/> when the slug fits in <paramref name="destination"/>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not empty.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        TextForms.RequireDefault(format, What);
        return TextForms.TryCopy(Value, destination, out charsWritten);
    }

    /// <summary>Writes the identifier in its one text form as UTF-8, the slug: <c>odd17-2020</c>.</summary>
    /// <param name="utf8Destination">Where to write the bytes.</param>
    /// <param name="bytesWritten">The number of bytes written, or 0 when they do not fit.</param>
    /// <param name="format">Empty: the type has one text form.</param>
    /// <param name="provider">Ignored: the text form is culture-invariant.</param>
    /// <returns><see langword="true"/> when the slug fits in <paramref name="utf8Destination"/>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not empty.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        TextForms.RequireDefault(format, What);
        return TextForms.TryCopyUtf8(Value, utf8Destination, out bytesWritten);
    }
}
