using System.Diagnostics.CodeAnalysis;
using Alliances.Domain.Scheduling;
using NodaTime;

namespace Alliances.Domain.Progress;

public sealed partial class Ledger
{
    private const int ForecastWindow = 6;

    /// <summary>Works out where one measure stands at a date (rules PRO001, PRO002, PRO008–PRO010, SCH002–SCH007).</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="asOf">The date; only data dated on or before it count (rule PRO012).</param>
    /// <param name="options">The options, or <see langword="null"/> for the ledger's own, <see cref="RollupSettings"/>.</param>
    /// <returns>The measure's figures.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no such measure.</exception>
    public MeasureProgress ProgressOf(MeasureNumber measure, LocalDate asOf, ProgressOptions? options = null) =>
        TryGetProgressOf(measure, asOf, out var progress, options) ? progress : throw Programme.NoMeasure(measure);

    /// <summary>Works out where one measure stands at a date, when the programme has the measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="asOf">The date; only data dated on or before it count (rule PRO012).</param>
    /// <param name="progress">The measure's figures, as <see cref="ProgressOf"/> gives them; <c>default</c> when the programme lacks the measure.</param>
    /// <param name="options">The options, or <see langword="null"/> for the ledger's own, <see cref="RollupSettings"/>.</param>
    /// <returns><see langword="true"/> when the programme has the measure; <see langword="false"/> where <see cref="ProgressOf"/> throws.</returns>
    public bool TryGetProgressOf(MeasureNumber measure, LocalDate asOf, out MeasureProgress progress, ProgressOptions? options = null)
    {
        if (!Programme.HasMeasure(measure))
        {
            progress = default;
            return false;
        }

        options ??= RollupSettings;
        var m = measure.Value - 1;
        progress = MeasureAt(m, Programme.Measures[m].Dimension, asOf, PackedDate.Pack(asOf), DefaultExpected(asOf), options.Tolerance);
        return true;
    }

    /// <summary>
    /// Gets every measure's schedule status at a date, judged against the first effects the ledger's reports state by
    /// then, with the measures without a lead that day (rule COM007): the schedule as the ledger's follow-up sees it.
    /// </summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The snapshot; its statuses are those <see cref="RollupAt(LocalDate, ProgressOptions?)"/> gives each measure.</returns>
    public Scheduling.ScheduleSnapshot ScheduleAt(LocalDate asOf)
    {
        var rollup = RollupAt(asOf);
        var firstEffects = new Dictionary<MeasureNumber, LocalDate>();
        foreach (var measure in rollup.Measures)
        {
            if (measure.FirstEffects is { } day)
            {
                firstEffects[measure.Measure] = day;
            }
        }

        var statuses = Schedule.StatusesAt(asOf, firstEffects);
        return new Scheduling.ScheduleSnapshot(asOf, statuses.Statuses, rollup.WithoutLead);
    }

    /// <summary>Works out where the programme stands at a date: every measure, every dimension and the whole (rules PRO001–PRO010, PRO014, PRO015).</summary>
    /// <param name="asOf">The date; only data dated on or before it count (rule PRO012).</param>
    /// <param name="options">The options, or <see langword="null"/> for the ledger's own, <see cref="RollupSettings"/>.</param>
    /// <returns>The figures.</returns>
    public ProgrammeProgress RollupAt(LocalDate asOf, ProgressOptions? options = null) =>
        RollupAt(asOf, new RollupBasis(Programme, options ?? RollupSettings), DefaultExpected(asOf));

    /// <summary>Works out where the programme stands at a date, with the weights and dimensions already looked up.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="basis">The options, weights and dimensions of the rollup.</param>
    /// <param name="defaultExpected">The expected progress on the ledger's default plan at the date (<see cref="DefaultExpected"/>).</param>
    /// <param name="scratch">
    /// Where to work out every measure's figures, one slot per measure, to be read by the caller before its next use;
    /// the result then works them out again on first read. Without it the result keeps a fresh array.
    /// </param>
    internal ProgrammeProgress RollupAt(LocalDate asOf, RollupBasis basis, Percentage defaultExpected, MeasureProgress[]? scratch = null)
    {
        var measures = scratch ?? new MeasureProgress[_reports.Length];
        FillMeasures(measures, asOf, basis.MeasureKinds, basis.Options.Tolerance, defaultExpected);

        // Without plans every measure expects the default, and so does the programme (rule PRO015).
        var expected = AnyPlan() ? Rollup.Expected(measures, basis) ?? defaultExpected : defaultExpected;
        return Rollup.Programme(Territory, asOf, measures, basis, expected, scratch is null ? null : this, Commitments);
    }

