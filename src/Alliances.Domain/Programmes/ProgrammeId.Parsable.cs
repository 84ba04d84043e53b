using System.Diagnostics.CodeAnalysis;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

public sealed partial record ProgrammeId : ISpanParsable<ProgrammeId>
{
    /// <summary>
    /// Parses the text that <see cref="ToString()"/> writes: a slug of lowercase ASCII letters, digits and single inner
    /// hyphens, 1 to 64 characters, such as <c>odd17-2020</c>. The provider is ignored.
    /// </summary>
    /// <remarks>
    /// A slug is all there is to the text form, so a text that is not one is malformed: the
    /// <see cref="FormatException"/> carries the constructor's <see cref="RuleViolationException"/> (IDS001) as its
    /// inner exception.
    /// </remarks>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a slug (IDS001).</exception>
    public static ProgrammeId Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Identifiers.IsSlug(s) ? new ProgrammeId(s) : throw NotASlug(s);
    }

    /// <summary>
    /// Parses the characters that <see cref="ToString()"/> writes: a slug of lowercase ASCII letters, digits and single
    /// inner hyphens, 1 to 64 characters, such as <c>odd17-2020</c>. The provider is ignored.
    /// </summary>
    /// <remarks>
    /// The <see cref="FormatException"/> for a text that is not a slug carries the constructor's
    /// <see cref="RuleViolationException"/> (IDS001) as its inner exception.
    /// </remarks>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException">The text is not a slug (IDS001).</exception>
    public static ProgrammeId Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        Identifiers.IsSlug(s) ? new ProgrammeId(s.ToString()) : throw NotASlug(s.ToString());

    /// <summary>
    /// Tries to parse the text that <see cref="ToString()"/> writes: a slug such as <c>odd17-2020</c>. Never throws.
    /// The provider is ignored.
    /// </summary>
    /// <param name="s">The text, possibly null.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The identifier, or null when the text is not a slug.</param>
    /// <returns><see langword="true"/> when the text is a slug; <see langword="false"/> when it is null or not a slug.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out ProgrammeId result)
    {
        result = s is not null && Identifiers.IsSlug(s) ? new ProgrammeId(s) : null;
        return result is not null;
    }

    /// <summary>
    /// Tries to parse the characters that <see cref="ToString()"/> writes: a slug such as <c>odd17-2020</c>. Never
    /// throws. The provider is ignored.
    /// </summary>
    /// <param name="s">The characters.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The identifier, or null when the text is not a slug.</param>
    /// <returns><see langword="true"/> when the text is a slug; <see langword="false"/> otherwise.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out ProgrammeId result)
    {
        result = Identifiers.IsSlug(s) ? new ProgrammeId(s.ToString()) : null;
        return result is not null;
    }

    /// <summary>Builds the exception for a text that is not a slug, with the rule it breaks inside.</summary>
    private static FormatException NotASlug(string text) =>
        new(
            $"A programme identifier is written as a slug of lowercase ASCII letters, digits and single inner hyphens, 1 to {Identifiers.MaximumLength} characters, such as 'odd17-2020'; got '{MessageText.Quote(text)}'.",
            Identifiers.NotASlug(text, "s"));
}
