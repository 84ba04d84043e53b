using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

public readonly partial struct Percentage : ISpanParsable<Percentage>
{
    /// <summary>
    /// Parses the text that <see cref="ToString()"/> writes, such as <c>81%</c> or <c>12.5%</c>, or the bare number of
    /// points, such as <c>81</c>.
    /// </summary>
    /// <param name="text">The text: a culture-invariant number of points, optionally followed by <c>%</c>.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a number, optionally followed by <c>%</c>.</exception>
    /// <exception cref="RuleViolationException">The number is outside 0–100 (PCT001).</exception>
    public static Percentage Parse(string text) => Parse(text, provider: null);

    /// <summary>
    /// Parses the text that <see cref="ToString()"/> writes, such as <c>81%</c> or <c>12.5%</c>, or the bare number of
    /// points, such as <c>81</c>. The text form is culture-invariant, so the provider is ignored.
    /// </summary>
    /// <param name="s">The text: a culture-invariant number of points, optionally followed by <c>%</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a number, optionally followed by <c>%</c>.</exception>
    /// <exception cref="RuleViolationException">The number is outside 0–100 (PCT001).</exception>
    public static Percentage Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>
    /// Parses the characters that <see cref="ToString()"/> writes, such as <c>81%</c> or <c>12.5%</c>, or the bare
    /// number of points, such as <c>81</c>. The text form is culture-invariant, so the provider is ignored.
    /// </summary>
    /// <param name="s">The characters: a culture-invariant number of points, optionally followed by <c>%</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="FormatException">The text is not a number, optionally followed by <c>%</c>.</exception>
    /// <exception cref="RuleViolationException">The number is outside 0–100 (PCT001).</exception>
    public static Percentage Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryRead(s, out var points)
            ? new Percentage(points)
            : throw new FormatException($"A percentage is written as a number of points, optionally followed by '%', such as '81%' or '81'; got '{MessageText.Quote(s)}'.");

    /// <summary>
    /// Tries to parse the text that <see cref="ToString()"/> writes, such as <c>81%</c>, or the bare number of points,
    /// such as <c>81</c>. Never throws. The provider is ignored.
    /// </summary>
    /// <param name="s">The text, possibly null.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The percentage, or 0 % when the text is not one.</param>
    /// <returns>
    /// <see langword="true"/> when the text is a percentage; <see langword="false"/> when it is null, malformed or
    /// outside 0–100.
    /// </returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Percentage result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), provider, out result);
    }

    /// <summary>
    /// Tries to parse the characters that <see cref="ToString()"/> writes, such as <c>81%</c>, or the bare number of
    /// points, such as <c>81</c>. Never throws. The provider is ignored.
    /// </summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The percentage, or 0 % when the text is not one.</param>
    /// <returns><see langword="true"/> when the text is a percentage; <see langword="false"/> when it is malformed or outside 0–100.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Percentage result)
    {
        if (TryRead(s, out var points) && InRange(points))
        {
            result = new Percentage(points);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>
    /// Reads a number of points without sign or spaces, optionally followed by <c>%</c>; whether it lies in 0–100 is the
    /// constructor's rule.
    /// </summary>
    private static bool TryRead(ReadOnlySpan<char> text, out double points)
    {
        var number = text.EndsWith('%') ? text[..^1] : text;

        // The exponent is allowed because ToString writes the smallest shares that way (1E-05%). A number starts with a
        // digit or a point, which keeps out the NaN and infinity symbols that double parsing accepts in any style.
        points = 0;
        return !number.IsEmpty
            && (char.IsAsciiDigit(number[0]) || number[0] == '.')
            && !TextForms.HasNul(number)
            && double.TryParse(number, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out points);
    }
}
