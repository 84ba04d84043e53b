using System.Runtime.CompilerServices;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Testing;
using NodaTime;

namespace Alliances.Domain.Tests.Ledgers;

/// <summary>
/// What the compact storage buys, measured through the public API: a ledger retains at most 24 bytes a report (the goal
/// of docs/benchmarks.md), and working out a rollup allocates nothing per report.
/// </summary>
/// <remarks>
/// The retained bytes are read from the whole managed heap, so this class runs alone, after the tests that run in
/// parallel (<see cref="MemoryMeasures"/>). The allocations are counted on the test's own thread, which nothing else
/// touches.
/// </remarks>
[Collection(nameof(MemoryMeasures))]
public class StorageSizeTest
{
    /// <summary>The goal: retained memory at most 24 bytes a report, reports without comments.</summary>
    private const double GoalBytesPerReport = 24;

    [Fact]
    public void APortfolio_RetainsAtMost24BytesAReport()
    {
        GC.KeepAlive(Build(2)); // whatever building loads once (builders, caches, code) is loaded before the measure

        var (bytes, reports) = RetainedBy(10);

        reports.Should().BeGreaterThan(30_000, "the measure is over enough reports for the per-ledger part to fade");
        ((double)bytes / reports).Should().BeLessThanOrEqualTo(GoalBytesPerReport, $"{bytes:N0} bytes are retained for {reports:N0} reports");
    }

    [Fact]
    public void ARollup_AllocatesNothingPerReport()
    {
        var asOf = new LocalDate(2022, 5, 7);
        var few = Territorial(Period.FromMonths(1), seed: 1);
        var many = Territorial(Period.FromDays(2), seed: 1);
        few.ReportCount.Should().BeLessThan(many.ReportCount / 10);
        _ = few.RollupAt(asOf).Measures; // code and caches loaded outside the count

        AllocatedBy(() => many.RollupAt(asOf).Measures).Should().Be(AllocatedBy(() => few.RollupAt(asOf).Measures));
    }

    /// <summary>The heap after building a portfolio less the heap before, both after full collections.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (long Bytes, int Reports) RetainedBy(int territories)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var portfolio = Build(territories);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(portfolio);
        return (after - before, portfolio.ReportCount);
    }

    /// <summary>A portfolio of weekly reports on every measure for three years, without comments.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Portfolio Build(int territories) =>
        Portfolio.Create(new PortfolioDraft { Ledgers = [.. FrenchDepartements.Take(territories).Select((territory, i) =>
            new LedgerBuilder(Odd17.Programme).ForTerritory(territory).Weekly().DeclaringProgress(0.9).WithSeed(i).Build())] });

    private static Ledger Territorial(Period cadence, int seed) =>
        new LedgerBuilder(Odd17.Programme).Every(cadence).DeclaringProgress(0.9).WithSeed(seed).Build();

    private static long AllocatedBy(Func<object> work)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(work());
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}

/// <summary>Tests that read the whole managed heap: they run alone, after the tests that run in parallel.</summary>
[CollectionDefinition(nameof(MemoryMeasures), DisableParallelization = true)]
public sealed class MemoryMeasures;
