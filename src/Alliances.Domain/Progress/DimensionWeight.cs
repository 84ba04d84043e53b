using Alliances.Domain.Validation;

namespace Alliances.Domain.Progress;

/// <summary>The weight of a dimension in the programme's mean.</summary>
/// <remarks>
/// Any value of the type is valid (rules WGT001, WGT010). <c>default(DimensionWeight)</c> is the operational dimension
/// with a weight of 1, which is also the weight of a dimension not listed. Equality compares both properties.
/// </remarks>
public readonly record struct DimensionWeight
{
    private readonly double _weight;

    /// <summary>Initializes a new weight.</summary>
    /// <param name="dimension">The kind of the dimension.</param>
    /// <param name="weight">The weight, a finite number from 10⁻⁶ to 10⁹ (rules WGT001, WGT010).</param>
    /// <exception cref="RuleViolationException">The weight is not above 0 or not finite (WGT001), or outside 10⁻⁶ to 10⁹ (WGT010).</exception>
    public DimensionWeight(DimensionKind dimension, double weight)
    {
        Dimension = dimension;
        _weight = Weights.Store(Weights.Check(weight));
    }

    /// <summary>Gets the kind of the dimension.</summary>
    public DimensionKind Dimension { get; }

    /// <summary>Gets the weight, from 10⁻⁶ to 10⁹.</summary>
    public double Weight => Weights.Read(_weight);
}