    /// <summary>Works out every measure's figures again, for a rollup that did not keep them.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="kinds">Every measure's dimension, in measure order.</param>
    /// <param name="tolerance">The on-track tolerance.</param>
    internal MeasureProgress[] MeasuresAt(LocalDate asOf, DimensionKind[] kinds, Percentage tolerance)
    {
        var measures = new MeasureProgress[_reports.Length];
        FillMeasures(measures, asOf, kinds, tolerance, DefaultExpected(asOf));
        return measures;
    }

    private void FillMeasures(Span<MeasureProgress> measures, LocalDate asOf, DimensionKind[] kinds, Percentage tolerance, Percentage expected)
    {
        var packed = PackedDate.Pack(asOf);
        var index = -1;
        for (var m = 0; m < _reports.Length; m++)
        {
            // The measure before's position is the guess: measures that report in rounds share their days.
            index = Search.LastOnOrBefore<ReportEntry>(_reports[m], packed, index);
            measures[m] = MeasureAt(m, index, kinds[m], asOf, packed, expected, tolerance);
        }
    }

    /// <summary>Forecasts when a measure reaches 100 % (rule PRO011).</summary>
    /// <remarks>
    /// <para>
    /// A cancelled measure has no forecast. A measure at 100 % at the date is already complete, since the first day of
    /// its last unbroken stretch at 100 %, as its reports and its indicators' observations give it.
    /// </para>
    /// <para>
    /// Otherwise the forecast fits a least-squares line through the measure's progress on the days of its last reports
    /// on or before the date that have a known progress, at most six and at least two, each taken to the hundredth of
    /// a point; the observations between those days count only through the reports that follow them. The line's first
    /// whole day at 100 % or more is computed exactly, in integer days and hundredths: a day on or after the date is
    /// <see cref="ForecastOutcome.Forecast"/>, a day before it <see cref="ForecastOutcome.Overdue"/>. A flat or falling
    /// line gives no forecast, and a day after 31 December 9999, the end of the calendar,
    /// <see cref="ForecastOutcome.BeyondCalendar"/>.
    /// </para>
    /// <para>
    /// So once the date is on or after the measure's last report and its indicators' last observation, the forecast no
    /// longer depends on it, but for a day the date has passed, which is overdue rather than forecast.
    /// </para>
    /// </remarks>
    /// <param name="measure">The measure.</param>
    /// <param name="asOf">The date to forecast from.</param>
    /// <returns>The forecast.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no such measure.</exception>
    public CompletionForecast ForecastCompletion(MeasureNumber measure, LocalDate asOf) =>
        TryGetForecastCompletion(measure, asOf, out var forecast) ? forecast : throw Programme.NoMeasure(measure);

    /// <summary>Forecasts when a measure reaches 100 % (rule PRO011), when the programme has the measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="asOf">The date to forecast from.</param>
    /// <param name="forecast">The forecast, as <see cref="ForecastCompletion"/> gives it; <see langword="null"/> when the programme lacks the measure.</param>
    /// <returns><see langword="true"/> when the programme has the measure; <see langword="false"/> where <see cref="ForecastCompletion"/> throws.</returns>
    public bool TryGetForecastCompletion(MeasureNumber measure, LocalDate asOf, [NotNullWhen(true)] out CompletionForecast? forecast)
    {
        forecast = TryGetProgressOf(measure, asOf, out var current) ? Forecast(measure, asOf, current) : null;
        return forecast is not null;
    }

