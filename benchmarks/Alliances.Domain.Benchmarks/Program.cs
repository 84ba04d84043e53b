using Alliances.Domain.Benchmarks;
using Alliances.Domain.Benchmarks.Data;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

if (args.Contains("--retained"))
{
    Retained.Measure();
    return 0;
}

if (args.Contains("--peak"))
{
    Peak.Measure();
    return 0;
}

// The build of BenchmarkDotNet's generated project is given ten minutes instead of two: on a loaded two-core machine
// it takes longer than two, and the whole run stops there.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(12).WithLaunchCount(1).WithId("Alliances"))
    .AddColumn(StatisticColumn.Median, MedianRatioColumn.Instance)
    .WithBuildTimeout(TimeSpan.FromMinutes(10));
var summaries = BenchmarkSwitcher.FromAssembly(typeof(JsonWriteBenchmarks).Assembly)
    .Run(args, args.Contains("--job") ? DefaultConfig.Instance : config)
    .ToList();

// A failed case (a setup that found two contenders disagreeing, an exception in a benchmark) fails the run, so CI
// can rely on the exit code.
var failed = summaries.Sum(s => s.Reports.Count(r => !r.Success)) + summaries.Count(s => s.HasCriticalValidationErrors);
if (summaries.Count == 0 || failed > 0)
{
    Console.Error.WriteLine($"benchmarks: {failed} case(s) failed or {summaries.Count} summaries produced");
    return 1;
}

return 0;
