using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using System.Globalization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>
/// A text in French, the language of the source, with an optional English translation.
/// </summary>
/// <remarks>
/// <para>
/// Titles and names taken from the source document are kept verbatim in <see cref="French"/>, including its
/// typographic apostrophes (’), guillemets (« ») and the non-breaking spaces it puts inside them.
/// </para>
/// <para>
/// Lookup by language or culture falls back to French when no English is given. Equality is ordinal on both sides;
/// there is no ordering. Instances are immutable.
/// </para>
/// </remarks>
[JsonConverter(typeof(LocalizedTextJsonConverter))]
public sealed record LocalizedText
{
    /// <summary>Initializes a new localized text.</summary>
    /// <param name="french">The French text; required and not blank (rule TXT001).</param>
    /// <param name="english">The English text, or <see langword="null"/> when there is no translation; when given, not blank (rule TXT002).</param>
    /// <exception cref="ArgumentNullException"><paramref name="french"/> is null.</exception>
    /// <exception cref="RuleViolationException"><paramref name="french"/> or <paramref name="english"/> is blank (TXT001, TXT002), or holds a lone surrogate (TXT003).</exception>
    public LocalizedText(string french, string? english = null)
    {
        French = Guard.Text(french, "The French side of a localized text", "Le texte français d’un texte bilingue");
        Guard.Require(
            english is null || !Guard.IsBlank(english),
            Rules.EnglishTextNotBlank,
            "The English side of a localized text is either absent or not blank.",
            "Le texte anglais d’un texte bilingue est absent ou non vide.",
            nameof(english));
        English = english is null ? null : Guard.WellFormed(english, "The English side of a localized text", "Le texte anglais d’un texte bilingue", nameof(english));
    }

    /// <summary>Initializes a text the library writes itself, with no check: a message that quotes input as it is.</summary>
    private LocalizedText(string french, string english, bool trusted)
    {
        _ = trusted;
        French = french;
        English = english;
    }

    /// <summary>Gets the French text, verbatim from the source where it comes from there.</summary>
    public string French { get; }

    /// <summary>Gets the English text, or <see langword="null"/> when there is no translation.</summary>
    public string? English { get; }

    /// <summary>Gets the text in a language, falling back to French when the language is missing.</summary>
    /// <param name="language">The language wanted.</param>
    /// <returns>The text.</returns>
    public string Get(Language language) => language == Language.English && English is not null ? English : French;

    /// <summary>
    /// Gets the text for a culture: English for any English culture (<c>en</c>, <c>en-GB</c>, …) when a translation
    /// exists, French otherwise.
    /// </summary>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The text.</returns>
    public string Get(CultureInfo? culture) => Get(LanguageOf(culture ?? CultureInfo.CurrentUICulture));

    /// <summary>Returns the French text.</summary>
    /// <returns>The French text.</returns>
    public override string ToString() => French;

    /// <summary>
    /// Builds a message of the library in both languages with no check: a rule message quotes input as it is, which
    /// may be blank or hold a lone surrogate, and refusing it there would hide the violation it reports.
    /// </summary>
    internal static LocalizedText Message(string english, string french) => new(french, english, trusted: true);

    private static Language LanguageOf(CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "en", StringComparison.OrdinalIgnoreCase)
            ? Language.English
            : Language.French;
}