    /// <summary>Forecasts a measure of the programme from its figures at the date.</summary>
    private CompletionForecast Forecast(MeasureNumber measure, LocalDate asOf, MeasureProgress current)
    {
        if (current.IsCancelled)
        {
            return new CompletionForecast(measure, asOf, ForecastOutcome.Cancelled, null, null, 0);
        }

        var m = measure.Value - 1;
        var entries = _reports[m];
        var last = Search.LastOnOrBefore(entries, PackedDate.Pack(asOf));
        Span<int> days = stackalloc int[ForecastWindow];
        Span<int> hundredths = stackalloc int[ForecastWindow];
        var used = 0;

        // Each report is the latest on its own day (a ledger keeps one a day), so its figures are those at its index.
        for (var i = last; i >= 0 && used < ForecastWindow; i--)
        {
            var day = entries[i].Date;
            if (MeasureAt(m, i, current.Dimension, PackedDate.Unpack(day), day, Percentage.Zero, Percentage.Zero).Progress is { } p)
            {
                days[used] = day;
                hundredths[used] = (int)(NaturalText.Round(p.Points, 2) * 100); // rule PRO017
                used++;
            }
        }

        if (current.Progress == Percentage.Full)
        {
            return new CompletionForecast(measure, asOf, ForecastOutcome.AlreadyComplete, FullSince(m, current.Dimension, PackedDate.Pack(asOf)), null, used);
        }

        if (used < 2)
        {
            return new CompletionForecast(measure, asOf, ForecastOutcome.NotEnoughData, null, null, used);
        }

        var latest = PackedDate.Unpack(days[0]);
        var (rise, run, firstFullDay) = TrendLine(latest, days[..used], hundredths[..used]);
        var pointsPerDay = rise / (double)run / 100;
        if (rise <= 0)
        {
            return new CompletionForecast(measure, asOf, ForecastOutcome.NotRising, null, pointsPerDay, used);
        }

        // Near the end of the calendar the day of 100 % may lie after 31 December 9999: said, not thrown.
        if (firstFullDay > Period.DaysBetween(latest, LocalDate.MaxIsoValue))
        {
            return new CompletionForecast(measure, asOf, ForecastOutcome.BeyondCalendar, null, pointsPerDay, used);
        }

        var full = latest.PlusDays((int)firstFullDay);
        return new CompletionForecast(measure, asOf, full < asOf ? ForecastOutcome.Overdue : ForecastOutcome.Forecast, full, pointsPerDay, used);
    }

    /// <summary>Gets how a measure's progress moved between two dates.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="from">The earlier date.</param>
    /// <param name="to">The later date.</param>
    /// <returns>The change.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no such measure.</exception>
    public ProgressChange ChangeBetween(MeasureNumber measure, LocalDate from, LocalDate to) =>
        TryGetChangeBetween(measure, from, to, out var change) ? change : throw Programme.NoMeasure(measure);

    /// <summary>Gets how a measure's progress moved between two dates, when the programme has the measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="from">The earlier date.</param>
    /// <param name="to">The later date.</param>
    /// <param name="change">The change, as <see cref="ChangeBetween"/> gives it; <c>default</c> when the programme lacks the measure.</param>
    /// <returns><see langword="true"/> when the programme has the measure; <see langword="false"/> where <see cref="ChangeBetween"/> throws.</returns>
    public bool TryGetChangeBetween(MeasureNumber measure, LocalDate from, LocalDate to, out ProgressChange change)
    {
        if (!TryGetProgressOf(measure, from, out var before) || !TryGetProgressOf(measure, to, out var after))
        {
            change = default;
            return false;
        }

        change = new(measure, from, to, before.Progress, after.Progress);
        return true;
    }

    /// <summary>
    /// Gets how a measure's progress moved since the report before its latest one on or before a date: "what moved
    /// since last time".
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The change from the previous report's day to the latest report's day, or <see langword="null"/> when the measure has fewer than two reports by then.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no such measure.</exception>
    public ProgressChange? ChangeSincePreviousReport(MeasureNumber measure, LocalDate asOf) =>
        TryGetChangeSincePreviousReport(measure, asOf, out var change) ? change : throw Programme.NoMeasure(measure);

