using System.Runtime.CompilerServices;
using Alliances.Domain.Benchmarks.Data;

namespace Alliances.Domain.Benchmarks;

/// <summary>Measures the managed bytes a ledger retains per report, with reports that carry no comment, and the documents' sizes.</summary>
public static class Retained
{
    public static void Measure()
    {
        _ = Documents.Ledger; // the programme, catalogue and builders are loaded before the measure
        foreach (var (territories, reports) in new[] { (10, 156), (101, 156) })
        {
            var (bytes, count) = RetainedBy(territories, reports);
            Console.WriteLine($"{territories} territories × 21 measures × {reports} reports: {count} reports, {bytes} bytes retained, {bytes / (double)count:F2} bytes per report");
        }

        // The size of each JSON document, to set the writers' allocations against.
        foreach (var name in new[] { "ledger", "portfolio" })
        {
            var bytes = Serialization.LedgerJson.SerializeToUtf8Bytes(Documents.Ledgers(name), indented: false).Length;
            Console.WriteLine($"{name}: {bytes} bytes of JSON ({bytes / 1024.0:F2} KB)");
        }
    }

    /// <summary>
    /// The managed heap after building a portfolio less the heap before, both after full collections. A method of its
    /// own, so that no portfolio of an earlier measure is still held by a local when this one starts; a first build,
    /// dropped, does whatever building loads once (caches, builders) before the measure.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (long Bytes, int Reports) RetainedBy(int territories, int reports)
    {
        Warm(territories, reports);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var portfolio = Documents.Build(territories, reports);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(portfolio);
        return (after - before, portfolio.ReportCount);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Warm(int territories, int reports) => GC.KeepAlive(Documents.Build(territories, reports));
}
