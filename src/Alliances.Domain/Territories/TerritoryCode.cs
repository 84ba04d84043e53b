using Alliances.Domain.Serialization;
using System.Buffers;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>
/// The code a territory is known by, such as the INSEE code of a département (<c>75</c>, <c>2A</c>, <c>971</c>) or a
/// region's code (<c>FR-IDF</c>): 1 to 16 ASCII letters, digits or hyphens (rule TER001).
/// </summary>
/// <remarks>
/// <para>
/// Every code built by the constructor or a parse is valid (rule TER001). <c>default(TerritoryCode)</c> is not a code:
/// its <see cref="Value"/> and <see cref="ToString()"/> are the empty string, which no parse reads back. Every member
/// that requires a code (<see cref="Territory"/>, <see cref="Progress.TerritoryWeight"/>) refuses it with TER001, and
/// the JSON converter refuses to write it, so it never reaches a document.
/// </para>
/// <para>
/// Equality and ordering are ordinal, case included: <c>2A</c> and <c>2a</c> are two codes, and <c>13</c> sorts
/// before <c>2A</c>, which sorts before <c>59</c>. <c>default</c> equals only itself and sorts before every code.
/// </para>
/// <para>
/// The text form is the code itself, culture-invariant: <c>2A</c>. <see cref="ToString()"/> and every formatting
/// interface write it; the constructor, <see cref="Parse(string, IFormatProvider?)"/> and
/// <see cref="TryParse(string?, IFormatProvider?, out TerritoryCode)"/> read it back, so that web apps can bind a
/// territory code from a route or a query.
/// </para>
/// </remarks>
[JsonConverter(typeof(TerritoryCodeJsonConverter))]
public readonly partial struct TerritoryCode : IEquatable<TerritoryCode>, IComparable<TerritoryCode>, IComparable
{
    /// <summary>The longest code allowed.</summary>
    private const int MaximumLength = 16;

    private static readonly SearchValues<char> CodeChars = SearchValues.Create("-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    // Null only in default(TerritoryCode), which holds no code.
    private readonly string? _value;

    /// <summary>Initializes a new territory code.</summary>
    /// <param name="value">The code: 1 to 16 ASCII letters, digits or hyphens, such as <c>2A</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="RuleViolationException"><paramref name="value"/> is not 1 to 16 ASCII letters, digits or hyphens (TER001).</exception>
    public TerritoryCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = IsCode(value) ? value : throw NotACode(value, nameof(value));
    }

    /// <summary>Gets the code, such as <c>2A</c>; the empty string for <c>default(TerritoryCode)</c>, which holds no code.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Converts a text to a territory code.</summary>
    /// <param name="value">The code: 1 to 16 ASCII letters, digits or hyphens.</param>
    /// <returns>The territory code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="RuleViolationException"><paramref name="value"/> is not 1 to 16 ASCII letters, digits or hyphens (TER001).</exception>
    public static explicit operator TerritoryCode(string value) => new(value);

    /// <summary>Converts a territory code to its text; <c>default(TerritoryCode)</c> gives the empty string.</summary>
    /// <param name="code">The territory code.</param>
    /// <returns>The code as text.</returns>
    public static implicit operator string(TerritoryCode code) => code.Value;

    /// <summary>Determines whether two territory codes are equal, ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(TerritoryCode left, TerritoryCode right) => left.Equals(right);

    /// <summary>Determines whether two territory codes differ, ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(TerritoryCode left, TerritoryCode right) => !left.Equals(right);

    /// <summary>Determines whether a territory code sorts before another, ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(TerritoryCode left, TerritoryCode right) => left.CompareTo(right) < 0;

    /// <summary>Determines whether a territory code sorts before another or equals it, ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(TerritoryCode left, TerritoryCode right) => left.CompareTo(right) <= 0;

    /// <summary>Determines whether a territory code sorts after another, ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(TerritoryCode left, TerritoryCode right) => left.CompareTo(right) > 0;

    /// <summary>Determines whether a territory code sorts after another or equals it, ordinally.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(TerritoryCode left, TerritoryCode right) => left.CompareTo(right) >= 0;

    /// <summary>Converts a text to a territory code; the named alternative to the explicit conversion.</summary>
    /// <param name="value">The code: 1 to 16 ASCII letters, digits or hyphens.</param>
    /// <returns>The territory code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="RuleViolationException"><paramref name="value"/> is not 1 to 16 ASCII letters, digits or hyphens (TER001).</exception>
    public static TerritoryCode FromString(string value) => new(value);

    /// <inheritdoc/>
    public bool Equals(TerritoryCode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TerritoryCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : string.GetHashCode(_value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public int CompareTo(TerritoryCode other) => string.CompareOrdinal(_value, other._value);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        TerritoryCode other => CompareTo(other),
        _ => throw new ArgumentException("A territory code compares only with another territory code.", nameof(obj)),
    };

    /// <summary>
    /// Returns the code, such as <c>2A</c>: the text form that <see cref="Parse(string, IFormatProvider?)"/> reads;
    /// the empty string for <c>default(TerritoryCode)</c>.
    /// </summary>
    /// <returns>The code.</returns>
    public override string ToString() => Value;

    /// <summary>Checks that a code required by a member is one, not <c>default</c> (rule TER001).</summary>
    internal static TerritoryCode Require(TerritoryCode code, string paramName)
    {
        Guard.Require(code._value is not null, Rules.TerritoryCodeFormat, "A territory code is required; got default(TerritoryCode), which holds none.", "Un code de territoire est requis\u202F; default(TerritoryCode) n’en contient aucun.", paramName);
        return code;
    }

    /// <summary>Gets the code to write in a document, which has no form for <c>default</c>: the empty text would break TER001 when read.</summary>
    internal string Written =>
        _value ?? throw new ArgumentException("default(TerritoryCode) holds no territory code, and a document has no form for it.", "value");

    /// <summary>Builds the exception for a text that is not a code, for callers that throw it or wrap it.</summary>
    private static RuleViolationException NotACode(string text, string paramName) =>
        Guard.Fail(Rules.TerritoryCodeFormat, $"A territory code is 1 to {MaximumLength} ASCII letters, digits or hyphens; got '{MessageText.Quote(text)}'.", $"Un code de territoire compte 1 à {MaximumLength} lettres ASCII, chiffres ou traits d’union\u202F; valeur reçue\u00A0: '{MessageText.Quote(text)}'.", paramName);

    /// <summary>Determines whether a text is a territory code: 1 to 16 ASCII letters, digits or hyphens (rule TER001).</summary>
    private static bool IsCode(ReadOnlySpan<char> text) => text.Length is >= 1 and <= MaximumLength && !text.ContainsAnyExcept(CodeChars);
}
