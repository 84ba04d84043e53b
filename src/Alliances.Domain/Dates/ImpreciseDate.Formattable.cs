
namespace Alliances.Domain;

public abstract partial record ImpreciseDate : ISpanFormattable, IUtf8SpanFormattable
{
    private const string What = "An imprecise date";

    /// <summary>
    /// Formats the date in its one text form, EDTF as <see cref="ToEdtf"/> writes it: <c>2020-06?</c>. Unlike
    /// <see cref="ToString()"/>, which writes natural English for people, this is what string interpolation, composite
    /// formatting and web frameworks write, and what <see cref="Parse(string, IFormatProvider?)"/> reads back.
    /// </summary>
    /// <param name="format">Null or empty: the type has one text form.</param>
    /// <param name="formatProvider">Ignored: the text form is culture-invariant.</param>
    /// <returns>The EDTF text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is neither null nor empty.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        TextForms.RequireDefault(format, What);
        return ToEdtf();
    }

    /// <summary>Writes the date in its one text form, EDTF as <see cref="ToEdtf"/> writes it: <c>2020-06?</c>.</summary>
    /// <param name="destination">Where to write the characters.</param>
    /// <param name="charsWritten">The number of characters written, or 0 when they do not fit.</param>
    /// <param name="format">Empty: the type has one text form.</param>
    /// <param name="provider">Ignored: the text form is culture-invariant.</param>
    /// <returns><see langword="true"/> when the text fits in <paramref name="destination"/>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not empty.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        TextForms.RequireDefault(format, What);
        return TextForms.TryCopy(ToEdtf(), destination, out charsWritten);
    }

    /// <summary>Writes the date in its one text form as UTF-8, EDTF as <see cref="ToEdtf"/> writes it: <c>2020-06?</c>.</summary>
    /// <param name="utf8Destination">Where to write the bytes.</param>
    /// <param name="bytesWritten">The number of bytes written, or 0 when they do not fit.</param>
    /// <param name="format">Empty: the type has one text form.</param>
    /// <param name="provider">Ignored: the text form is culture-invariant.</param>
    /// <returns><see langword="true"/> when the text fits in <paramref name="utf8Destination"/>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not empty.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        TextForms.RequireDefault(format, What);
        return TextForms.TryCopyUtf8(ToEdtf(), utf8Destination, out bytesWritten);
    }
}
