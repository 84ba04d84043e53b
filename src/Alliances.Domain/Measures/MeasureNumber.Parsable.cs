using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

public readonly partial struct MeasureNumber : ISpanParsable<MeasureNumber>
{
    /// <summary>Parses the text that <see cref="ToString()"/> writes: a whole number in ASCII digits, such as <c>9</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The measure number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a whole number in ASCII digits without sign or spaces.</exception>
    /// <exception cref="RuleViolationException">The number is below 1 (MEA001) or above 999 (MEA010).</exception>
    public static MeasureNumber Parse(string text) => Parse(text, provider: null);

    /// <summary>
    /// Parses the text that <see cref="ToString()"/> writes: a whole number in ASCII digits, such as <c>9</c>. The
    /// text form is culture-invariant, so the provider is ignored.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The measure number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a whole number in ASCII digits without sign or spaces.</exception>
    /// <exception cref="RuleViolationException">The number is below 1 (MEA001) or above 999 (MEA010).</exception>
    public static MeasureNumber Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>
    /// Parses the characters that <see cref="ToString()"/> writes: a whole number in ASCII digits, such as <c>9</c>.
    /// The text form is culture-invariant, so the provider is ignored.
    /// </summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The measure number.</returns>
    /// <exception cref="FormatException">The text is not a whole number in ASCII digits without sign or spaces.</exception>
    /// <exception cref="RuleViolationException">The number is below 1 (MEA001) or above 999 (MEA010).</exception>
    public static MeasureNumber Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryRead(s, out var value)
            ? new MeasureNumber(value)
            : throw new FormatException($"A measure number is written as a whole number in ASCII digits, such as '9'; got '{MessageText.Quote(s)}'.");

    /// <summary>
    /// Tries to parse the text that <see cref="ToString()"/> writes: a whole number from 1 to 999 in ASCII digits, such
    /// as <c>9</c>. Never throws. The provider is ignored.
    /// </summary>
    /// <param name="s">The text, possibly null.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The measure number, or <c>default</c> when the text is not one.</param>
    /// <returns>
    /// <see langword="true"/> when the text is a measure number; <see langword="false"/> when it is null, malformed or
    /// outside 1–999.
    /// </returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out MeasureNumber result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), provider, out result);
    }

    /// <summary>
    /// Tries to parse the characters that <see cref="ToString()"/> writes: a whole number from 1 to 999 in ASCII
    /// digits, such as <c>9</c>. Never throws. The provider is ignored.
    /// </summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The measure number, or <c>default</c> when the text is not one.</param>
    /// <returns><see langword="true"/> when the text is a measure number; <see langword="false"/> when it is malformed or outside 1–999.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out MeasureNumber result)
    {
        if (TryRead(s, out var value) && IsNumber(value))
        {
            result = new MeasureNumber(value);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Reads a whole number without sign or spaces; whether it is a measure number is the constructor's rule.</summary>
    private static bool TryRead(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        return !TextForms.HasNul(text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
