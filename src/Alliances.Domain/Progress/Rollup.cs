using Alliances.Domain.Collections;
using Alliances.Domain.Dimensions;
using Alliances.Domain.Programmes;
using Alliances.Domain.Quantities;
using Alliances.Domain.Reports;
using Alliances.Domain.Scheduling;
using Alliances.Domain.Territories;
using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>The means of rules PRO003 to PRO007, over arrays, without allocating per measure.</summary>
internal static class Rollup
{
    private static readonly int StatusCount = Enum.GetValues<ScheduleStatus>().Length;

    /// <summary>Rolls measures up to dimensions and the programme.</summary>
    internal static ProgrammeProgress Programme(
        Programme programme,
        Territory? territory,
        LocalDate asOf,
        MeasureProgress[] measures,
        Percentage expected,
        ProgressOptions options)
    {
        var strict = options.Policy == UnknownPolicy.Strict;
        var dimensions = new DimensionProgress[programme.Dimensions.Count];
        var counts = new int[StatusCount];
        int active = 0, started = 0;
        foreach (ref readonly var measure in measures.AsSpan())
        {
            counts[(int)measure.Schedule]++;
            if (!measure.IsCancelled)
            {
                active++;
                if (Lifecycle.HasStarted(measure.Status))
                {
                    started++;
                }
            }
        }

        double programmeSum = 0, programmeKnownWeight = 0, programmeWeight = 0, coverageSum = 0, logSum = 0;
        bool programmeUnknown = false, anyZero = false, anyDimensionUnknown = false;
        DimensionKind? weakest = null;
        var weakestValue = double.MaxValue;
        for (var d = 0; d < dimensions.Length; d++)
        {
            var kind = programme.Dimensions[d].Kind;
            double sum = 0, knownWeight = 0, totalWeight = 0;
            int count = 0, known = 0, cancelled = 0;
            var unknown = false;
            foreach (ref readonly var measure in measures.AsSpan())
            {
                if (measure.Dimension != kind)
                {
                    continue;
                }

                count++;
                if (measure.IsCancelled)
                {
                    cancelled++;
                    continue;
                }

                var weight = options.WeightOf(measure.Measure);
                totalWeight += weight;
                if (measure.Progress is { } p)
                {
                    known++;
                    knownWeight += weight;
                    sum += p.Points * weight;
                }
                else
                {
                    unknown = true;
                }
            }

            Percentage? progress = knownWeight > 0 && !(strict && unknown) ? Clamp(sum / knownWeight) : null;
            var coverage = totalWeight > 0 ? Clamp(100 * knownWeight / totalWeight) : Percentage.Zero;
            var dimensionWeight = options.WeightOf(kind);
            dimensions[d] = new DimensionProgress(kind, progress, coverage, count, known, cancelled, dimensionWeight);
            if (totalWeight == 0)
            {
                continue; // every measure cancelled: the dimension leaves the programme's mean
            }

            programmeWeight += dimensionWeight;
            coverageSum += coverage.Points * dimensionWeight;
            if (progress is { } value)
            {
                programmeKnownWeight += dimensionWeight;
                programmeSum += value.Points * dimensionWeight;
                if (value.Points == 0)
                {
                    anyZero = true;
                }
                else
                {
                    logSum += Math.Log(value.Fraction) * dimensionWeight;
                }

                if (value.Points < weakestValue)
                {
                    weakestValue = value.Points;
                    weakest = kind;
                }
            }
            else
            {
                anyDimensionUnknown = true;
                programmeUnknown |= strict;
            }
        }

        Percentage? overall = programmeKnownWeight > 0 && !programmeUnknown ? Clamp(programmeSum / programmeKnownWeight) : null;
        var overallCoverage = programmeWeight > 0 ? Clamp(coverageSum / programmeWeight) : Percentage.Zero;
        Percentage? balanced = programmeWeight == 0 || anyDimensionUnknown
            ? null
            : anyZero ? Percentage.Zero : Clamp(100 * Math.Exp(logSum / programmeWeight));
        var breadth = active > 0 ? Clamp(100.0 * started / active) : Percentage.Zero;
        var statusCounts = new StatusCount[StatusCount];
        for (var s = 0; s < statusCounts.Length; s++)
        {
            statusCounts[s] = new StatusCount((ScheduleStatus)s, counts[s]);
        }

        return new ProgrammeProgress(
            asOf,
            territory,
            ValueListMarshal.Own(measures),
            ValueListMarshal.Own(dimensions),
            overall,
            overallCoverage,
            breadth,
            weakest,
            balanced,
            expected,
            options.Tolerance,
            ValueListMarshal.Own(statusCounts));
    }

    /// <summary>
    /// Sets a progress against the progress expected by now: the variance in points, the performance index, and
    /// whether it is on track within the tolerance; all null when the progress is unknown.
    /// </summary>
    internal static (double? Variance, double? PerformanceIndex, bool? IsOnTrack) AgainstExpected(Percentage? progress, Percentage expected, Percentage tolerance)
    {
        if (progress is not { } actual)
        {
            return (null, null, null);
        }

        var variance = actual.Points - expected.Points;
        return (variance, expected.Points > 0 ? actual.Points / expected.Points : null, variance >= -tolerance.Points);
    }

    /// <summary>A percentage from points that rounding may have pushed a hair outside 0–100.</summary>
    internal static Percentage Clamp(double points) => new(Math.Clamp(points, 0, 100));
}
