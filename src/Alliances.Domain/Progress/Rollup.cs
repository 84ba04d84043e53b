using Alliances.Domain.Scheduling;
using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>The means of rules PRO003 to PRO007, PRO014 and PRO015, over arrays, without allocating per measure.</summary>
internal static class Rollup
{
    private static readonly int StatusCount = Enum.GetValues<ScheduleStatus>().Length;

    /// <summary>The number of kinds of dimension: the most dimensions a programme has.</summary>
    internal static readonly int KindCount = Enum.GetValues<DimensionKind>().Length;

    /// <summary>Rolls measures up to dimensions and the programme, in one pass over the measures.</summary>
    /// <param name="territory">The ledger's territory, if any.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="measures">Every measure's figures, in measure order; kept by the result unless it has a source.</param>
    /// <param name="basis">The options, weights and dimensions of the rollup.</param>
    /// <param name="expected">The programme's expected progress (rule PRO015).</param>
    /// <param name="source">
    /// When <paramref name="measures"/> is a caller's scratch, the ledger to work them out again from on first read;
    /// otherwise <see langword="null"/>.
    /// </param>
    /// <param name="commitments">The ledger's commitments, from which the measures without a lead are worked out on first read (rule COM007).</param>
    internal static ProgrammeProgress Programme(
        Territory? territory,
        LocalDate asOf,
        MeasureProgress[] measures,
        RollupBasis basis,
        Percentage expected,
        Ledger? source,
        ValueList<Commitment> commitments)
    {
        var strict = basis.IsStrict;
        var measureWeights = basis.MeasureWeights;
        var measureSlots = basis.MeasureSlots;
        var dimensions = new DimensionProgress[basis.DimensionKinds.Length];
        Span<MeanTally> tallies = stackalloc MeanTally[KindCount];
        Span<int> counts = stackalloc int[KindCount];
        Span<int> knowns = stackalloc int[KindCount];
        Span<int> cancelleds = stackalloc int[KindCount];
        Span<int> statuses = stackalloc int[StatusCount];
        int active = 0, started = 0;

        // Measures come in runs of one dimension: each run is tallied in locals, so that the sums do not wait on one
        // another through memory, and added to its dimension's tally at the end of the run.
        var m = 0;
        while (m < measures.Length)
        {
            var d = measureSlots[m];
            var run = default(MeanTally);
            int count = 0, known = 0, cancelled = 0;
            for (; m < measures.Length && measureSlots[m] == d; m++)
            {
                ref readonly var measure = ref measures[m];
                statuses[(int)measure.Schedule]++;
                count++;
                if (measure.IsCancelled)
                {
                    cancelled++;
                    continue;
                }

                active++;
                if (Lifecycle.HasStarted(measure.Status))
                {
                    started++;
                }

                var points = measure.ProgressPoints;
                run.Add(points, measureWeights[m]);
                if (!double.IsNaN(points))
                {
                    known++;
                }
            }

            tallies[d].Add(in run);
            counts[d] += count;
            knowns[d] += known;
            cancelleds[d] += cancelled;
        }

        var programme = default(MeanTally);
        var everyMeasure = default(MeanTally);
        DimensionKind? weakest = null;
        var weakestValue = double.MaxValue;
        for (var d = 0; d < dimensions.Length; d++)
        {
            var kind = basis.DimensionKinds[d];
            ref readonly var tally = ref tallies[d];
            var progress = tally.Mean(strict);
            var dimensionWeight = basis.DimensionWeights[d];
            dimensions[d] = new DimensionProgress(kind, progress, tally.Coverage, counts[d], knowns[d], cancelleds[d], dimensionWeight);
            everyMeasure.Add(in tally);
            if (tally.TotalWeight == 0)
            {
                continue; // every measure cancelled: the dimension leaves the programme's mean
            }

            programme.Add(progress, dimensionWeight);
            if (progress is { } value && value.Points < weakestValue)
            {
                weakestValue = value.Points;
                weakest = kind;
            }
        }

        var overall = programme.Mean(strict);
        var overallCoverage = everyMeasure.Coverage; // rule PRO014: over the measures, not the dimensions
        var breadth = active > 0 ? Clamp(100.0 * started / active) : Percentage.Zero;
        var statusCounts = new StatusCount[StatusCount];
        for (var s = 0; s < statusCounts.Length; s++)
        {
            statusCounts[s] = new StatusCount((ScheduleStatus)s, statuses[s]);
        }

        return new ProgrammeProgress(
            asOf,
            territory,
            source is null ? measures : null,
            source,
            commitments,
            basis,
            ValueListMarshal.Own(dimensions),
            overall,
            overallCoverage,
            breadth,
            weakest,
            expected,
            basis.Options.Tolerance,
            ValueListMarshal.Own(statusCounts));
    }

