using System.Reflection;
using System.Runtime.CompilerServices;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using static Alliances.Domain.Progress.LifecycleStatus;
using static Alliances.Domain.Tests.Support.LedgerFixtures;

namespace Alliances.Domain.Tests.Progress;

/// <summary>
/// A territory's figures in a national view: its measures' figures are worked out from its ledger when first read,
/// which keeps the ledger alive until then and no longer; comparing and printing the figures leave them deferred.
/// </summary>
public class ProgrammeProgressTest
{
    private static readonly NodaTime.LocalDate AsOf = Day("2021-01-01");

    [Fact]
    public void TerritoryFigures_KeepTheirLedgerOnlyUntilTheirMeasuresAreRead()
    {
        var (views, ledger) = NationalViewsOfAFreshLedger(1);
        var national = views[0];
        Collect();
        ledger.IsAlive.Should().BeTrue("the territory's measures are still to be worked out from its ledger");

        national.Territories[0].Measures.Should().HaveCount(21);
        Collect();

        ledger.IsAlive.Should().BeFalse("once its measures are worked out, the territory's figures no longer need the ledger");
        national.Territories[0].GetMeasure(new MeasureNumber(1)).Progress.Should().Be(new Percentage(14));
    }

    [Fact]
    public void ComparingAndPrintingTerritoryFigures_LeavesTheirMeasuresDeferred()
    {
        var (views, ledger) = NationalViewsOfAFreshLedger(2);
        var (national, again) = (views[0], views[1]);
        var territory = national.Territories[0];

        territory.Should().Be(again.Territories[0]);
        national.Should().Be(again);
        territory.ToString().Should().Be("13 Territoire 13 at 2021-01-01: 19.71428571428571% against 21.826484018264843% expected, coverage 100%");
        national.ToString().Should().Contain(territory.ToString()).And.Be(again.ToString());
        Collect();

        ledger.IsAlive.Should().BeTrue("neither comparing nor printing the figures worked out the measures, which would have let the ledger go");
        GC.KeepAlive(again);
    }

    [Fact]
    public void TerritoryFigures_OfOneLedgerWithAnotherTolerance_DifferInTheirMeasures()
    {
        // Measure 1 is 7.8 points behind: on track within 10 points, not within 5; the programme, 2.1 points behind,
        // is on track either way.
        var portfolio = Portfolio.Create(new PortfolioDraft { Ledgers = [Lagging()] });

        var within10 = portfolio.RollupAt(AsOf).Territories[0];
        var within5 = portfolio.RollupAt(AsOf, new ProgressOptions { Tolerance = new Percentage(5) }).Territories[0];

        within10.IsOnTrack.Should().Be(within5.IsOnTrack);
        within10.Should().NotBe(within5);
        within10.GetMeasure(new MeasureNumber(1)).IsOnTrack.Should().BeTrue();
        within5.GetMeasure(new MeasureNumber(1)).IsOnTrack.Should().BeFalse();
    }

    [Fact]
    public void TerritoryFigures_OfTwoLedgersWithTheSameMeans_DifferInTheirMeasures()
    {
        // Measures 1 and 2 trade their figures: every mean, count and status is the same, the measures are not.
        var one = TerritorialLedgerOf("13", [.. Enumerable.Range(1, 21).Select(m => Report(m, "2020-06-01", InProgress, m == 1 ? 10 : m == 2 ? 30 : 20))]);
        var other = TerritorialLedgerOf("13", [.. Enumerable.Range(1, 21).Select(m => Report(m, "2020-06-01", InProgress, m == 1 ? 30 : m == 2 ? 10 : 20))]);

        var mine = Portfolio.Create(new PortfolioDraft { Ledgers = [one] }).RollupAt(AsOf).Territories[0];
        var theirs = Portfolio.Create(new PortfolioDraft { Ledgers = [other] }).RollupAt(AsOf).Territories[0];

        mine.Progress.Should().Be(theirs.Progress);
        mine.Dimensions.Should().Equal(theirs.Dimensions);
        mine.Should().NotBe(theirs);
        mine.Should().Be(Portfolio.Create(new PortfolioDraft { Ledgers = [one] }).RollupAt(AsOf).Territories[0]);
    }

    [Fact]
    public void ANationalView_OfTerritoriesLaunchedOnDifferentDays_ExpectsOfEachItsOwnLaunch()
    {
        // 59 starts six months after the programme, between two territories that start with it.
        var reports = Enumerable.Range(1, 21).Select(m => Report(m, "2020-12-01", InProgress, 20)).ToArray();
        var ledgers = new[] { TerritorialLedgerOf("13", reports), LaterLedger("59", Day("2020-11-07"), reports), TerritorialLedgerOf("69", reports) };

        var national = Portfolio.Create(new PortfolioDraft { Ledgers = [.. ledgers] }).RollupAt(AsOf);

        national.Territories.Select(t => t.Expected).Should().Equal(ledgers.Select(l => l.RollupAt(AsOf).Expected));
        national.Territories[1].Expected.Should().BeLessThan(national.Territories[0].Expected);
        national.Territories[2].Expected.Should().Be(national.Territories[0].Expected);
    }

    [Fact]
    public void ARollupsBasis_HoldsNothingThatChanges() =>
        typeof(RollupBasis).GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
            .Should().OnlyContain(f => f.IsInitOnly, "one basis may serve rollups on several threads, so it remembers nothing between calls");

    /// <summary>Measure 1 declares 14 %, the others 20 %, on 1 June 2020.</summary>
    private static Ledger Lagging() =>
        TerritorialLedgerOf("13", [.. Enumerable.Range(1, 21).Select(m => Report(m, "2020-06-01", InProgress, m == 1 ? 14 : 20))]);

    /// <summary>
    /// National views of a portfolio of one ledger that nothing else holds, and a weak reference to the ledger: made in
    /// a method of their own, so that no local of the test holds the ledger.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (PortfolioProgress[] Views, WeakReference Ledger) NationalViewsOfAFreshLedger(int count)
    {
        var ledger = Lagging();
        var portfolio = Portfolio.Create(new PortfolioDraft { Ledgers = [ledger] });
        return ([.. Enumerable.Range(0, count).Select(_ => portfolio.RollupAt(AsOf))], new WeakReference(ledger));
    }

    private static Ledger LaterLedger(string code, NodaTime.LocalDate launch, MeasureReport[] reports) =>
        Ledger.Create(new LedgerDraft
        {
            Programme = Odd17.Programme,
            Territory = new Territory(new TerritoryCode(code), $"Territoire {code}", TerritoryLevel.Departement),
            LaunchDate = launch,
            Reports = [.. reports],
        });

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
