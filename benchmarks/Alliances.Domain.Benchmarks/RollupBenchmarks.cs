using Alliances.Domain.Benchmarks.Data;
using Alliances.Domain.Progress;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Alliances.Domain.Benchmarks;

/// <summary>
/// W2: the as-of rollup of the national portfolio (the programme, its dimensions, every measure, every territory):
/// ours, the LINQ a UI team would write over the public model, and a loop over plain arrays.
/// </summary>
[MemoryDiagnoser]
public class RollupBenchmarks
{
    private Portfolio _portfolio = null!;
    private ArrayData _arrays = null!;
    private FullArrayData _fullArrays = null!;

    [GlobalSetup]
    public void Setup()
    {
        _portfolio = Documents.National;
        _arrays = ArrayData.From(_portfolio);
        var ours = _portfolio.RollupAt(Documents.AsOf);
        var loop = _arrays.Rollup(Documents.AsOf);
        var linq = LinqRollup(_portfolio, Documents.AsOf);
        _fullArrays = FullArrayData.From(_portfolio);
        if (FullArrayData.Disagreement(ours, _fullArrays.Rollup(Documents.AsOf)) is { } figure)
        {
            throw new InvalidOperationException($"The full-figures loop and ours disagree on {figure}.");
        }

        if (Math.Abs(ours.Progress!.Value.Points - loop.National) > 1e-9 || Math.Abs(linq.National - loop.National) > 1e-9)
        {
            throw new InvalidOperationException($"The contenders disagree: ours {ours.Progress}, loop {loop.National}, LINQ {linq.National}.");
        }
    }

    [Benchmark(Baseline = true, Description = "loop over plain arrays")]
    public ArrayResult ArrayLoop() => _arrays.Rollup(Documents.AsOf);

    [Benchmark(Description = "Alliances.Domain Portfolio.RollupAt")]
    public PortfolioProgress Ours() => _portfolio.RollupAt(Documents.AsOf);

    /// <summary>
    /// Ours, then every territory's per-measure figures read: a national rollup works those out again from the ledger
    /// only when they are read, so this is what a caller pays who reads them all.
    /// </summary>
    [Benchmark(Description = "Alliances.Domain Portfolio.RollupAt, every territory's measures then read")]
    public int OursEveryMeasureRead()
    {
        var rollup = _portfolio.RollupAt(Documents.AsOf);
        var count = 0;
        foreach (var territory in rollup.Territories)
        {
            count += territory.Measures.Count;
        }

        return count;
    }

    [Benchmark(Description = "loop over plain arrays, every figure ours gives")]
    public FullArrayResult FullArrayLoop() => _fullArrays.Rollup(Documents.AsOf);

    [Benchmark(Description = "LINQ over the public model")]
    public ArrayResult Linq() => LinqRollup(_portfolio, Documents.AsOf);

    /// <summary>The rollup a UI team would write with LINQ over the public model.</summary>
    public static ArrayResult LinqRollup(Portfolio portfolio, LocalDate asOf)
    {
        var territories = portfolio.Ledgers.Select(ledger =>
        {
            var measures = ledger.Programme.Measures.Select(measure =>
            {
                var reports = ledger.ReportsOf(measure.Number).Where(r => r.Date <= asOf).ToList();
                var latest = reports.LastOrDefault();
                double? progress = latest is null ? 0
                    : latest.Status == LifecycleStatus.Completed ? 100
                    : reports.LastOrDefault(r => r.DeclaredProgress is not null)?.DeclaredProgress?.Points
                      ?? (latest.Status == LifecycleStatus.NotStarted ? 0 : null);
                return (measure.Dimension, Progress: progress, Cancelled: latest?.Status == LifecycleStatus.Cancelled);
            }).ToList();
            var dimensions = measures.Where(m => !m.Cancelled && m.Progress is not null)
                .GroupBy(m => m.Dimension)
                .Select(g => (Dimension: g.Key, Progress: g.Average(m => m.Progress!.Value)))
                .ToList();
            return (Dimensions: dimensions, Programme: dimensions.Average(d => d.Progress), Measures: measures);
        }).ToList();
        return new ArrayResult(
            territories.Average(t => t.Programme),
            [.. Enum.GetValues<DimensionKind>().Select(k => territories.Average(t => t.Dimensions.Single(d => d.Dimension == k).Progress))],
            [.. Enumerable.Range(0, 21).Select(m => territories.Where(t => t.Measures[m].Progress is not null).Average(t => t.Measures[m].Progress!.Value))],
            [.. territories.Select(t => t.Programme)]);
    }
}

