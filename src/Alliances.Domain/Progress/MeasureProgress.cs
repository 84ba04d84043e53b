using Alliances.Domain.Scheduling;
using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>
/// Where one measure stands at a date: its status, its progress and where that comes from, what was expected, the
/// variance, and its schedule status.
/// </summary>
/// <remarks>
/// <para>
/// A small value: computing it allocates nothing. Equality compares every property.
/// </para>
/// <para>
/// <c>default(MeasureProgress)</c> is what a ledger gives a measure without reports while nothing is expected yet:
/// measure 1, operational, not started and not assessed, 0 % from <see cref="ProgressSource.NotStarted"/> (rule
/// PRO002), 0 % expected, on track, not due, with no report, update or first effects.
/// </para>
/// </remarks>
public readonly record struct MeasureProgress
{
    // Held packed, 40 bytes: a rollup makes one per measure and territory, and the figures derived from these (the
    // days, the variance, the performance index) are worked out when read, not when the rollup runs. The fields are
    // laid out so that all zeros, the default, is a measure not started: progress known, the source stored relative to
    // NotStarted, and 0 meaning on track.
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
    private readonly byte _verdict; // 0: on track, 1: off track, 2: unknown
    private readonly bool _progressUnknown;

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
        _progressUnknown = double.IsNaN(progress);
        _progress = _progressUnknown ? 0 : progress;
        _source = (byte)(source ^ ProgressSource.NotStarted);
        _expected = expected;
        // The verdict differs from one measure to the next: written as 0/1 arithmetic, so the JIT can avoid a branch.
        _verdict = (byte)(_progressUnknown ? 2 : 1 - (Rollup.WithinTolerance(progress, expected, tolerance) ? 1 : 0));
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
    public Percentage? Progress => _progressUnknown ? null : new Percentage(_progress);

    /// <summary>Gets where its progress comes from.</summary>
    public ProgressSource Source => (ProgressSource)_source ^ ProgressSource.NotStarted;

    /// <summary>Gets the progress expected at the date (rule PRO008).</summary>
    public Percentage Expected => new(_expected);

    /// <summary>Gets the schedule variance in points, actual minus expected (rule PRO009), or <see langword="null"/> when progress is unknown.</summary>
    public double? Variance => Rollup.Variance(ProgressPoints, _expected);

    /// <summary>Gets the performance index, actual over expected (rule PRO009), or <see langword="null"/> while expected is 0 % or progress is unknown.</summary>
    public double? PerformanceIndex => Rollup.PerformanceIndex(ProgressPoints, _expected);

    /// <summary>Gets whether it is on track (rule PRO010), or <see langword="null"/> when progress is unknown.</summary>
    public bool? IsOnTrack => _verdict == 2 ? null : _verdict == 0;

    /// <summary>Gets its schedule status (rules SCH002–SCH007), from the first effects its reports state.</summary>
    public ScheduleStatus Schedule => (ScheduleStatus)_schedule;

    /// <summary>
    /// Gets when first effects were observed, as its latest report stating it says (rule PRO018), or
    /// <see langword="null"/>.
    /// </summary>
    public LocalDate? FirstEffects => PackedDate.UnpackOptional(_firstEffects);

    /// <summary>Gets a value indicating whether the measure is cancelled: out of every mean, reported apart.</summary>
    public bool IsCancelled => Status == LifecycleStatus.Cancelled;

    /// <summary>Gets the progress in points, or NaN when unknown: what the rollups sum, without building a percentage.</summary>
    internal double ProgressPoints => _progressUnknown ? double.NaN : _progress;

    /// <summary>Gets the variance in points, or NaN when the progress is unknown: what the rollups sum, without a nullable.</summary>
    internal double VariancePoints => ProgressPoints - _expected;

    /// <summary>Gets a value indicating whether the measure is known to be off track.</summary>
    internal bool IsOffTrack => _verdict == 1;
}
