using Alliances.Domain.Benchmarks;
using Alliances.Domain.Benchmarks.Data;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

if (args.Contains("--retained"))
{
    Retained.Measure();
    return 0;
}

var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(8).WithLaunchCount(1).WithId("Alliances"))
    .WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromAssembly(typeof(JsonWriteBenchmarks).Assembly).Run(args, args.Contains("--job") ? DefaultConfig.Instance : config);
return 0;
