using Alliances.Domain.Collections;
using Alliances.Domain.Dimensions;
using Alliances.Domain.Measures;
using Alliances.Domain.Quantities;
using Alliances.Domain.Scheduling;
using Alliances.Domain.Territories;
using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>
/// Where a programme stands at a date in one ledger: every measure, every dimension, the overall mean and the figures
/// that say whether it moves as a whole.
/// </summary>
/// <remarks>
/// The source insists that no measure alone moves the lines, so beside the mean stand the breadth (how many measures
/// have started), the weakest dimension, and a balanced index that falls to 0 when any dimension is at 0. Every figure
/// uses only data dated on or before <see cref="AsOf"/> (rule PRO012). Equality compares every property.
/// </remarks>
public sealed record ProgrammeProgress
{
    internal ProgrammeProgress(
        LocalDate asOf,
        Territory? territory,
        ValueList<MeasureProgress> measures,
        ValueList<DimensionProgress> dimensions,
        Percentage? progress,
        Percentage coverage,
        Percentage breadth,
        DimensionKind? weakest,
        Percentage? balancedIndex,
        Percentage expected,
        Percentage tolerance,
        ValueList<StatusCount> scheduleCounts)
    {
        AsOf = asOf;
        Territory = territory;
        Measures = measures;
        Dimensions = dimensions;
        Progress = progress;
        Coverage = coverage;
        Breadth = breadth;
        WeakestDimension = weakest;
        BalancedIndex = balancedIndex;
        Expected = expected;
        ScheduleCounts = scheduleCounts;
        (Variance, PerformanceIndex, IsOnTrack) = Rollup.AgainstExpected(progress, expected, tolerance);
    }

    /// <summary>Gets the date the figures hold at.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the territory of the ledger, or <see langword="null"/> for a national ledger.</summary>
    public Territory? Territory { get; }

    /// <summary>Gets every measure's figures, in measure order.</summary>
    public ValueList<MeasureProgress> Measures { get; }

    /// <summary>Gets every dimension's figures, in the programme's order of dimensions.</summary>
    public ValueList<DimensionProgress> Dimensions { get; }

    /// <summary>Gets the programme's progress (rules PRO003, PRO004), or <see langword="null"/> when unknown.</summary>
    public Percentage? Progress { get; }

    /// <summary>Gets the share of the programme whose progress is known: the dimensions' coverage, weighted as the mean is.</summary>
    public Percentage Coverage { get; }

    /// <summary>Gets the share of the measures, cancelled ones left out, that have started (rule PRO005).</summary>
    public Percentage Breadth { get; }

    /// <summary>Gets the dimension with the lowest known progress (rule PRO006), or <see langword="null"/> when none is known.</summary>
    public DimensionKind? WeakestDimension { get; }

    /// <summary>Gets the geometric mean of the dimensions' progress (rule PRO007), or <see langword="null"/> when a dimension is unknown.</summary>
    public Percentage? BalancedIndex { get; }

    /// <summary>Gets the progress expected of the programme at the date, from launch to the end of the results window (rule PRO008).</summary>
    public Percentage Expected { get; }

    /// <summary>Gets the programme's schedule variance in points (rule PRO009), or <see langword="null"/> when its progress is unknown.</summary>
    public double? Variance { get; }

    /// <summary>Gets the programme's performance index (rule PRO009), or <see langword="null"/>.</summary>
    public double? PerformanceIndex { get; }

    /// <summary>Gets whether the programme is on track (rule PRO010), or <see langword="null"/> when its progress is unknown.</summary>
    public bool? IsOnTrack { get; }

    /// <summary>Gets how many measures have each schedule status.</summary>
    public ValueList<StatusCount> ScheduleCounts { get; }

    /// <summary>Gets the cancelled measures, which every mean leaves out.</summary>
    public ValueList<MeasureNumber> Cancelled =>
        ValueList.CreateRange(Measures.Where(m => m.IsCancelled).Select(m => m.Measure));

    /// <summary>Gets a dimension's figures.</summary>
    /// <param name="kind">The kind of the dimension.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no dimension of that kind.</exception>
    public DimensionProgress Dimension(DimensionKind kind)
    {
        foreach (var dimension in Dimensions)
        {
            if (dimension.Dimension == kind)
            {
                return dimension;
            }
        }

        throw new KeyNotFoundException($"The programme has no {kind} dimension.");
    }

    /// <summary>Gets a measure's figures.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no such measure.</exception>
    public MeasureProgress Measure(MeasureNumber measure) =>
        measure.Value <= Measures.Count
            ? Measures[measure.Value - 1]
            : throw new KeyNotFoundException($"The programme has measures 1 to {Measures.Count}; there is no measure {measure}.");

    /// <summary>
    /// Gets the measures that lag most: the non-cancelled measures with a known variance, lowest variance first, then by
    /// number.
    /// </summary>
    /// <param name="count">How many to give at most.</param>
    /// <returns>The lagging measures.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public ValueList<MeasureProgress> Lagging(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return ValueList.CreateRange(Measures
            .Where(m => !m.IsCancelled && m.Variance is not null)
            .OrderBy(m => m.Variance)
            .ThenBy(m => m.Measure)
            .Take(count));
    }
}
