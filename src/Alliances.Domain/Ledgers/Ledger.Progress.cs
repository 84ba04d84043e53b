using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Collections;
using Alliances.Domain.Dimensions;
using Alliances.Domain.Measures;
using Alliances.Domain.Progress;
using Alliances.Domain.Quantities;
using Alliances.Domain.Reports;
using Alliances.Domain.Scheduling;
using NodaTime;

namespace Alliances.Domain.Ledgers;

public sealed partial class Ledger
{
    private const int ForecastWindow = 6;

    /// <summary>Works out where one measure stands at a date (rules PRO001, PRO002, PRO008–PRO010, SCH002–SCH007).</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="asOf">The date; only data dated on or before it count (rule PRO012).</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="ProgressOptions.Default"/>.</param>
    /// <returns>The measure's figures.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no such measure.</exception>
    public MeasureProgress ProgressOf(MeasureNumber measure, LocalDate asOf, ProgressOptions? options = null)
    {
        if (measure.Value > _reports.Length)
        {
            throw new KeyNotFoundException($"Programme {Programme.Id} has measures 1 to {_reports.Length}; there is no measure {measure}.");
        }

        options ??= ProgressOptions.Default;
        var m = measure.Value - 1;
        return MeasureAt(m, Programme.Measures[m].Dimension, asOf, PackedDate.Pack(asOf), DefaultExpected(asOf), options.Tolerance);
    }

    /// <summary>Works out where the programme stands at a date: every measure, every dimension and the whole (rules PRO001–PRO010).</summary>
    /// <param name="asOf">The date; only data dated on or before it count (rule PRO012).</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="ProgressOptions.Default"/>.</param>
    /// <returns>The figures.</returns>
    public ProgrammeProgress RollupAt(LocalDate asOf, ProgressOptions? options = null)
    {
        return RollupAt(asOf, new RollupBasis(Programme, options ?? ProgressOptions.Default));
    }

    /// <summary>Works out where the programme stands at a date, with the weights and dimensions already looked up.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="basis">The options, weights and dimensions of the rollup.</param>
    /// <param name="scratch">
    /// Where to work out every measure's figures, one slot per measure, to be read by the caller before its next use;
    /// the result then works them out again on first read. Without it the result keeps a fresh array.
    /// </param>
    internal ProgrammeProgress RollupAt(LocalDate asOf, RollupBasis basis, MeasureProgress[]? scratch = null)
    {
        var expected = DefaultExpected(asOf, basis);
        var measures = scratch ?? new MeasureProgress[_reports.Length];
        FillMeasures(measures, asOf, basis.MeasureKinds, basis.Options.Tolerance, expected);
        return Rollup.Programme(Territory, asOf, measures, basis, expected, scratch is null ? null : this);
    }

