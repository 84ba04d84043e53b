using Alliances.Domain.Scheduling;
using Alliances.Domain.Validation;
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
/// <para>
/// In a portfolio's rollup, each territory's per-measure figures (<see cref="Measures"/>) are worked out again from its
/// ledger when first read, so that a national view does not keep thousands of them that no one reads; the figures are
/// the same either way, and reading them is safe from any thread. Until they are read, and no longer, such figures keep
/// their ledger alive. Comparing and printing figures do not read them: equality compares deferred figures of the same
/// ledger without working them out, and otherwise works them out for the comparison without keeping them, and
/// <see cref="ToString"/> leaves them out.
/// </para>
/// </remarks>
public sealed record ProgrammeProgress
{
    // Either the measures' figures or, until they are first read, the ledger to work them out again from; with every
    // measure's dimension and the tolerance, the same for the life of the figures. One field, so that the ledger is let
    // go in the same step as the figures are kept, and a reader sees one or the other, never neither.
    private readonly DimensionKind[] _kinds;
    private readonly Percentage _tolerance;
    private readonly ValueList<Commitment> _commitments;
    private object _measures;
    private ValueList<MeasureNumber>? _withoutLead;

    internal ProgrammeProgress(
        LocalDate asOf,
        Territory? territory,
        MeasureProgress[]? measures,
        Ledger? source,
        ValueList<Commitment> commitments,
        RollupBasis basis,
        ValueList<DimensionProgress> dimensions,
        Percentage? progress,
        Percentage coverage,
        Percentage breadth,
        DimensionKind? weakest,
        Percentage expected,
        Percentage tolerance,
        ValueList<StatusCount> scheduleCounts)
    {
        AsOf = asOf;
        Territory = territory;
        _measures = (object?)measures ?? source ?? throw new ArgumentNullException(nameof(source));
        _kinds = basis.MeasureKinds;
        _tolerance = tolerance;
        _commitments = commitments;
        Dimensions = dimensions;
        Progress = progress;
        Coverage = coverage;
        Breadth = breadth;
        WeakestDimension = weakest;
        Expected = expected;
        ScheduleCounts = scheduleCounts;
        (Variance, PerformanceIndex, IsOnTrack) = Rollup.AgainstExpected(progress, expected, tolerance);
    }

    /// <summary>Gets the date the figures hold at.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the territory of the ledger, or <see langword="null"/> for a national ledger.</summary>
    public Territory? Territory { get; }

    /// <summary>Gets every measure's figures, in measure order.</summary>
    // Stryker disable once NullCoalescing : the figures already worked out are only a shortcut; WorkOutMeasures returns them too
    public ValueList<MeasureProgress> Measures => ValueListMarshal.Own(Volatile.Read(ref _measures) as MeasureProgress[] ?? WorkOutMeasures());

    /// <summary>Gets every dimension's figures, in the programme's order of dimensions.</summary>
    public ValueList<DimensionProgress> Dimensions { get; }

    /// <summary>Gets the programme's progress (rules PRO003, PRO004), or <see langword="null"/> when unknown.</summary>
    public Percentage? Progress { get; }

    /// <summary>
    /// Gets the share of the programme whose progress is known (rule PRO014): the weight of its measures whose progress
    /// is known over the weight of all its measures, cancelled measures left out; with equal weights, the share of its
    /// measures whose progress is known.
    /// </summary>
    public Percentage Coverage { get; }

    /// <summary>Gets the share of the measures, cancelled ones left out, that have started (rule PRO005).</summary>
    public Percentage Breadth { get; }

    /// <summary>Gets the dimension with the lowest known progress (rule PRO006), or <see langword="null"/> when none is known.</summary>
    public DimensionKind? WeakestDimension { get; }

    /// <summary>Gets the geometric mean of the dimensions' progress (rule PRO007), or <see langword="null"/> when a dimension is unknown.</summary>
    /// <remarks>Worked out from <see cref="Dimensions"/> when read.</remarks>
    public Percentage? BalancedIndex => Rollup.Balanced(Dimensions.AsSpan());

    /// <summary>
    /// Gets the progress expected of the programme at the date (rule PRO015): its measures' expected progress, each on
    /// its own plan or on the default plan from launch to the end of the results window (PRO008), weighted as its
    /// progress is, cancelled measures left out.
    /// </summary>
    public Percentage Expected { get; }

    /// <summary>Gets the programme's schedule variance in points (rule PRO009), or <see langword="null"/> when its progress is unknown.</summary>
    public double? Variance { get; }

    /// <summary>Gets the programme's performance index (rule PRO009), or <see langword="null"/>.</summary>
    public double? PerformanceIndex { get; }

    /// <summary>Gets whether the programme is on track (rule PRO010), or <see langword="null"/> when its progress is unknown.</summary>
    public bool? IsOnTrack { get; }

    /// <summary>Gets how many measures have each schedule status.</summary>
    public ValueList<StatusCount> ScheduleCounts { get; }

