using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>
/// A share from 0 % to 100 % inclusive, held as a number of percentage points.
/// </summary>
/// <remarks>
/// <para>
/// Any value of the type is valid: the constructor rejects what lies outside 0–100 and what is not finite (rule
/// PCT001). <c>default(Percentage)</c> is 0 %.
/// </para>
/// <para>
/// Equality and ordering compare the points exactly.
/// </para>
/// <para>
/// The text form is the points, culture-invariant and in the shortest form that round-trips, followed by <c>%</c>:
/// <c>81%</c>, <c>12.5%</c>, <c>1E-05%</c>. <see cref="ToString()"/> and every formatting interface write it.
/// <see cref="Parse(string)"/> and <see cref="TryParse(string?, IFormatProvider?, out Percentage)"/> read it back, and
/// also read the bare number, <c>81</c>, which is how the JSON contract writes a percentage and how a route such as
/// <c>/progress/81</c> holds one.
/// </para>
/// </remarks>
[JsonConverter(typeof(PercentageJsonConverter))]
public readonly partial struct Percentage : IEquatable<Percentage>, IComparable<Percentage>, IComparable
{
    /// <summary>Initializes a new percentage from a number of points.</summary>
    /// <param name="points">The number of percentage points, from 0 to 100 inclusive.</param>
    /// <exception cref="RuleViolationException"><paramref name="points"/> is outside 0–100 or not finite (PCT001).</exception>
    public Percentage(double points)
    {
        if (!InRange(points))
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

    /// <summary>Returns the points followed by <c>%</c>, culture-invariant and round-tripping: <c>81%</c>; the text form that <see cref="Parse(string)"/> reads.</summary>
    /// <returns>The percentage as text.</returns>
    public override string ToString() => Points.ToString("R", CultureInfo.InvariantCulture) + "%";

    /// <summary>Determines whether a number of points can be a percentage (rule PCT001).</summary>
    private static bool InRange(double points) => points is >= 0 and <= 100; // NaN fails the test too; the infinities lie outside the range

    // Out of line, so that the constructor stays small enough to be inlined where percentages are made in bulk.
    [DoesNotReturn]
    private static void ThrowOutOfRange(double points) =>
        throw Guard.Fail(
            Rules.PercentageRange,
            $"A percentage lies from 0 to 100; got {points.ToString("R", CultureInfo.InvariantCulture)}.",
            $"Un pourcentage va de 0 à 100\u202F; valeur reçue\u00A0: {points.ToString("R", CultureInfo.InvariantCulture)}.",
            nameof(points));
}
