using Alliances.Domain.Progress;
using Alliances.Domain.Scheduling;
using NodaTime;

namespace Alliances.Domain.Benchmarks;

/// <summary>
/// A second loop over plain arrays, which works out every figure <see cref="Portfolio.RollupAt"/> gives (each measure's
/// status, health, days, progress and its source, expected progress, on-track verdict and schedule status; each
/// territory's dimensions, coverage, breadth, balanced index, weakest dimension and schedule counts; the national means,
/// the measures across territories and the ranking) instead of the means alone: the practical limit for the same work.
/// </summary>
/// <remarks>
/// It covers what the benchmark's portfolio uses (equal weights, the default options, no indicators, no measure
/// plans) and refuses any other portfolio, so that it cannot silently give other figures than ours.
/// </remarks>
public sealed class FullArrayData
{
    private const double Tolerance = 10;
    private static readonly int KindCount = Enum.GetValues<DimensionKind>().Length;
    private static readonly int StatusCount = Enum.GetValues<ScheduleStatus>().Length;

    private FullEntry[][][] _entries = [];
    private int[] _kind = [];
    private int[][] _windowStart = [];
    private int[][] _windowEnd = [];
    private LocalDate[] _launch = [];
    private LocalDate[] _resultsEnd = [];
    private string[] _codes = [];

    /// <summary>Copies a portfolio into plain arrays: per territory and measure, the days (as yyyymmdd), carried values and codes.</summary>
    public static FullArrayData From(Portfolio portfolio)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        if (portfolio.Weights.Count > 0 || portfolio.Ledgers.Any(l => l.Indicators.Count > 0 || l.Plans.Count > 0)
            || !portfolio.Programme.Dimensions.Select(d => d.Kind).SequenceEqual(Enum.GetValues<DimensionKind>()))
        {
            throw new ArgumentException(
                "The full-figures loop covers portfolios of equal weights, without indicators or plans, whose programme has every kind of dimension in order.",
                nameof(portfolio));
        }

        var measures = portfolio.Programme.Measures;
        var count = portfolio.Ledgers.Count;
        var data = new FullArrayData
        {
            _kind = [.. measures.Select(m => (int)m.Dimension)],
            _entries = new FullEntry[count][][],
            _windowStart = new int[count][],
            _windowEnd = new int[count][],
            _launch = [.. portfolio.Ledgers.Select(l => l.LaunchDate)],
            _resultsEnd = [.. portfolio.Ledgers.Select(l => l.Schedule.ResultsWindow.End)],
            _codes = [.. portfolio.Ledgers.Select(l => l.Territory!.Code.Value)],
        };
        for (var t = 0; t < count; t++)
        {
            var ledger = portfolio.Ledgers[t];
            data._windowStart[t] = [.. Enum.GetValues<DimensionKind>().Select(k => Day(ledger.Schedule.WindowOf(k).Start))];
            data._windowEnd[t] = [.. Enum.GetValues<DimensionKind>().Select(k => Day(ledger.Schedule.WindowOf(k).End))];
            data._entries[t] = new FullEntry[measures.Count][];
            for (var m = 0; m < measures.Count; m++)
            {
                var reports = ledger.ReportsOf(measures[m].Number);
                var entries = new FullEntry[reports.Count];
                var (lastProgress, lastEffects) = (double.NaN, 0);
                for (var i = 0; i < reports.Count; i++)
                {
                    var report = reports[i];
                    lastProgress = report.DeclaredProgress?.Points ?? lastProgress;
                    lastEffects = report.FirstEffectsObserved is { } e ? Day(e) : lastEffects;
                    entries[i] = new FullEntry(
                        Day(report.Date), report.NextUpdateDue is { } due ? Day(due) : 0, lastEffects, lastProgress, (byte)report.Status, (byte)report.Health);
                }

                data._entries[t][m] = entries;
            }
        }

