using Alliances.Domain.Dimensions;
using Alliances.Domain.Ledgers;
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
    // Held packed, 40 bytes: a rollup makes one per measure and territory, and the figures derived from these (the
    // days, the variance, the performance index) are worked out when read, not when the rollup runs.
    private readonly double _progress;
    private readonly double _expected;
    private readonly int _latestReport;
    private readonly int _nextUpdateDue;
    private readonly int _firstEffects;
    private readonly MeasureNumber _measure;
    private readonly byte _dimension;
    private readonly byte _status;
    private readonly byte _health;
    private readonly byte _source;
    private readonly byte _schedule;
    private readonly byte _onTrack; // 0: unknown, 1: off track, 2: on track
    private readonly bool _progressKnown;

    /// <summary>Initializes the figures from a ledger's packed values: days as <see cref="PackedDate"/>, progress in points or NaN when unknown.</summary>
    internal MeasureProgress(
        MeasureNumber measure,
        DimensionKind dimension,
        LifecycleStatus status,
        Health health,
        int latestReport,
        int nextUpdateDue,
        double progress,
        ProgressSource source,
        double expected,
        double tolerance,
        ScheduleStatus schedule,
        int firstEffects)
    {
        _measure = measure;
        _dimension = (byte)dimension;
        _status = (byte)status;
        _health = (byte)health;
        _latestReport = latestReport;
        _nextUpdateDue = nextUpdateDue;
        _progressKnown = !double.IsNaN(progress);
        _progress = _progressKnown ? progress : 0;
        _source = (byte)source;
        _expected = expected;
        // The verdict differs from one measure to the next: written as 0/1 arithmetic, so the JIT can avoid a branch.
        _onTrack = (byte)(_progressKnown ? 1 + (Rollup.WithinTolerance(progress, expected, tolerance) ? 1 : 0) : 0);
        _schedule = (byte)schedule;
        _firstEffects = firstEffects;
    }

    /// <summary>Gets the measure.</summary>
    public MeasureNumber Measure => _measure;

    /// <summary>Gets the kind of its dimension.</summary>
    public DimensionKind Dimension => (DimensionKind)_dimension;

    /// <summary>Gets its lifecycle status at the date: that of its latest report, or not started.</summary>
    public LifecycleStatus Status => (LifecycleStatus)_status;

    /// <summary>Gets the health its latest report gives, or not assessed.</summary>
    public Health Health => (Health)_health;

    /// <summary>Gets the day of its latest report on or before the date, or <see langword="null"/> when it has none.</summary>
    public LocalDate? LatestReport => PackedDate.UnpackOptional(_latestReport);

    /// <summary>Gets when its latest report said the next update is due, or <see langword="null"/>.</summary>
    public LocalDate? NextUpdateDue => PackedDate.UnpackOptional(_nextUpdateDue);

    /// <summary>Gets its progress (rule PRO002), or <see langword="null"/> when unknown.</summary>
    public Percentage? Progress => _progressKnown ? new Percentage(_progress) : null;

    /// <summary>Gets where its progress comes from.</summary>
    public ProgressSource Source => (ProgressSource)_source;

    /// <summary>Gets the progress expected at the date (rule PRO008).</summary>
    public Percentage Expected => new(_expected);

    /// <summary>Gets the schedule variance in points, actual minus expected (rule PRO009), or <see langword="null"/> when progress is unknown.</summary>
    public double? Variance => Rollup.Variance(ProgressPoints, _expected);

    /// <summary>Gets the performance index, actual over expected (rule PRO009), or <see langword="null"/> while expected is 0 % or progress is unknown.</summary>
    public double? PerformanceIndex => Rollup.PerformanceIndex(ProgressPoints, _expected);

    /// <summary>Gets whether it is on track (rule PRO010), or <see langword="null"/> when progress is unknown.</summary>
    public bool? IsOnTrack => _onTrack == 0 ? null : _onTrack == 2;

    /// <summary>Gets its schedule status (rules SCH002–SCH007), from the first effects its reports state.</summary>
    public ScheduleStatus Schedule => (ScheduleStatus)_schedule;

    /// <summary>Gets when first effects were observed, as its latest report stating it says, or <see langword="null"/>.</summary>
    public LocalDate? FirstEffects => PackedDate.UnpackOptional(_firstEffects);

    /// <summary>Gets a value indicating whether the measure is cancelled: out of every mean, reported apart.</summary>
    public bool IsCancelled => Status == LifecycleStatus.Cancelled;

    /// <summary>Gets the progress in points, or NaN when unknown: what the rollups sum, without building a percentage.</summary>
    internal double ProgressPoints => _progressKnown ? _progress : double.NaN;

    /// <summary>Gets the variance in points while the progress is known: what the rollups sum, without a nullable.</summary>
    internal double KnownVariance => _progress - _expected;

    /// <summary>Gets a value indicating whether the measure is known to be off track.</summary>
    internal bool IsOffTrack => _onTrack == 1;
}
