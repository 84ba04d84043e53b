
namespace Alliances.Domain.Progress;

/// <summary>
/// How progress is rolled up: the policy for unknown values, the tolerance for being on track, and the weights of
/// measures and dimensions (equal unless set).
/// </summary>
/// <remarks>
/// Options are set with an object initializer and are immutable afterwards. Weights not listed are 1. Equality
/// compares every property, lists in order.
/// </remarks>
public sealed record ProgressOptions
{
    /// <summary>Gets the default options: available policy, 10 points of tolerance, equal weights.</summary>
    public static ProgressOptions Default { get; } = new();

    /// <summary>Gets how means treat unknown values (rule PRO004); <see cref="UnknownPolicy.Available"/> by default.</summary>
    public UnknownPolicy Policy { get; init; } = UnknownPolicy.Available;

    /// <summary>Gets how far behind expected progress something may be and still be on track (rule PRO010); 10 points by default.</summary>
    public Percentage Tolerance { get; init; } = new(10);

    /// <summary>Gets the weights of measures within their dimension; measures not listed weigh 1.</summary>
    public ValueList<MeasureWeight> MeasureWeights { get; init; }

    /// <summary>Gets the weights of dimensions within the programme; dimensions not listed weigh 1.</summary>
    public ValueList<DimensionWeight> DimensionWeights { get; init; }

    /// <summary>Gets the weight of a measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>Its weight, 1 unless set.</returns>
    public double WeightOf(MeasureNumber measure)
    {
        foreach (var weight in MeasureWeights)
        {
            if (weight.Measure == measure)
            {
                return weight.Weight;
            }
        }

        return 1;
    }

    /// <summary>Gets the weight of a dimension.</summary>
    /// <param name="dimension">The kind of the dimension.</param>
    /// <returns>Its weight, 1 unless set.</returns>
    public double WeightOf(DimensionKind dimension)
    {
        foreach (var weight in DimensionWeights)
        {
            if (weight.Dimension == dimension)
            {
                return weight.Weight;
            }
        }

        return 1;
    }
}