        return data;
    }

    /// <summary>Works out every figure at a date.</summary>
    public FullArrayResult Rollup(LocalDate asOf)
    {
        var day = Day(asOf);
        var territoryCount = _entries.Length;
        var measureCount = _kind.Length;
        var territories = new TerritoryFigures[territoryCount];
        var allRows = new MeasureRow[territoryCount * measureCount];
        var allDimensions = new DimensionRow[territoryCount * KindCount];
        var allCounts = new int[territoryCount * StatusCount];
        Span<double> sums = stackalloc double[KindCount];
        Span<int> counts = stackalloc int[KindCount];
        Span<int> knowns = stackalloc int[KindCount];
        Span<int> cancelleds = stackalloc int[KindCount];
        var (lastLaunch, lastEnd, expected) = (default(LocalDate), default(LocalDate), 0.0);
        for (var t = 0; t < territoryCount; t++)
        {
            sums.Clear();
            counts.Clear();
            knowns.Clear();
            cancelleds.Clear();
            if (t == 0 || _launch[t] != lastLaunch || _resultsEnd[t] != lastEnd)
            {
                (lastLaunch, lastEnd, expected) = (_launch[t], _resultsEnd[t], Expected(_launch[t], _resultsEnd[t], asOf));
            }

            var rows = allRows.AsSpan(t * measureCount, measureCount);
            var statusCounts = allCounts.AsSpan(t * StatusCount, StatusCount);
            int active = 0, started = 0;
            for (var m = 0; m < measureCount; m++)
            {
                var entries = _entries[t][m];
                int low = 0, high = entries.Length;
                while (low < high)
                {
                    var mid = (low + high) >>> 1;
                    if (entries[mid].Date <= day)
                    {
                        low = mid + 1;
                    }
                    else
                    {
                        high = mid;
                    }
                }

                var index = low - 1;
                var entry = index < 0 ? default : entries[index];
                var status = index < 0 ? (byte)LifecycleStatus.NotStarted : entry.Status;
                double progress;
                ProgressSource source;
                if (status == (byte)LifecycleStatus.Completed)
                {
                    (progress, source) = (100, ProgressSource.Completed);
                }
                else if (index >= 0 && !double.IsNaN(entry.Carried))
                {
                    (progress, source) = (entry.Carried, ProgressSource.Declared);
                }
                else if (status == (byte)LifecycleStatus.NotStarted)
                {
                    (progress, source) = (0, ProgressSource.NotStarted);
                }
                else
                {
                    (progress, source) = (double.NaN, ProgressSource.Unknown);
                }

                var kind = _kind[m];
                var effects = entry.Effects;
                var (start, end) = (_windowStart[t][kind], _windowEnd[t][kind]);
                var schedule = effects != 0 && effects <= day
                    ? effects < start ? ScheduleStatus.Early : effects > end ? ScheduleStatus.Late : ScheduleStatus.OnTime
                    : day < start ? ScheduleStatus.NotDue : day > end ? ScheduleStatus.Overdue : ScheduleStatus.Due;
                rows[m] = new MeasureRow(
                    status,
                    entry.Health,
                    entry.Date,
                    entry.NextDue,
                    effects,
                    progress,
                    (byte)source,
                    (byte)schedule,
                    double.IsNaN(progress) ? (byte)0 : progress - expected >= -Tolerance ? (byte)2 : (byte)1);
                statusCounts[(int)schedule]++;
                counts[kind]++;
                if (status == (byte)LifecycleStatus.Cancelled)
                {
                    cancelleds[kind]++;
                    continue;
                }

                active++;
                started += status == (byte)LifecycleStatus.NotStarted ? 0 : 1;
                if (!double.IsNaN(progress))
                {
                    knowns[kind]++;
                    sums[kind] += progress;
                }
            }

            var dimensions = allDimensions.AsSpan(t * KindCount, KindCount);
            double programmeSum = 0, logSum = 0, weakestValue = double.MaxValue;
            int programmeCount = 0, programmeKnown = 0, measuresKnown = 0, weakest = -1;
            bool anyZero = false, anyUnknown = false;
            for (var d = 0; d < KindCount; d++)
            {
                var activeCount = counts[d] - cancelleds[d];
                var progress = knowns[d] > 0 ? sums[d] / knowns[d] : double.NaN;
                var coverage = activeCount > 0 ? 100.0 * knowns[d] / activeCount : 0;
                dimensions[d] = new DimensionRow(progress, coverage, counts[d], knowns[d], cancelleds[d]);
                measuresKnown += knowns[d];
                if (activeCount == 0)
                {
                    continue;
                }

                programmeCount++;
                if (double.IsNaN(progress))
                {
                    anyUnknown = true;
                    continue;
                }

                programmeKnown++;
                programmeSum += progress;
                anyZero |= progress == 0;
                logSum += progress == 0 ? 0 : Math.Log(progress / 100);
                if (progress < weakestValue)
                {
                    (weakestValue, weakest) = (progress, d);
                }
            }

            var overall = programmeKnown > 0 ? programmeSum / programmeKnown : double.NaN;
            territories[t] = new TerritoryFigures(
                overall,
                active > 0 ? 100.0 * measuresKnown / active : 0, // rule PRO014: known measures over measures not cancelled
                active > 0 ? 100.0 * started / active : 0,
                weakest,
                programmeCount == 0 || anyUnknown ? double.NaN : anyZero ? 0 : 100 * Math.Exp(logSum / programmeCount),
                expected,
                overall - expected,
                double.IsNaN(overall) || expected <= 0 ? double.NaN : overall / expected,
                double.IsNaN(overall) ? (byte)0 : overall - expected >= -Tolerance ? (byte)2 : (byte)1);
        }

        return National(territories, allRows, allDimensions, allCounts, measureCount);
    }

    private FullArrayResult National(TerritoryFigures[] territories, MeasureRow[] rows, DimensionRow[] dimensionRows, int[] scheduleCounts, int measureCount)
    {
        double sum = 0;
        var known = 0;
        var dimensions = new double[KindCount];
        var dimensionKnown = new int[KindCount];
        var measureSum = new double[measureCount];
        var varianceSum = new double[measureCount];
        var measureKnown = new int[measureCount];
        var cancelled = new int[measureCount];
        var offTrack = new int[measureCount];
        for (var t = 0; t < territories.Length; t++)
        {
            var territory = territories[t];
            if (!double.IsNaN(territory.Progress))
            {
                sum += territory.Progress;
                known++;
            }

            for (var d = 0; d < KindCount; d++)
            {
                if (!double.IsNaN(dimensionRows[(t * KindCount) + d].Progress))
                {
                    dimensions[d] += dimensionRows[(t * KindCount) + d].Progress;
                    dimensionKnown[d]++;
                }
            }

            for (var m = 0; m < measureCount; m++)
            {
                ref readonly var row = ref rows[(t * measureCount) + m];
                if (row.Status == (byte)LifecycleStatus.Cancelled)
                {
                    cancelled[m]++;
                }
                else if (!double.IsNaN(row.Progress))
                {
                    measureKnown[m]++;
                    measureSum[m] += row.Progress;
                    varianceSum[m] += row.Progress - territory.Expected;
                    offTrack[m] += row.OnTrack == 1 ? 1 : 0;
                }
            }
        }

        for (var d = 0; d < KindCount; d++)
        {
            dimensions[d] = dimensionKnown[d] > 0 ? dimensions[d] / dimensionKnown[d] : double.NaN;
        }

        var measures = new double[measureCount];
        var variances = new double[measureCount];
        for (var m = 0; m < measureCount; m++)
        {
            measures[m] = measureKnown[m] > 0 ? measureSum[m] / measureKnown[m] : double.NaN;
            variances[m] = measureKnown[m] > 0 ? varianceSum[m] / measureKnown[m] : double.NaN;
        }

        var ranking = new int[territories.Length];
        for (var t = 0; t < ranking.Length; t++)
        {
            ranking[t] = t;
        }

        ranking.AsSpan().Sort(new RankComparer(territories, _codes));
        var ranked = new string[ranking.Length];
        for (var r = 0; r < ranked.Length; r++)
        {
            ranked[r] = _codes[ranking[r]];
        }

        return new FullArrayResult(
            known > 0 ? sum / known : double.NaN,
            territories.Length > 0 ? 100.0 * known / territories.Length : 0,
            dimensions,
            measures,
            variances,
            measureKnown,
            cancelled,
            offTrack,
            territories,
            rows,
            dimensionRows,
            scheduleCounts,
            ranked);
    }

    /// <summary>Names the first figure where this loop and ours disagree, or gives null when they agree on every figure.</summary>
    public static string? Disagreement(PortfolioProgress ours, FullArrayResult full)
    {
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(full);
        static bool Same(double? a, double b) => a is { } x ? Math.Abs(x - b) < 1e-9 : double.IsNaN(b);
        if (!Same(ours.Progress?.Points, full.National) || !Same(ours.Coverage.Points, full.Coverage))
        {
            return "the national progress or coverage";
        }

        for (var d = 0; d < full.Dimensions.Length; d++)
        {
            if (!Same(ours.Dimensions[d].Progress?.Points, full.Dimensions[d]))
            {
                return $"dimension {d}";
            }
        }

        for (var m = 0; m < full.Measures.Length; m++)
        {
            var across = ours.Measures[m];
            if (!Same(across.Progress?.Points, full.Measures[m]) || !Same(across.MeanVariance, full.MeanVariances[m]) || across.OffTrackCount != full.OffTrack[m]
                || across.KnownCount != full.Known[m] || across.CancelledCount != full.Cancelled[m])
            {
                return $"measure {m + 1} across territories";
            }
        }

        for (var t = 0; t < full.Territories.Length; t++)
        {
            var (mine, theirs) = (ours.Territories[t], full.Territories[t]);
            var measureCount = full.Measures.Length;
            var kindCount = full.DimensionRows.Length / full.Territories.Length;
            var statusCount = full.ScheduleCounts.Length / full.Territories.Length;
            if (!Same(mine.Progress?.Points, theirs.Progress) || !Same(mine.Coverage.Points, theirs.Coverage) || !Same(mine.Breadth.Points, theirs.Breadth)
                || !Same(mine.BalancedIndex?.Points, theirs.BalancedIndex) || (int?)mine.WeakestDimension != (theirs.Weakest < 0 ? null : theirs.Weakest)
                || !Same(mine.Expected.Points, theirs.Expected) || !Same(mine.Variance, theirs.Variance) || !Same(mine.PerformanceIndex, theirs.PerformanceIndex)
                || (mine.IsOnTrack is null ? 0 : mine.IsOnTrack.Value ? 2 : 1) != theirs.OnTrack
                || !mine.ScheduleCounts.Select(c => c.Count).SequenceEqual(full.ScheduleCounts.Skip(t * statusCount).Take(statusCount)))
            {
                return $"territory {t}";
            }

            for (var d = 0; d < kindCount; d++)
            {
                var (a, b) = (mine.Dimensions[d], full.DimensionRows[(t * kindCount) + d]);
                if (!Same(a.Progress?.Points, b.Progress) || !Same(a.Coverage.Points, b.Coverage) || a.KnownCount != b.Known || a.CancelledCount != b.Cancelled || a.MeasureCount != b.Measures)
                {
                    return $"territory {t}, dimension {d}";
                }
            }

            for (var m = 0; m < measureCount; m++)
            {
                var (a, b) = (mine.Measures[m], full.MeasureRows[(t * measureCount) + m]);
                if ((byte)a.Status != b.Status || (byte)a.Health != b.Health || (byte)a.Source != b.Source || (byte)a.Schedule != b.Schedule
                    || !Same(a.Progress?.Points, b.Progress) || (a.IsOnTrack is null ? 0 : a.IsOnTrack.Value ? 2 : 1) != b.OnTrack
                    || (a.LatestReport is { } latest ? Day(latest) : 0) != b.Latest || (a.NextUpdateDue is { } due ? Day(due) : 0) != b.NextDue
                    || (a.FirstEffects is { } effects ? Day(effects) : 0) != b.Effects || !Same(a.Expected.Points, theirs.Expected))
                {
                    return $"territory {t}, measure {m + 1}";
                }
            }
        }

        return ours.Ranking.Select(r => r.Territory.Code.Value).SequenceEqual(full.Ranking) ? null : "the ranking";
    }

    /// <summary>Expected progress from launch to the end of the results window, as the programme's default plan has it (rule PRO008).</summary>
    private static double Expected(LocalDate launch, LocalDate end, LocalDate asOf) =>
        asOf <= launch ? 0 : asOf >= end ? 100 : 100.0 * Period.DaysBetween(launch, asOf) / Period.DaysBetween(launch, end);

    private static int Day(LocalDate date) => (date.Year * 10000) + (date.Month * 100) + date.Day;
}

