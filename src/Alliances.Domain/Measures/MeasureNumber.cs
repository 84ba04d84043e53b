using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using System.Diagnostics;
using System.Globalization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>
/// The number of a measure within its programme: 1 to 999.
/// </summary>
/// <remarks>
/// <para>
/// Any value of the type is valid (rules MEA001, MEA010). The value is stored less one, so <c>default(MeasureNumber)</c> is
/// measure 1, never the invalid 0.
/// </para>
/// <para>
/// Equality and ordering are those of the numbers.
/// </para>
/// <para>
/// The text form is the number in ASCII digits, culture-invariant: <c>9</c>. <see cref="ToString()"/> and every
/// formatting interface write it, and <see cref="Parse(string)"/> and <see cref="TryParse(string?, IFormatProvider?, out MeasureNumber)"/>
/// read it back, so that web apps can bind a measure number from a route or a query.
/// </para>
/// </remarks>
[JsonConverter(typeof(MeasureNumberJsonConverter))]
public readonly partial struct MeasureNumber : IEquatable<MeasureNumber>, IComparable<MeasureNumber>, IComparable
{
    private readonly int _valueLessOne;

    /// <summary>Initializes a new measure number.</summary>
    /// <param name="value">The number, 1 to <see cref="MaximumValue"/>.</param>
    /// <exception cref="RuleViolationException"><paramref name="value"/> is below 1 (MEA001) or above 999 (MEA010).</exception>
    public MeasureNumber(int value)
    {
        if (!IsNumber(value))
        {
            throw OutOfRange(value);
        }

        _valueLessOne = value - 1;
    }

    /// <summary>
    /// The highest measure number, 999 (rule MEA010): a programme of this shape has a few dozen measures, and the bound
    /// keeps what a programme's numbers cost (the check that they run without a gap, the tables of a rollup) in
    /// proportion to the programme.
    /// </summary>
    public const int MaximumValue = 999;

    /// <summary>Gets the number of the measure at an index, 0 or more, of a programme's measures; the index is not checked.</summary>
    internal static MeasureNumber FromIndex(int index)
    {
        Debug.Assert(index >= 0, "A measure index is 0 or more.");
        return new MeasureNumber(index, isIndex: true);
    }

    /// <summary>Initializes the number of the measure at an index, unchecked: the rollups' hot path.</summary>
    private MeasureNumber(int index, bool isIndex)
    {
        Debug.Assert(isIndex, "This constructor takes an index.");
        _valueLessOne = index;
    }

    /// <summary>Gets the number, 1 to <see cref="MaximumValue"/>.</summary>
    public int Value => _valueLessOne + 1;

    /// <summary>Converts a number to a measure number.</summary>
    /// <param name="value">The number, 1 to <see cref="MaximumValue"/>.</param>
    /// <returns>The measure number.</returns>
    /// <exception cref="RuleViolationException"><paramref name="value"/> is below 1 (MEA001) or above 999 (MEA010).</exception>
    public static explicit operator MeasureNumber(int value) => new(value);

    /// <summary>Converts a measure number to its number.</summary>
    /// <param name="number">The measure number.</param>
    /// <returns>The number.</returns>
    public static implicit operator int(MeasureNumber number) => number.Value;

    /// <summary>Determines whether two measure numbers are equal.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(MeasureNumber left, MeasureNumber right) => left.Equals(right);

    /// <summary>Determines whether two measure numbers differ.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(MeasureNumber left, MeasureNumber right) => !left.Equals(right);

    /// <summary>Determines whether a measure number is smaller than another.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller.</returns>
    public static bool operator <(MeasureNumber left, MeasureNumber right) => left._valueLessOne < right._valueLessOne;

    /// <summary>Determines whether a measure number is at most another.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not larger.</returns>
    public static bool operator <=(MeasureNumber left, MeasureNumber right) => left._valueLessOne <= right._valueLessOne;

    /// <summary>Determines whether a measure number is larger than another.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is larger.</returns>
    public static bool operator >(MeasureNumber left, MeasureNumber right) => left._valueLessOne > right._valueLessOne;

    /// <summary>Determines whether a measure number is at least another.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not smaller.</returns>
    public static bool operator >=(MeasureNumber left, MeasureNumber right) => left._valueLessOne >= right._valueLessOne;

    /// <summary>Converts a number to a measure number; the named alternative to the explicit conversion.</summary>
    /// <param name="value">The number, 1 to <see cref="MaximumValue"/>.</param>
    /// <returns>The measure number.</returns>
    /// <exception cref="RuleViolationException"><paramref name="value"/> is below 1 (MEA001) or above 999 (MEA010).</exception>
    public static MeasureNumber FromInt32(int value) => new(value);

    /// <summary>Converts the measure number to its number; the named alternative to the implicit conversion.</summary>
    /// <returns>The number.</returns>
    public int ToInt32() => Value;

    /// <inheritdoc/>
    public bool Equals(MeasureNumber other) => _valueLessOne == other._valueLessOne;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MeasureNumber other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _valueLessOne;

    /// <inheritdoc/>
    public int CompareTo(MeasureNumber other) => _valueLessOne.CompareTo(other._valueLessOne);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        MeasureNumber other => CompareTo(other),
        _ => throw new ArgumentException("A measure number compares only with another measure number.", nameof(obj)),
    };

    /// <summary>Returns the number, culture-invariant: <c>7</c>; the text form that <see cref="Parse(string)"/> reads.</summary>
    /// <returns>The number as text.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Determines whether a number can be a measure number (rules MEA001, MEA010), in one comparison.</summary>
    private static bool IsNumber(int value) => (uint)(value - 1) < MaximumValue;

    /// <summary>Builds the exception of a number that cannot be a measure number, out of the constructor's line.</summary>
    private static RuleViolationException OutOfRange(int value) =>
        // Stryker disable once Equality : only numbers outside 1–999 come here, so 1 itself never does
        value < 1
            ? Guard.Fail(
                Rules.MeasureNumberPositive,
                string.Create(CultureInfo.InvariantCulture, $"A measure number is 1 or more; got {value}."),
                string.Create(CultureInfo.InvariantCulture, $"Un numéro de mesure vaut 1 ou plus\u202F; valeur reçue\u00A0: {value}."),
                nameof(value))
            : Guard.Fail(
                Rules.MeasureNumberBounded,
                string.Create(CultureInfo.InvariantCulture, $"A measure number is at most {MaximumValue}; got {value}."),
                string.Create(CultureInfo.InvariantCulture, $"Un numéro de mesure vaut au plus {MaximumValue}\u202F; valeur reçue\u00A0: {value}."),
                nameof(value));
}
