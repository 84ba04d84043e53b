using Alliances.Domain.Dimensions;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Progress;

/// <summary>The weight of a dimension in the programme's mean.</summary>
/// <remarks>Equality compares both properties.</remarks>
public readonly record struct DimensionWeight
{
    /// <summary>Initializes a new weight.</summary>
    /// <param name="dimension">The kind of the dimension.</param>
    /// <param name="weight">The weight, a finite number from 10⁻⁶ to 10⁹ (rules WGT001, WGT010).</param>
    /// <exception cref="RuleViolationException">The weight is not above 0 or not finite (WGT001), or outside 10⁻⁶ to 10⁹ (WGT010).</exception>
    public DimensionWeight(DimensionKind dimension, double weight)
    {
        Dimension = dimension;
        Weight = Weights.Check(weight);
    }

    /// <summary>Gets the kind of the dimension.</summary>
    public DimensionKind Dimension { get; }

    /// <summary>Gets the weight.</summary>
    public double Weight { get; }
}
