using System.Diagnostics.CodeAnalysis;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

public readonly partial struct TerritoryCode : ISpanParsable<TerritoryCode>
{
    /// <summary>
    /// Parses the text that <see cref="ToString()"/> writes: 1 to 16 ASCII letters, digits or hyphens, such as
    /// <c>2A</c>.
    /// </summary>
    /// <remarks>
    /// The code is all there is to the text form, so a text that is not one is malformed: the
    /// <see cref="FormatException"/> carries the constructor's <see cref="RuleViolationException"/> (TER001) as its
    /// inner exception.
    /// </remarks>
    /// <param name="text">The text.</param>
    /// <returns>The territory code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a territory code (TER001).</exception>
    public static TerritoryCode Parse(string text) => Parse(text, provider: null);

    /// <summary>
    /// Parses the text that <see cref="ToString()"/> writes: 1 to 16 ASCII letters, digits or hyphens, such as
    /// <c>2A</c>. The text form is culture-invariant, so the provider is ignored.
    /// </summary>
    /// <remarks>
    /// The <see cref="FormatException"/> for a text that is not a code carries the constructor's
    /// <see cref="RuleViolationException"/> (TER001) as its inner exception.
    /// </remarks>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The territory code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a territory code (TER001).</exception>
    public static TerritoryCode Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return IsCode(s) ? new TerritoryCode(s) : throw NotAFormattedCode(s);
    }

    /// <summary>
    /// Parses the characters that <see cref="ToString()"/> writes: 1 to 16 ASCII letters, digits or hyphens, such as
    /// <c>2A</c>. The text form is culture-invariant, so the provider is ignored.
    /// </summary>
    /// <remarks>
    /// The <see cref="FormatException"/> for a text that is not a code carries the constructor's
    /// <see cref="RuleViolationException"/> (TER001) as its inner exception.
    /// </remarks>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The territory code.</returns>
    /// <exception cref="FormatException">The text is not a territory code (TER001).</exception>
    public static TerritoryCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        IsCode(s) ? new TerritoryCode(s.ToString()) : throw NotAFormattedCode(s.ToString());

    /// <summary>
    /// Tries to parse the text that <see cref="ToString()"/> writes: 1 to 16 ASCII letters, digits or hyphens, such as
    /// <c>2A</c>. Never throws. The provider is ignored.
    /// </summary>
    /// <param name="s">The text, possibly null.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The territory code, or <c>default</c>, which holds no code, when the text is not one.</param>
    /// <returns><see langword="true"/> when the text is a territory code; <see langword="false"/> when it is null or not a code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out TerritoryCode result)
    {
        result = s is not null && IsCode(s) ? new TerritoryCode(s) : default;
        return result._value is not null;
    }

    /// <summary>
    /// Tries to parse the characters that <see cref="ToString()"/> writes: 1 to 16 ASCII letters, digits or hyphens,
    /// such as <c>2A</c>. Never throws. The provider is ignored.
    /// </summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The territory code, or <c>default</c>, which holds no code, when the text is not one.</param>
    /// <returns><see langword="true"/> when the text is a territory code; <see langword="false"/> otherwise.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out TerritoryCode result)
    {
        result = IsCode(s) ? new TerritoryCode(s.ToString()) : default;
        return result._value is not null;
    }

    /// <summary>Builds the exception for a text that is not a code, with the rule it breaks inside.</summary>
    private static FormatException NotAFormattedCode(string text) =>
        new($"A territory code is written as 1 to {MaximumLength} ASCII letters, digits or hyphens, such as '2A'; got '{MessageText.Quote(text)}'.", NotACode(text, "s"));
}