    /// <summary>Works out every measure's figures again, for a rollup that did not keep them.</summary>
    /// <param name="asOf">The date.</param>
    /// <param name="kinds">Every measure's dimension, in measure order.</param>
    /// <param name="tolerance">The on-track tolerance.</param>
    /// <param name="expected">The programme's expected progress, for measures without a plan.</param>
    internal MeasureProgress[] MeasuresAt(LocalDate asOf, DimensionKind[] kinds, Percentage tolerance, Percentage expected)
    {
        var measures = new MeasureProgress[_reports.Length];
        FillMeasures(measures, asOf, kinds, tolerance, expected);
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
    /// The forecast fits a least-squares line through the measure's progress at its last reports on or before the
    /// date that have a known progress, at most six, and needs at least two on distinct days. The line's day of 100 %
    /// is the forecast, rounded up and never before the date. A flat or falling line gives no forecast, and a day after
    /// 31 December 9999, the end of the calendar, gives <see cref="ForecastOutcome.BeyondCalendar"/>.
    /// </remarks>
    /// <param name="measure">The measure.</param>
    /// <param name="asOf">The date to forecast from.</param>
    /// <returns>The forecast.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no such measure.</exception>
    public CompletionForecast ForecastCompletion(MeasureNumber measure, LocalDate asOf)
    {
        var current = ProgressOf(measure, asOf);
        if (current.IsCancelled)
        {
            return new CompletionForecast(measure, asOf, ForecastOutcome.Cancelled, null, null, 0);
        }

        var m = measure.Value - 1;
        var entries = _reports[m];
        var last = Search.LastOnOrBefore(entries, PackedDate.Pack(asOf));
        Span<double> days = stackalloc double[ForecastWindow];
        Span<double> values = stackalloc double[ForecastWindow];
        var used = 0;

        // Each report is the latest on its own day (a ledger keeps one a day), so its figures are those at its index.
        for (var i = last; i >= 0 && used < ForecastWindow; i--)
        {
            var day = PackedDate.Unpack(entries[i].Date);
            var progress = MeasureAt(m, i, current.Dimension, day, entries[i].Date, Percentage.Zero, Percentage.Zero).Progress;
            if (progress is { } p)
            {
                days[used] = Period.DaysBetween(asOf, day);
                values[used] = p.Points;
                used++;
            }
        }

        if (current.Progress == Percentage.Full)
        {
            var reached = asOf;
            for (var i = last; i >= 0; i--)
            {
                var day = PackedDate.Unpack(entries[i].Date);
                if (MeasureAt(m, i, current.Dimension, day, entries[i].Date, Percentage.Zero, Percentage.Zero).Progress != Percentage.Full)
                {
                    break;
                }

                reached = day;
            }

            return new CompletionForecast(measure, asOf, ForecastOutcome.AlreadyComplete, reached, null, used);
        }

        var fit = LeastSquares(days[..used], values[..used]);
        if (fit is null)
        {
            return new CompletionForecast(measure, asOf, ForecastOutcome.NotEnoughData, null, null, used);
        }

        var (intercept, slope) = fit.Value;
        if (slope <= 0)
        {
            return new CompletionForecast(measure, asOf, ForecastOutcome.NotRising, null, slope, used);
        }

        var daysToFull = Math.Max(0, Math.Ceiling((100 - intercept) / slope));
        if (daysToFull > 365 * 100)
        {
            return new CompletionForecast(measure, asOf, ForecastOutcome.NotRising, null, slope, used);
        }

        // Near the end of the calendar the day of 100 % may lie after 31 December 9999: said, not thrown.
        return daysToFull > Period.DaysBetween(asOf, LocalDate.MaxIsoValue)
            ? new CompletionForecast(measure, asOf, ForecastOutcome.BeyondCalendar, null, slope, used)
            : new CompletionForecast(measure, asOf, ForecastOutcome.Forecast, asOf.PlusDays((int)daysToFull), slope, used);
    }

    /// <summary>Gets how a measure's progress moved between two dates.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="from">The earlier date.</param>
    /// <param name="to">The later date.</param>
    /// <returns>The change.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no such measure.</exception>
    public ProgressChange ChangeBetween(MeasureNumber measure, LocalDate from, LocalDate to) =>
        new(measure, from, to, ProgressOf(measure, from).Progress, ProgressOf(measure, to).Progress);

    /// <summary>
    /// Gets how a measure's progress moved since the report before its latest one on or before a date: "what moved
    /// since last time".
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The change from the previous report's day to the latest report's day, or <see langword="null"/> when the measure has fewer than two reports by then.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no such measure.</exception>
    public ProgressChange? ChangeSincePreviousReport(MeasureNumber measure, LocalDate asOf)
    {
        if (measure.Value > _reports.Length)
        {
            throw new KeyNotFoundException($"Programme {Programme.Id} has measures 1 to {_reports.Length}; there is no measure {measure}.");
        }

        var entries = _reports[measure.Value - 1];
        var last = Search.LastOnOrBefore(entries, PackedDate.Pack(asOf));
        return last < 1 ? null : ChangeBetween(measure, PackedDate.Unpack(entries[last - 1].Date), PackedDate.Unpack(entries[last].Date));
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
        var tracks = _tracks[m];
        double sum = 0, weight = 0;
        for (var t = 0; t < tracks.Length; t++)
        {
            if (tracks[t].ProgressAt(packed) is { } p)
            {
                sum += p.Points * tracks[t].Indicator.Weight;
                weight += tracks[t].Indicator.Weight;
            }
        }

        return weight > 0 ? new Percentage(Math.Clamp(sum / weight, 0, 100)) : null;
    }

    /// <summary>
    /// Expected progress on the programme's default plan: launch to the end of the results window; through a rollup's
    /// basis when there is one, which remembers it for the ledgers that share the plan.
    /// </summary>
    private Percentage DefaultExpected(LocalDate asOf, RollupBasis? basis = null)
    {
        var end = Schedule.ResultsWindow.End;
        return basis is null ? Rollup.Linear(LaunchDate, end, asOf) : basis.ExpectedOn(LaunchDate, end, asOf);
    }

    /// <summary>Fits value = a + b·day by least squares; null without two distinct days.</summary>
    private static (double Intercept, double Slope)? LeastSquares(ReadOnlySpan<double> days, ReadOnlySpan<double> values)
    {
        var n = days.Length;
        if (n < 2)
        {
            return null;
        }

        double meanX = 0, meanY = 0;
        for (var i = 0; i < n; i++)
        {
            meanX += days[i];
            meanY += values[i];
        }

        meanX /= n;
        meanY /= n;
        double sxx = 0, sxy = 0;
        for (var i = 0; i < n; i++)
        {
            sxx += (days[i] - meanX) * (days[i] - meanX);
            sxy += (days[i] - meanX) * (values[i] - meanY);
        }

        if (sxx == 0)
        {
            return null;
        }

        var slope = sxy / sxx;
        return (meanY - (slope * meanX), slope);
    }
}
