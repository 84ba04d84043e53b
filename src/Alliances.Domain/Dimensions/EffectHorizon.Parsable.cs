using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

public readonly partial struct EffectHorizon : ISpanParsable<EffectHorizon>
{
    /// <summary>Parses the text that <see cref="ToString()"/> writes: <c>min..max</c> in months, such as <c>3..9</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The horizon.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not two whole numbers separated by <c>..</c>.</exception>
    /// <exception cref="RuleViolationException">The numbers break HOR001 or HOR002.</exception>
    public static EffectHorizon Parse(string text) => Parse(text, provider: null);

    /// <summary>
    /// Parses the text that <see cref="ToString()"/> writes: <c>min..max</c> in months, such as <c>3..9</c>. The text
    /// form is culture-invariant, so the provider is ignored.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The horizon.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not two whole numbers separated by <c>..</c>.</exception>
    /// <exception cref="RuleViolationException">The numbers break HOR001 or HOR002.</exception>
    public static EffectHorizon Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>
    /// Parses the characters that <see cref="ToString()"/> writes: <c>min..max</c> in months, such as <c>3..9</c>. The
    /// text form is culture-invariant, so the provider is ignored.
    /// </summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The horizon.</returns>
    /// <exception cref="FormatException">The text is not two whole numbers separated by <c>..</c>.</exception>
    /// <exception cref="RuleViolationException">The numbers break HOR001 or HOR002.</exception>
    public static EffectHorizon Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryRead(s, out var min, out var max)
            ? new EffectHorizon(min, max)
            : throw new FormatException($"An effect horizon is written as two numbers of months separated by '..', such as '3..9'; got '{MessageText.Quote(s)}'.");

    /// <summary>
    /// Tries to parse the text that <see cref="ToString()"/> writes: <c>min..max</c> in months, such as <c>3..9</c>.
    /// Never throws. The provider is ignored.
    /// </summary>
    /// <param name="s">The text, possibly null.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The horizon, or 0 to 0 months when the text is not one.</param>
    /// <returns>
    /// <see langword="true"/> when the text is a horizon; <see langword="false"/> when it is null, malformed, or breaks
    /// HOR001 or HOR002.
    /// </returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out EffectHorizon result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), provider, out result);
    }

    /// <summary>
    /// Tries to parse the characters that <see cref="ToString()"/> writes: <c>min..max</c> in months, such as
    /// <c>3..9</c>. Never throws. The provider is ignored.
    /// </summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The horizon, or 0 to 0 months when the text is not one.</param>
    /// <returns><see langword="true"/> when the text is a horizon; <see langword="false"/> when it is malformed, or breaks HOR001 or HOR002.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out EffectHorizon result)
    {
        // HOR001 and HOR002 together: both ends 0 or more, the minimum at most the maximum.
        if (TryRead(s, out var min, out var max) && min >= 0 && min <= max)
        {
            result = new EffectHorizon(min, max);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Reads two whole numbers separated by <c>..</c>; whether they make a horizon is the constructor's rule.</summary>
    private static bool TryRead(ReadOnlySpan<char> text, out int min, out int max)
    {
        min = max = 0;
        var separator = text.IndexOf("..");
        // Stryker disable once Equality : a separator at 0 leaves no first number, which int.TryParse refuses anyway
        return separator >= 0
            && !TextForms.HasNul(text)
            && int.TryParse(text[..separator], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out min)
            && int.TryParse(text[(separator + 2)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out max);
    }
}
