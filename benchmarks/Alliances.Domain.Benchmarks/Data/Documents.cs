using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Serialization;
using Alliances.Domain.Testing;
using NodaTime;

namespace Alliances.Domain.Benchmarks.Data;

/// <summary>The documents and portfolios the benchmarks measure, built once per process with fixed seeds.</summary>
public static class Documents
{
    /// <summary>The date rollups are worked out at: two years in.</summary>
    public static readonly LocalDate AsOf = new(2022, 5, 7);

    private static readonly Lazy<Ledger> LedgerValue = new(() => Territorial(FrenchDepartements.All[12], Period.FromMonths(1), 36, 1));
    private static readonly Lazy<Portfolio> NationalValue = new(() => Build(101, 156));
    private static readonly Lazy<Portfolio> StaggeredValue = new(() => Stagger(National));

    /// <summary>A ledger of 21 measures × 36 monthly reports.</summary>
    public static Ledger Ledger => LedgerValue.Value;

    /// <summary>The national portfolio: 101 territories × 21 measures × 156 weekly reports, about 330,000 reports.</summary>
    public static Portfolio National => NationalValue.Value;

    /// <summary>
    /// The national portfolio with measure <c>n</c> starting to report <c>n - 1</c> weeks late in every territory: no two
    /// measures of a ledger have as many reports on or before a date, so a rollup's guess from the measure before never
    /// holds.
    /// </summary>
    public static Portfolio Staggered => StaggeredValue.Value;

    /// <summary>Gets one of the three documents as a ledger document (the programme is not one).</summary>
    public static LedgerDocument Ledgers(string name) => name switch
    {
        "ledger" => LedgerDocument.Of(Ledger),
        "portfolio" => LedgerDocument.Of(National),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "ledger or portfolio"),
    };

    /// <summary>Builds a portfolio of <paramref name="territories"/> with <paramref name="reportsPerMeasure"/> weekly reports on every measure.</summary>
    public static Portfolio Build(int territories, int reportsPerMeasure) =>
        Portfolio.Create(new PortfolioDraft { Ledgers = [.. FrenchDepartements.Take(territories).Select((t, i) => Territorial(t, Period.FromWeeks(1), reportsPerMeasure, i))] });

    /// <summary>
    /// A territorial ledger with exactly <paramref name="count"/> reports on every measure, at a cadence: measures
    /// rise towards a level they never quite reach, so none completes and stops reporting.
    /// </summary>
    public static Ledger Territorial(Territory territory, Period cadence, int count, int seed)
    {
        var launch = Odd17.LaunchDate;
        var last = launch.Plus(Times(cadence, count - 1));
        var builder = new LedgerBuilder(Odd17.Programme)
            .ForTerritory(territory)
            .ReportingBetween(launch, last.PlusDays(3))
            .Every(cadence)
            .DeclaringProgress(0.9)
            .WithSeed(seed);
        foreach (var measure in Odd17.Programme.Measures)
        {
            var level = 60 + ((measure.Number.Value * 7 + seed) % 35);
            builder = builder.FollowingCurve(measure.Number.Value, ProgressCurve.Stalling(launch, last.PlusDays(30), level));
        }

        return builder.Build();
    }

    private static Portfolio Stagger(Portfolio portfolio) =>
        Portfolio.Create(new PortfolioDraft { Ledgers = [.. portfolio.Ledgers.Select(ledger =>
        {
            var draft = ledger.ToDraft();
            var launch = ledger.LaunchDate;
            return Ledger.Create(draft with
            {
                Reports = [.. draft.Reports.Where(r => r.Date >= launch.PlusWeeks(r.Measure.Value - 1))],
            });
        })] });

    private static Period Times(Period period, int n) => new PeriodBuilder
    {
        Months = period.Months * n,
        Weeks = period.Weeks * n,
        Days = period.Days * n,
    }.Build();
}