    /// <summary>Gets whether two sets of figures are equal: every property, the measures' figures included.</summary>
    /// <param name="other">The other figures.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public bool Equals(ProgrammeProgress? other) =>
        ReferenceEquals(this, other) || (other is not null
            && AsOf == other.AsOf
            && EqualityComparer<Territory?>.Default.Equals(Territory, other.Territory)
            && Progress == other.Progress
            && Coverage == other.Coverage
            && Breadth == other.Breadth
            && WeakestDimension == other.WeakestDimension
            && Expected == other.Expected
            && EqualityComparer<double?>.Default.Equals(Variance, other.Variance)
            && EqualityComparer<double?>.Default.Equals(PerformanceIndex, other.PerformanceIndex)
            && IsOnTrack == other.IsOnTrack
            && Dimensions.Equals(other.Dimensions) // and so the balanced index, worked out from them
            && ScheduleCounts.Equals(other.ScheduleCounts)
            && SameMeasures(other)
            && (_commitments.Equals(other._commitments) || WithoutLead.Equals(other.WithoutLead))); // the same commitments leave the same measures without a lead, without working them out

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(AsOf, Territory, Progress, Coverage, Expected, Dimensions, ScheduleCounts);

    /// <summary>
    /// Gets the measures without a lead at the date (rule COM007): neither cancelled nor completed, and no lead's
    /// commitment to them holds that day; by number. Every such measure is listed when the ledger has no commitment.
    /// </summary>
    public ValueList<MeasureNumber> WithoutLead => _withoutLead ??= CommitmentRules.WithoutLead(_commitments, Measures.AsSpan(), AsOf);

    /// <summary>Gets the cancelled measures, which every mean leaves out.</summary>
    public ValueList<MeasureNumber> Cancelled =>
        ValueList.CreateRange(Measures.Where(m => m.IsCancelled).Select(m => m.Measure));

    /// <summary>Gets a dimension's figures.</summary>
    /// <param name="kind">The kind of the dimension.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no dimension of that kind.</exception>
    public DimensionProgress GetDimension(DimensionKind kind) =>
        TryGetDimension(kind, out var figures) ? figures : throw new KeyNotFoundException($"The rollup has no {kind} dimension.");

    /// <summary>Gets a dimension's figures, when the programme has a dimension of that kind.</summary>
    /// <param name="kind">The kind of the dimension.</param>
    /// <param name="figures">The figures; <c>default</c> when the programme has no dimension of that kind.</param>
    /// <returns><see langword="true"/> when the programme has a dimension of that kind.</returns>
    public bool TryGetDimension(DimensionKind kind, out DimensionProgress figures)
    {
        foreach (var dimension in Dimensions)
        {
            if (dimension.Dimension == kind)
            {
                figures = dimension;
                return true;
            }
        }

        figures = default;
        return false;
    }

    /// <summary>Gets a measure's figures.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no such measure.</exception>
    public MeasureProgress GetMeasure(MeasureNumber measure) =>
        TryGetMeasure(measure, out var figures) ? figures : throw Lookup.NoMeasure("The rollup", Measures.Count, measure);

    /// <summary>Gets a measure's figures, when the programme has the measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="figures">The figures; <c>default</c> when the programme lacks the measure.</param>
    /// <returns><see langword="true"/> when the programme has the measure; <see langword="false"/> where <see cref="GetMeasure"/> throws.</returns>
    public bool TryGetMeasure(MeasureNumber measure, out MeasureProgress figures)
    {
        return Lookup.TryByMeasure(Measures, measure, out figures);
    }

    /// <summary>
    /// Gets the measures that lag most (rule PRO016): those behind their expected progress, with a negative schedule
    /// variance, the furthest behind first, then by number; cancelled measures and measures of unknown progress are not
    /// listed.
    /// </summary>
    /// <param name="count">How many to give at most; five unless set.</param>
    /// <returns>The lagging measures: none when no measure is behind.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public ValueList<MeasureProgress> Lagging(int count = 5)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return ValueList.CreateRange(Measures
            .Where(m => !m.IsCancelled && m.Variance < 0)
            .OrderBy(m => m.Variance)
            .ThenBy(m => m.Measure)
            .Take(count));
    }

    /// <summary>Returns the scope, the date and the programme's main figures; the measures' figures are left out.</summary>
    /// <returns>The figures as text, such as <c>13 Bouches-du-Rhône at 2021-01-01: 10% against 21.826484018264843% expected, coverage 95%</c>.</returns>
    public override string ToString() =>
        $"{(Territory is { } territory ? territory.ToString() : "National")} at {DateText.Iso(AsOf)}: {(Progress is { } progress ? progress.ToString() : "unknown")} against {Expected} expected, coverage {Coverage}";

    // Racing threads work out the same figures from the same ledger; the first to finish is kept, and with it the
    // ledger is let go.
    private MeasureProgress[] WorkOutMeasures()
    {
        var state = Volatile.Read(ref _measures);
        var measures = MeasuresFrom(state);
        return Interlocked.CompareExchange(ref _measures, measures, state) as MeasureProgress[] ?? measures;
    }

    /// <summary>Gets the measures' figures from what the figures hold, working them out when deferred, without keeping them.</summary>
    private MeasureProgress[] MeasuresFrom(object state) => state as MeasureProgress[] ?? ((Ledger)state).MeasuresAt(AsOf, _kinds, _tolerance);

    /// <summary>
    /// Gets whether the measures' figures equal another's, the other properties being equal: figures deferred from the
    /// same ledger with the same tolerance are, at the same date; otherwise the figures are compared, worked out for
    /// the comparison where still deferred, and not kept.
    /// </summary>
    private bool SameMeasures(ProgrammeProgress other)
    {
        var (mine, theirs) = (Volatile.Read(ref _measures), Volatile.Read(ref other._measures));
        return (ReferenceEquals(mine, theirs) && _tolerance == other._tolerance)
            || MeasuresFrom(mine).AsSpan().SequenceEqual(other.MeasuresFrom(theirs));
    }
}
