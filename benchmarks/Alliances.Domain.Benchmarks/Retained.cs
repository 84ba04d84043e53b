using Alliances.Domain.Benchmarks.Data;

namespace Alliances.Domain.Benchmarks;

/// <summary>Measures the managed bytes a ledger retains per report, with reports that carry no comment.</summary>
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
    }
}