    /// <summary>
    /// Gets how a measure's progress moved since the report before its latest one on or before a date, when the
    /// programme has the measure.
    /// </summary>
    /// <remarks>
    /// It returns <see langword="false"/> exactly where <see cref="ChangeSincePreviousReport"/> throws, for a measure the
    /// programme lacks; a measure with fewer than two reports by then is known, so it returns <see langword="true"/> with
    /// a <see langword="null"/> change.
    /// </remarks>
    /// <param name="measure">The measure.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="change">
    /// The change from the previous report's day to the latest report's day; <see langword="null"/> when the measure
    /// has fewer than two reports by then, or the programme lacks it.
    /// </param>
    /// <returns><see langword="true"/> when the programme has the measure, whatever its reports.</returns>
    public bool TryGetChangeSincePreviousReport(MeasureNumber measure, LocalDate asOf, out ProgressChange? change)
    {
        change = null;
        if (!Programme.HasMeasure(measure))
        {
            return false;
        }

        var entries = _reports[measure.Value - 1];
        var last = Search.LastOnOrBefore(entries, PackedDate.Pack(asOf));
        if (last >= 1)
        {
            change = ChangeBetween(measure, PackedDate.Unpack(entries[last - 1].Date), PackedDate.Unpack(entries[last].Date));
        }

        return true;
    }

    /// <summary>Gets every measure whose progress moved between two dates, largest moves first: "what moved this month".</summary>
    /// <param name="from">The earlier date.</param>
    /// <param name="to">The later date.</param>
    /// <returns>The changes with a known, non-zero move, by decreasing size of move, then by measure.</returns>
    public ValueList<ProgressChange> MovedBetween(LocalDate from, LocalDate to) =>
        ValueList.CreateRange(Programme.Measures
            .Select(m => ChangeBetween(m.Number, from, to))
            .Where(c => c.Points is { } p && p != 0)
            .OrderByDescending(c => Math.Abs(c.Points!.Value))
            .ThenBy(c => c.Measure));

    /// <summary>Works out one measure's figures; allocates nothing.</summary>
    private MeasureProgress MeasureAt(int m, DimensionKind dimension, LocalDate asOf, int packed, Percentage defaultExpected, Percentage tolerance) =>
        MeasureAt(m, Search.LastOnOrBefore<ReportEntry>(_reports[m], packed), dimension, asOf, packed, defaultExpected, tolerance);

    /// <summary>Works out one measure's figures from the position of its latest report on or before the date (-1 for none); allocates nothing.</summary>
    private MeasureProgress MeasureAt(int m, int index, DimensionKind dimension, LocalDate asOf, int packed, Percentage defaultExpected, Percentage tolerance)
    {
        var entries = _reports[m];
        ReportEntry latest = index < 0 ? default : entries[index];
        var status = index < 0 ? Lifecycle.Initial : latest.Status;
        double progress;
        ProgressSource source;
        if (status == LifecycleStatus.Completed)
        {
            (progress, source) = (100, ProgressSource.Completed);
        }
        else if (_tracks[m].Length > 0 && IndicatorMean(m, packed) is { } fromIndicators)
        {
            (progress, source) = (fromIndicators.Points, ProgressSource.Indicators);
        }
        else if (index >= 0 && latest.CarriedProgress != ProgressPacking.None)
        {
            (progress, source) = (ProgressPacking.ToPoints(latest.CarriedProgress), ProgressSource.Declared);
        }
        else if (!Lifecycle.HasStarted(status))
        {
            (progress, source) = (0, ProgressSource.NotStarted);
        }
        else
        {
            (progress, source) = (double.NaN, ProgressSource.Unknown);
        }

        var effects = index < 0 ? PackedDate.None : latest.CarriedEffects;
        var expected = _plans[m] is { } plan ? Rollup.Linear(plan.Start, plan.End, asOf) : defaultExpected;
        return new MeasureProgress(
            MeasureNumber.FromIndex(m),
            dimension,
            status,
            index < 0 ? Health.NotAssessed : latest.Health,
            index < 0 ? PackedDate.None : latest.Date,
            index < 0 ? PackedDate.None : latest.NextDue,
            progress,
            source,
            expected.Points,
            tolerance.Points,
            Schedule.Classify(dimension, packed, effects),
            effects);
    }

