using Alliances.Domain.Benchmarks.Data;
using Alliances.Domain.Progress;
using BenchmarkDotNet.Attributes;

namespace Alliances.Domain.Benchmarks;

/// <summary>
/// W2 when a ledger's measures do not report in rounds: the national rollup of <see cref="Documents.Staggered"/>, where
/// the rollup's guess of each measure's position from the measure before never holds, against the same array loop.
/// </summary>
[MemoryDiagnoser]
public class StaggeredRollupBenchmarks
{
    private Portfolio _portfolio = null!;
    private ArrayData _arrays = null!;

    [GlobalSetup]
    public void Setup()
    {
        _portfolio = Documents.Staggered;
        _arrays = ArrayData.From(_portfolio);
        var ours = _portfolio.RollupAt(Documents.AsOf);
        var loop = _arrays.Rollup(Documents.AsOf);
        if (Math.Abs(ours.Progress!.Value.Points - loop.National) > 1e-9)
        {
            throw new InvalidOperationException($"The contenders disagree: ours {ours.Progress}, loop {loop.National}.");
        }
    }

    [Benchmark(Baseline = true, Description = "loop over plain arrays, staggered reports")]
    public ArrayResult ArrayLoop() => _arrays.Rollup(Documents.AsOf);

    [Benchmark(Description = "Alliances.Domain Portfolio.RollupAt, staggered reports")]
    public PortfolioProgress Ours() => _portfolio.RollupAt(Documents.AsOf);
}