/// <summary>What the array loop and the LINQ rollup give: national, per dimension, per measure, per territory.</summary>
public sealed record ArrayResult(double National, double[] Dimensions, double[] Measures, double[] Territories);

/// <summary>The portfolio as plain arrays: per territory and measure, the packed days, carried figures and statuses.</summary>
public sealed class ArrayData
{
    private int[][][] _dates = [];
    private double[][][] _carried = [];
    private byte[][][] _status = [];
    private int[] _dimension = [];

    public static ArrayData From(Portfolio portfolio)
    {
        var measures = portfolio.Programme.Measures;
        var data = new ArrayData
        {
            _dimension = [.. measures.Select(m => (int)m.Dimension)],
            _dates = new int[portfolio.Ledgers.Count][][],
            _carried = new double[portfolio.Ledgers.Count][][],
            _status = new byte[portfolio.Ledgers.Count][][],
        };
        for (var t = 0; t < portfolio.Ledgers.Count; t++)
        {
            var ledger = portfolio.Ledgers[t];
            data._dates[t] = new int[measures.Count][];
            data._carried[t] = new double[measures.Count][];
            data._status[t] = new byte[measures.Count][];
            for (var m = 0; m < measures.Count; m++)
            {
                var reports = ledger.ReportsOf(measures[m].Number);
                data._dates[t][m] = [.. reports.Select(r => (r.Date.Year * 10000) + (r.Date.Month * 100) + r.Date.Day)];
                data._status[t][m] = [.. reports.Select(r => (byte)r.Status)];
                var carried = new double[reports.Count];
                var last = double.NaN;
                for (var i = 0; i < reports.Count; i++)
                {
                    last = reports[i].DeclaredProgress?.Points ?? last;
                    carried[i] = last;
                }

                data._carried[t][m] = carried;
            }
        }

        return data;
    }

    public ArrayResult Rollup(LocalDate asOf)
    {
        var day = (asOf.Year * 10000) + (asOf.Month * 100) + asOf.Day;
        var territories = _dates.Length;
        var measureCount = _dimension.Length;
        var territory = new double[territories];
        var dimensions = new double[3];
        var measures = new double[measureCount];
        var measureKnown = new int[measureCount];
        Span<double> sums = stackalloc double[3];
        Span<int> counts = stackalloc int[3];
        for (var t = 0; t < territories; t++)
        {
            sums.Clear();
            counts.Clear();
            for (var m = 0; m < measureCount; m++)
            {
                var dates = _dates[t][m];
                int low = 0, high = dates.Length;
                while (low < high)
                {
                    var mid = (low + high) >>> 1;
                    if (dates[mid] <= day)
                    {
                        low = mid + 1;
                    }
                    else
                    {
                        high = mid;
                    }
                }

                var index = low - 1;
                double progress;
                if (index < 0)
                {
                    progress = 0;
                }
                else
                {
                    var status = _status[t][m][index];
                    if (status == (byte)LifecycleStatus.Cancelled)
                    {
                        continue;
                    }

                    progress = status == (byte)LifecycleStatus.Completed ? 100
                        : !double.IsNaN(_carried[t][m][index]) ? _carried[t][m][index]
                        : status == (byte)LifecycleStatus.NotStarted ? 0 : double.NaN;
                    if (double.IsNaN(progress))
                    {
                        continue;
                    }
                }

                sums[_dimension[m]] += progress;
                counts[_dimension[m]]++;
                measures[m] += progress;
                measureKnown[m]++;
            }

            double programme = 0;
            for (var d = 0; d < 3; d++)
            {
                var mean = sums[d] / counts[d];
                dimensions[d] += mean;
                programme += mean;
            }

            territory[t] = programme / 3;
        }

        for (var d = 0; d < 3; d++)
        {
            dimensions[d] /= territories;
        }

        for (var m = 0; m < measureCount; m++)
        {
            measures[m] /= measureKnown[m];
        }

        return new ArrayResult(territory.Average(), dimensions, measures, territory);
    }
}
