using Alliances.Domain.Benchmarks.Data;
using Alliances.Domain.Progress;
using BenchmarkDotNet.Attributes;

namespace Alliances.Domain.Benchmarks;

/// <summary>W2, scaling: our rollup for 1, 10 and 101 territories and 52, 156 and 520 reports per measure.</summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private Portfolio _portfolio = null!;

    [Params(1, 10, 101)]
    public int Territories { get; set; }

    [Params(52, 156, 520)]
    public int ReportsPerMeasure { get; set; }

    [GlobalSetup]
    public void Setup() => _portfolio = Documents.Build(Territories, ReportsPerMeasure);

    [Benchmark(Description = "Portfolio.RollupAt")]
    public PortfolioProgress Rollup() => _portfolio.RollupAt(Documents.AsOf);
}
