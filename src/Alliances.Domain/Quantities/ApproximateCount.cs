using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>
/// A count of people or organisations, exact or approximate ("about a hundred").
/// </summary>
/// <remarks>
/// <c>default(ApproximateCount)</c> is an exact count of 0. Equality compares the value and whether it is
/// approximate. <see cref="ToString()"/> is culture-invariant: <c>50</c>, or <c>~100</c> when approximate.
/// </remarks>
[JsonConverter(typeof(ApproximateCountJsonConverter))]
public readonly record struct ApproximateCount
{
    /// <summary>Initializes a new count.</summary>
    /// <param name="value">The count, 0 or more (rule CNT001).</param>
    /// <param name="isApproximate">Whether the source gives the count only roughly.</param>
    /// <exception cref="RuleViolationException"><paramref name="value"/> is negative (CNT001).</exception>
    public ApproximateCount(int value, bool isApproximate)
    {
        Guard.Require(value >= 0, Rules.CountNotNegative, $"A count is 0 or more; got {value}.", $"Un effectif vaut 0 ou plus\u202F; valeur reçue\u00A0: {value}.", nameof(value));
        Value = value;
        IsApproximate = isApproximate;
    }

    /// <summary>Gets the count.</summary>
    public int Value { get; }

    /// <summary>Gets a value indicating whether the count is only approximate.</summary>
    public bool IsApproximate { get; }

    /// <summary>Creates an exact count.</summary>
    /// <param name="value">The count, 0 or more.</param>
    /// <returns>The count.</returns>
    /// <exception cref="RuleViolationException"><paramref name="value"/> is negative (CNT001).</exception>
    public static ApproximateCount Exactly(int value) => new(value, isApproximate: false);

    /// <summary>Creates an approximate count.</summary>
    /// <param name="value">The rough count, 0 or more.</param>
    /// <returns>The count.</returns>
    /// <exception cref="RuleViolationException"><paramref name="value"/> is negative (CNT001).</exception>
    public static ApproximateCount About(int value) => new(value, isApproximate: true);

    /// <summary>Returns <c>50</c> for an exact count and <c>~100</c> for an approximate one.</summary>
    /// <returns>The count as text.</returns>
    public override string ToString() =>
        (IsApproximate ? "~" : string.Empty) + Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
