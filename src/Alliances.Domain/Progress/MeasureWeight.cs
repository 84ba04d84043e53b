using System.Globalization;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Progress;

/// <summary>The weight of a measure in its dimension's mean.</summary>
/// <remarks>
/// Any value of the type is valid (rules WGT001, WGT010). <c>default(MeasureWeight)</c> is measure 1 with a weight of
/// 1, which is also the weight of a measure not listed. Equality compares both properties.
/// </remarks>
public readonly record struct MeasureWeight
{
    private readonly double _weight;

    /// <summary>Initializes a new weight.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="weight">The weight, a finite number from 10⁻⁶ to 10⁹ (rules WGT001, WGT010).</param>
    /// <exception cref="RuleViolationException">The weight is not above 0 or not finite (WGT001), or outside 10⁻⁶ to 10⁹ (WGT010).</exception>
    public MeasureWeight(MeasureNumber measure, double weight)
    {
        Measure = measure;
        _weight = Weights.Store(Weights.Check(weight));
    }

    /// <summary>Gets the measure.</summary>
    public MeasureNumber Measure { get; }

    /// <summary>Gets the weight, from 10⁻⁶ to 10⁹.</summary>
    public double Weight => Weights.Read(_weight);
}