    /// <summary>
    /// The programme's expected progress (rule PRO015): its measures' expected progress, each on its own plan or the
    /// default one, in the programme's weighted mean, cancelled measures left out; null when every measure is cancelled.
    /// </summary>
    /// <param name="measures">Every measure's figures, in measure order.</param>
    /// <param name="basis">The weights and dimensions of the rollup.</param>
    internal static Percentage? Expected(ReadOnlySpan<MeasureProgress> measures, RollupBasis basis)
    {
        Span<MeanTally> dimensions = stackalloc MeanTally[KindCount];
        for (var m = 0; m < measures.Length; m++)
        {
            if (!measures[m].IsCancelled)
            {
                dimensions[basis.MeasureSlots[m]].Add(measures[m].Expected, basis.MeasureWeights[m]);
            }
        }

        // Every measure's expected progress is known, so no tally below holds an unknown value: the strictness of the
        // means, and a dimension whose measures are all cancelled (its mean unknown, then left out as such), change
        // nothing. Stryker's mutants of those choices are equivalent.
        var programme = default(MeanTally);
        for (var d = 0; d < basis.DimensionKinds.Length; d++)
        {
            // Stryker disable once Equality : a dimension of weight 0 adds an unknown mean, which the lenient mean leaves out
            if (dimensions[d].TotalWeight > 0)
            {
                // Stryker disable once Boolean : the dimension's tally holds no unknown value
                programme.Add(dimensions[d].Mean(strict: false), basis.DimensionWeights[d]);
            }
        }

        // Stryker disable once Boolean : the programme's tally holds an unknown value only for a dimension left out above
        return programme.Mean(strict: false);
    }

    /// <summary>
    /// The balanced index (rule PRO007): the dimensions' weighted geometric mean, leaving out dimensions whose measures
    /// are all cancelled; 0 when one is at 0, null when one is unknown or none is left.
    /// </summary>
    internal static Percentage? Balanced(ReadOnlySpan<DimensionProgress> dimensions)
    {
        double weight = 0, logSum = 0;
        var anyZero = false;
        foreach (ref readonly var dimension in dimensions)
        {
            if (dimension.CancelledCount == dimension.MeasureCount)
            {
                continue;
            }

            if (dimension.Progress is not { } progress)
            {
                return null;
            }

            weight += dimension.Weight;
            if (progress.Points == 0)
            {
                anyZero = true;
            }
            else
            {
                logSum += Math.Log(progress.Fraction) * dimension.Weight;
            }
        }

        return weight == 0 ? null : anyZero ? Percentage.Zero : Clamp(100 * Math.Exp(logSum / weight));
    }

    /// <summary>Expected progress rising linearly from 0 % at start to 100 % at end, clamped (rule PRO008).</summary>
    internal static Percentage Linear(LocalDate start, LocalDate end, LocalDate asOf)
    {
        if (asOf <= start)
        {
            return Percentage.Zero;
        }

        if (asOf >= end)
        {
            return Percentage.Full;
        }

        return Percentage.FromFraction((double)Period.DaysBetween(start, asOf) / Period.DaysBetween(start, end));
    }

    /// <summary>
    /// Sets a progress against the progress expected by now: the variance in points, the performance index, and
    /// whether it is on track within the tolerance; all null when the progress is unknown.
    /// </summary>
    internal static (double? Variance, double? PerformanceIndex, bool? IsOnTrack) AgainstExpected(Percentage? progress, Percentage expected, Percentage tolerance)
    {
        var points = progress?.Points ?? double.NaN;
        return (Variance(points, expected.Points), PerformanceIndex(points, expected.Points), OnTrack(points, expected.Points, tolerance.Points));
    }

    /// <summary>The schedule variance, actual minus expected points (rule PRO009); null when the progress (NaN) is unknown.</summary>
    internal static double? Variance(double progress, double expected) => double.IsNaN(progress) ? null : progress - expected;

    /// <summary>The performance index, actual over expected (rule PRO009); null while expected is 0 or the progress (NaN) is unknown.</summary>
    internal static double? PerformanceIndex(double progress, double expected) => double.IsNaN(progress) || expected <= 0 ? null : progress / expected;

    /// <summary>Whether a progress is on track: no further behind expected than the tolerance (rule PRO010); null when it (NaN) is unknown.</summary>
    internal static bool? OnTrack(double progress, double expected, double tolerance) => double.IsNaN(progress) ? null : WithinTolerance(progress, expected, tolerance);

    /// <summary>Whether a known progress is no further behind expected than the tolerance (rule PRO010).</summary>
    internal static bool WithinTolerance(double progress, double expected, double tolerance) => progress - expected >= -tolerance;

    /// <summary>A percentage from points that rounding may have pushed a hair outside 0–100.</summary>
    internal static Percentage Clamp(double points) => new(Math.Clamp(points, 0, 100));
}
