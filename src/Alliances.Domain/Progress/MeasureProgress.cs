using Alliances.Domain.Dimensions;
using Alliances.Domain.Measures;
using Alliances.Domain.Quantities;
using Alliances.Domain.Reports;
using Alliances.Domain.Scheduling;
using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>
/// Where one measure stands at a date: its status, its progress and where that comes from, what was expected, the
/// variance, and its schedule status.
/// </summary>
/// <remarks>A small value: computing it allocates nothing. Equality compares every property.</remarks>
public readonly record struct MeasureProgress
{
    internal MeasureProgress(
        MeasureNumber measure,
        DimensionKind dimension,
        LifecycleStatus status,
        Health health,
        LocalDate? latestReport,
        LocalDate? nextUpdateDue,
        Percentage? progress,
        ProgressSource source,
        Percentage expected,
        Percentage tolerance,
        ScheduleStatus schedule,
        LocalDate? firstEffects)
    {
        Measure = measure;
        Dimension = dimension;
        Status = status;
        Health = health;
        LatestReport = latestReport;
        NextUpdateDue = nextUpdateDue;
        Progress = progress;
        Source = source;
        Expected = expected;
        Schedule = schedule;
        FirstEffects = firstEffects;
        (Variance, PerformanceIndex, IsOnTrack) = Rollup.AgainstExpected(progress, expected, tolerance);
    }

    /// <summary>Gets the measure.</summary>
    public MeasureNumber Measure { get; }

    /// <summary>Gets the kind of its dimension.</summary>
    public DimensionKind Dimension { get; }

    /// <summary>Gets its lifecycle status at the date: that of its latest report, or not started.</summary>
    public LifecycleStatus Status { get; }

    /// <summary>Gets the health its latest report gives, or not assessed.</summary>
    public Health Health { get; }

    /// <summary>Gets the day of its latest report on or before the date, or <see langword="null"/> when it has none.</summary>
    public LocalDate? LatestReport { get; }

    /// <summary>Gets when its latest report said the next update is due, or <see langword="null"/>.</summary>
    public LocalDate? NextUpdateDue { get; }

    /// <summary>Gets its progress (rule PRO002), or <see langword="null"/> when unknown.</summary>
    public Percentage? Progress { get; }

    /// <summary>Gets where its progress comes from.</summary>
    public ProgressSource Source { get; }

    /// <summary>Gets the progress expected at the date (rule PRO008).</summary>
    public Percentage Expected { get; }

    /// <summary>Gets the schedule variance in points, actual minus expected (rule PRO009), or <see langword="null"/> when progress is unknown.</summary>
    public double? Variance { get; }

    /// <summary>Gets the performance index, actual over expected (rule PRO009), or <see langword="null"/> while expected is 0 % or progress is unknown.</summary>
    public double? PerformanceIndex { get; }

    /// <summary>Gets whether it is on track (rule PRO010), or <see langword="null"/> when progress is unknown.</summary>
    public bool? IsOnTrack { get; }

    /// <summary>Gets its schedule status (rules SCH002–SCH007), from the first effects its reports state.</summary>
    public ScheduleStatus Schedule { get; }

    /// <summary>Gets when first effects were observed, as its latest report stating it says, or <see langword="null"/>.</summary>
    public LocalDate? FirstEffects { get; }

    /// <summary>Gets a value indicating whether the measure is cancelled: out of every mean, reported apart.</summary>
    public bool IsCancelled => Status == LifecycleStatus.Cancelled;
}