/// <summary>One report as the full-figures loop stores it: its days, the carried progress and effects, its status and health.</summary>
public readonly record struct FullEntry(int Date, int NextDue, int Effects, double Carried, byte Status, byte Health);

/// <summary>The ranking's order: known progress before unknown, higher first, then by territory code.</summary>
public readonly struct RankComparer(TerritoryFigures[] territories, string[] codes) : IComparer<int>
{
    /// <inheritdoc/>
    public int Compare(int a, int b)
    {
        var (x, y) = (territories[a].Progress, territories[b].Progress);
        return double.IsNaN(x) != double.IsNaN(y) ? (double.IsNaN(x) ? 1 : -1)
            : !double.IsNaN(x) && x != y ? y.CompareTo(x)
            : string.CompareOrdinal(codes[a], codes[b]);
    }
}

/// <summary>One measure's figures in one territory, as the full-figures loop keeps them.</summary>
public readonly record struct MeasureRow(byte Status, byte Health, int Latest, int NextDue, int Effects, double Progress, byte Source, byte Schedule, byte OnTrack);

/// <summary>One dimension's figures in one territory.</summary>
public readonly record struct DimensionRow(double Progress, double Coverage, int Measures, int Known, int Cancelled);

/// <summary>One territory's own figures; its measures, dimensions and schedule counts stand in the result's flat arrays.</summary>
public readonly record struct TerritoryFigures(
    double Progress,
    double Coverage,
    double Breadth,
    int Weakest,
    double BalancedIndex,
    double Expected,
    double Variance,
    double PerformanceIndex,
    byte OnTrack);

/// <summary>
/// What the full-figures loop gives: the national means, the measures across territories, each territory, its measures,
/// dimensions and schedule counts (in flat arrays, territory after territory), and the ranking.
/// </summary>
public sealed record FullArrayResult(
    double National,
    double Coverage,
    double[] Dimensions,
    double[] Measures,
    double[] MeanVariances,
    int[] Known,
    int[] Cancelled,
    int[] OffTrack,
    TerritoryFigures[] Territories,
    MeasureRow[] MeasureRows,
    DimensionRow[] DimensionRows,
    int[] ScheduleCounts,
    string[] Ranking);
