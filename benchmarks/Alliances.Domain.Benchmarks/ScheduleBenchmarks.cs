using Alliances.Domain.Catalogue;
using Alliances.Domain.Scheduling;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Alliances.Domain.Benchmarks;

/// <summary>
/// W3: effect windows and milestone-calendar queries, which allocate nothing; HappeningAt builds the list it returns,
/// shown for comparison.
/// </summary>
[MemoryDiagnoser]
public class ScheduleBenchmarks
{
    private static readonly LocalDate Day = new(2020, 6, 5);
    private readonly ProgrammeSchedule _schedule = Odd17.Programme.Schedule();
    private readonly MilestoneCalendar _calendar = MilestoneCalendar.For(Odd17.Programme);
    private readonly MeasureNumber _nine = new(9);

    [Benchmark(Baseline = true, Description = "WindowOf(dimension)")]
    public DateInterval WindowOf() => _schedule.WindowOf(DimensionKind.Strategic);

    [Benchmark(Description = "StatusOf(measure, date)")]
    public MeasureScheduleStatus StatusOf() => _schedule.StatusOf(_nine, Day);

    [Benchmark(Description = "NextAt(date)")]
    public Milestone? NextAt() => _calendar.NextAt(Day);

    [Benchmark(Description = "DaysUntilNextAt(date)")]
    public int? DaysUntilNext() => _calendar.DaysUntilNextAt(Day);

    [Benchmark(Description = "PastAt(date).Length")]
    public int Past() => _calendar.PastAt(Day).Length;

    [Benchmark(Description = "HappeningAt(date).Count")]
    public int Happening() => _calendar.HappeningAt(Day).Count;

    [Benchmark(Description = "TimingOf(milestone, date)")]
    public MilestoneTiming Timing() => MilestoneCalendar.TimingOf(_calendar.Milestones[1], Day);
}