    /// <summary>The weighted mean of a measure's indicators that have a value at a packed day, or null.</summary>
    private Percentage? IndicatorMean(int m, int packed)
    {
        var mean = default(MeanTally);
        foreach (var track in _tracks[m])
        {
            mean.Add(track.ProgressAt(packed), track.Indicator.Weight);
        }

        return mean.Mean(strict: false);
    }

    /// <summary>Gets whether any measure has a plan of its own, looking at each measure's slot in turn.</summary>
    private bool AnyPlan()
    {
        foreach (var plan in _plans)
        {
            if (plan is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the expected progress at a date on the ledger's default plan, from launch to the end of the results window (rule PRO008).</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The expected progress; the same for every ledger of a programme with the same launch date.</returns>
    internal Percentage DefaultExpected(LocalDate asOf) => Rollup.Linear(LaunchDate, Schedule.ResultsWindow.End, asOf);

    /// <summary>
    /// Fits the least-squares line through points of packed days and hundredths of a point, two or more on distinct
    /// days, exactly: its slope is <c>rise / run</c> hundredths a day, and on a rising line the first whole day at
    /// 100 % or more is counted from a given day.
    /// </summary>
    /// <remarks>
    /// With n points, x their days from <paramref name="origin"/> and y their hundredths, the line is at
    /// <c>ȳ + (rise / run)(x − x̄)</c>, where <c>run = nΣx² − (Σx)²</c> and <c>rise = nΣxy − ΣxΣy</c>; it reaches 10,000
    /// hundredths at <c>x* = ((10,000n − Σy)·run + rise·Σx) / (n·rise)</c>, whose ceiling is the day. Days span at most the
    /// calendar, under 2²², and hundredths at most 10,000, so the sums fit a <see cref="long"/> and the products an
    /// <see cref="Int128"/>: no rounding anywhere.
    /// </remarks>
    private static (long Rise, long Run, Int128 FirstFullDay) TrendLine(LocalDate origin, ReadOnlySpan<int> days, ReadOnlySpan<int> hundredths)
    {
        long n = days.Length, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (var i = 0; i < days.Length; i++)
        {
            long x = Period.DaysBetween(origin, PackedDate.Unpack(days[i]));
            long y = hundredths[i];
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }

        // run > 0: the days are distinct, since a ledger keeps one report a day.
        var run = (n * sxx) - (sx * sx);
        var rise = (n * sxy) - (sx * sy);
        if (rise <= 0)
        {
            return (rise, run, 0);
        }

        var (quotient, remainder) = Int128.DivRem(((Int128)((10_000 * n) - sy) * run) + ((Int128)rise * sx), (Int128)n * rise);
        return (rise, run, remainder > 0 ? quotient + 1 : quotient);
    }

    /// <summary>
    /// Gets the first day of a measure's last unbroken stretch at 100 % up to a packed day at which it is at 100 %,
    /// walking back over the only days its progress can change: its reports' and its indicators' observations'.
    /// </summary>
    private LocalDate FullSince(int m, DimensionKind dimension, int day)
    {
        // A measure at 100 % has a report or an observation on or before the day, or it would be at 0 %.
        var since = LastChangeOnOrBefore(m, day);
        while (LastChangeOnOrBefore(m, since - 1) is var before and not PackedDate.None
            && MeasureAt(m, dimension, PackedDate.Unpack(before), before, Percentage.Zero, Percentage.Zero).Progress == Percentage.Full)
        {
            since = before;
        }

        return PackedDate.Unpack(since);
    }

    /// <summary>Gets the last packed day on or before a packed day with a report on a measure or an observation of one of its indicators, or <see cref="PackedDate.None"/>.</summary>
    private int LastChangeOnOrBefore(int m, int day)
    {
        var reports = _reports[m];
        var index = Search.LastOnOrBefore(reports, day);
        var latest = index < 0 ? PackedDate.None : reports[index].Date;
        foreach (var track in _tracks[m])
        {
            var observed = Search.LastOnOrBefore(track.Observations, day);
            if (observed >= 0)
            {
                latest = Math.Max(latest, track.Observations[observed].Date);
            }
        }

        return latest;
    }
}
