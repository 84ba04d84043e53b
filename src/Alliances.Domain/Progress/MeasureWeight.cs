using System.Globalization;
using Alliances.Domain.Measures;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Progress;

/// <summary>The weight of a measure in its dimension's mean.</summary>
/// <remarks>Equality compares both properties.</remarks>
public readonly record struct MeasureWeight
{
    /// <summary>Initializes a new weight.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="weight">The weight, a finite number from 10⁻⁶ to 10⁹ (rules WGT001, WGT010).</param>
    /// <exception cref="RuleViolationException">The weight is not above 0 or not finite (WGT001), or outside 10⁻⁶ to 10⁹ (WGT010).</exception>
    public MeasureWeight(MeasureNumber measure, double weight)
    {
        Measure = measure;
        Weight = Weights.Check(weight);
    }

    /// <summary>Gets the measure.</summary>
    public MeasureNumber Measure { get; }

    /// <summary>Gets the weight.</summary>
    public double Weight { get; }
}
