using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Quantities;

/// <summary>
/// A share from 0 % to 100 % inclusive, held as a number of percentage points.
/// </summary>
/// <remarks>
/// <para>
/// Any value of the type is valid: the constructor rejects what lies outside 0–100 and what is not finite (rule
/// PCT001). <c>default(Percentage)</c> is 0 %.
/// </para>
/// <para>
/// Equality and ordering compare the points exactly. <see cref="ToString()"/> is culture-invariant and round-trips
/// through <see cref="Parse(string)"/>: <c>81%</c>, <c>12.5%</c>.
/// </para>
/// </remarks>
[JsonConverter(typeof(PercentageJsonConverter))]
public readonly struct Percentage : IEquatable<Percentage>, IComparable<Percentage>, IComparable
{
    /// <summary>Initializes a new percentage from a number of points.</summary>
    /// <param name="points">The number of percentage points, from 0 to 100 inclusive.</param>
    /// <exception cref="RuleViolationException"><paramref name="points"/> is outside 0–100 or not finite (PCT001).</exception>
    public Percentage(double points)
    {
        if (points is not (>= 0 and <= 100)) // NaN fails the test too; the infinities lie outside the range
        {
            ThrowOutOfRange(points);
        }

        Points = points == 0 ? 0 : points; // folds -0 into 0, so equal values format alike
    }

    /// <summary>Gets 0 %.</summary>
    public static Percentage Zero => default;

    /// <summary>Gets 100 %.</summary>
    public static Percentage Full { get; } = new(100);

    /// <summary>Gets the number of percentage points, from 0 to 100.</summary>
    public double Points { get; }

    /// <summary>Gets the share as a fraction from 0 to 1.</summary>
    public double Fraction => Points / 100;

    /// <summary>Creates a percentage from a fraction from 0 to 1.</summary>
    /// <param name="fraction">The fraction.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="RuleViolationException">The fraction is outside 0–1 or not finite (PCT001).</exception>
    public static Percentage FromFraction(double fraction) => new(fraction * 100);

    /// <summary>Determines whether two percentages are equal.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns><see langword="true"/> when the points are equal.</returns>
    public static bool operator ==(Percentage left, Percentage right) => left.Equals(right);

    /// <summary>Determines whether two percentages differ.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns><see langword="true"/> when the points differ.</returns>
    public static bool operator !=(Percentage left, Percentage right) => !left.Equals(right);

    /// <summary>Determines whether a percentage is smaller than another.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller.</returns>
    public static bool operator <(Percentage left, Percentage right) => left.Points < right.Points;

    /// <summary>Determines whether a percentage is at most another.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not larger.</returns>
    public static bool operator <=(Percentage left, Percentage right) => left.Points <= right.Points;

    /// <summary>Determines whether a percentage is larger than another.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is larger.</returns>
    public static bool operator >(Percentage left, Percentage right) => left.Points > right.Points;

    /// <summary>Determines whether a percentage is at least another.</summary>
    /// <param name="left">The first percentage.</param>
    /// <param name="right">The second percentage.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not smaller.</returns>
    public static bool operator >=(Percentage left, Percentage right) => left.Points >= right.Points;

    /// <summary>Parses the text that <see cref="ToString()"/> writes, such as <c>81%</c> or <c>12.5%</c>.</summary>
    /// <param name="text">The text: a culture-invariant number followed by <c>%</c>.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a number followed by <c>%</c>.</exception>
    /// <exception cref="RuleViolationException">The number is outside 0–100 (PCT001).</exception>
    public static Percentage Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.EndsWith('%')
            || !double.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var points))
        {
            throw new FormatException($"A percentage is written as a number followed by '%', such as '81%'; got '{text}'.");
        }

        return new Percentage(points);
    }

    /// <inheritdoc/>
    public bool Equals(Percentage other) => Points.Equals(other.Points);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Percentage other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Points.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Percentage other) => Points.CompareTo(other.Points);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Percentage other => CompareTo(other),
        _ => throw new ArgumentException("A percentage compares only with another percentage.", nameof(obj)),
    };

    /// <summary>Returns the points followed by <c>%</c>, culture-invariant and round-tripping: <c>81%</c>.</summary>
    /// <returns>The percentage as text.</returns>
    public override string ToString() => Points.ToString("R", CultureInfo.InvariantCulture) + "%";

    // Out of line, so that the constructor stays small enough to be inlined where percentages are made in bulk.
    [DoesNotReturn]
    private static void ThrowOutOfRange(double points) =>
        throw Guard.Fail(Rules.PercentageRange, $"A percentage lies from 0 to 100; got {points.ToString("R", CultureInfo.InvariantCulture)}.", nameof(points));
}
