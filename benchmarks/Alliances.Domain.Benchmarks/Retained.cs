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
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var portfolio = Documents.Build(territories, reports);
            var after = GC.GetTotalMemory(forceFullCollection: true);
            var count = portfolio.ReportCount;
            Console.WriteLine($"{territories} territories × 21 measures × {reports} reports: {count} reports, {after - before} bytes retained, {(after - before) / (double)count:F2} bytes per report");
            GC.KeepAlive(portfolio);
        }

        // The size of each JSON document, to set the writers' allocations against.
        foreach (var name in new[] { "ledger", "portfolio" })
        {
            var bytes = Serialization.LedgerJson.SerializeToUtf8Bytes(Documents.Ledgers(name), indented: false).Length;
            Console.WriteLine($"{name}: {bytes} bytes of JSON ({bytes / 1024.0:F2} KB)");
        }
    }
}
