
namespace Alliances.Domain.Progress;

/// <summary>Where a dimension stands at a date: the weighted mean of its measures, and how much of it is known.</summary>
/// <remarks>
/// <c>default(DimensionProgress)</c> is the figures of an operational dimension without measures: progress unknown,
/// coverage 0 %, a weight of 1. Equality compares every property.
/// </remarks>
public readonly record struct DimensionProgress
{
    private readonly double _weight;

    internal DimensionProgress(DimensionKind dimension, Percentage? progress, Percentage coverage, int measures, int known, int cancelled, double weight)
    {
        Dimension = dimension;
        Progress = progress;
        Coverage = coverage;
        MeasureCount = measures;
        KnownCount = known;
        CancelledCount = cancelled;
        _weight = Weights.Store(weight);
    }

    /// <summary>Gets the kind of the dimension.</summary>
    public DimensionKind Dimension { get; }

    /// <summary>Gets its progress (rules PRO003, PRO004), or <see langword="null"/> when unknown.</summary>
    public Percentage? Progress { get; }

    /// <summary>Gets the share of its measures' weight whose progress is known, cancelled measures left out.</summary>
    public Percentage Coverage { get; }

    /// <summary>Gets the number of its measures, cancelled ones included.</summary>
    public int MeasureCount { get; }

    /// <summary>Gets the number of its measures whose progress is known, cancelled ones left out.</summary>
    public int KnownCount { get; }

    /// <summary>Gets the number of its cancelled measures.</summary>
    public int CancelledCount { get; }

    /// <summary>Gets its weight in the programme's mean, from 10⁻⁶ to 10⁹ (rules WGT001, WGT010).</summary>
    public double Weight => Weights.Read(_weight);
}
