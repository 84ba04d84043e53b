using Alliances.Domain.Catalogue;
using Alliances.Domain.Ledgers;
using Alliances.Domain.Measures;
using Alliances.Domain.Quantities;
using Alliances.Domain.Reports;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Alliances.Domain.Tests.Support;

/// <summary>FsCheck generators of valid reports and ledgers of the canonical programme.</summary>
internal static class LedgerGen
{
    private static readonly LifecycleStatus[] Statuses = Enum.GetValues<LifecycleStatus>();

    /// <summary>Reports on one measure that follow the lifecycle, on increasing days after launch.</summary>
    public static Gen<MeasureReport[]> ReportsOn(int measure) =>
        from count in Gen.Choose(0, 6)
        from gaps in Gen.ArrayOf(Gen.Choose(1, 120), count)
        from picks in Gen.ArrayOf(Gen.Choose(0, 100), count)
        from declared in Gen.ArrayOf(Gen.Choose(-30, 100), count)
        select Walk(measure, gaps, picks, declared);

    /// <summary>A ledger with reports on every measure.</summary>
    public static Gen<MeasureReport[]> AllReports =>
        Enumerable.Range(1, 21).Aggregate(
            Gen.Constant(Array.Empty<MeasureReport>()),
            (all, measure) => from before in all from more in ReportsOn(measure) select before.Concat(more).ToArray());

    /// <summary>A ledger of the canonical programme built from generated reports.</summary>
    public static Gen<Ledger> Ledger => AllReports.Select(Build);

    /// <summary>A day between launch and three years later.</summary>
    public static Gen<LocalDate> Day => Gen.Choose(0, 1200).Select(d => Odd17.LaunchDate.PlusDays(d));

    public static Ledger Build(IEnumerable<MeasureReport> reports) =>
        new LedgerDraft { Programme = Odd17.Programme, Reports = [.. reports] }.ToLedger();

    private static MeasureReport[] Walk(int measure, int[] gaps, int[] picks, int[] declared)
    {
        var reports = new MeasureReport[gaps.Length];
        var status = Lifecycle.Initial;
        var day = Odd17.LaunchDate;
        for (var i = 0; i < gaps.Length; i++)
        {
            day = day.PlusDays(gaps[i]);
            var allowed = Statuses.Where(s => Lifecycle.CanMove(status, s)).ToArray();
            status = allowed[picks[i] % allowed.Length];
            reports[i] = new MeasureReport(new MeasureNumber(measure), day, status, declared[i] < 0 ? null : new Percentage(declared[i]));
        }

        return reports;
    }
}
