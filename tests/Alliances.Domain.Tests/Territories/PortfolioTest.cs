using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using static Alliances.Domain.Progress.LifecycleStatus;
using static Alliances.Domain.Tests.Support.LedgerFixtures;

namespace Alliances.Domain.Tests.Territories;

/// <summary>Rule PRO013 and the portfolio constraints.</summary>
public class PortfolioTest
{
    private static readonly NodaTime.LocalDate AsOf = Day("2021-01-01");

    /// <summary>Territory 13 declares 20 % everywhere and cancels measure 5; territory 59 declares 60 % everywhere.</summary>
    private static readonly Ledger Thirteen = TerritorialLedgerOf("13", [.. Enumerable.Range(1, 21).Select(m => Report(m, "2020-06-01", InProgress, 20)), Report(5, "2020-07-01", Cancelled)]);
    private static readonly Ledger Slow = TerritorialLedgerOf("2A", [.. Enumerable.Range(1, 21).Select(m => Report(m, "2020-06-01", InProgress, m == 7 ? 0 : 12))]);
    private static readonly Ledger FiftyNine = TerritorialLedgerOf("59", [.. Enumerable.Range(1, 21).Select(m => Report(m, "2020-06-01", InProgress, 60))]);

    [Fact]
    public void National_EqualWeights_IsTheMeanOfTheTerritories()
    {
        var national = Portfolio.Create(new PortfolioDraft { Ledgers = [Thirteen, FiftyNine] }).RollupAt(AsOf);

        national.Progress.Should().Be(new Percentage(40));
        national.Coverage.Should().Be(Percentage.Full);
        national.Dimensions.Select(d => d.Progress).Should().OnlyContain(p => p == new Percentage(40));
        national.Territories.Should().HaveCount(2);
    }

    [Fact]
    public void National_WithWeights_WeighsTheTerritories()
    {
        var portfolio = Portfolio.Create(new PortfolioDraft { Ledgers = [Thirteen, FiftyNine], Weights = [new TerritoryWeight(new TerritoryCode("59"), 3)] });

        portfolio.RollupAt(AsOf).Progress.Should().Be(new Percentage(50));   // (20 × 1 + 60 × 3) / 4
        portfolio.WeightOf(new TerritoryCode("13")).Should().Be(1);
        portfolio.WeightOf(new TerritoryCode("59")).Should().Be(3);
    }

    [Fact]
    public void Ranking_PutsTheMostAdvancedFirst()
    {
        var ranking = Portfolio.Create(new PortfolioDraft { Ledgers = [Thirteen, FiftyNine] }).RollupAt(AsOf).Ranking;

        ranking.Select(r => (r.Rank, r.Territory.Code.Value)).Should().Equal((1, "59"), (2, "13"));
    }

    [Fact]
    public void Ranking_BreaksTiesByCode_AndPutsUnknownProgressLast()
    {
        var unknown = TerritorialLedgerOf("01", [.. Enumerable.Range(1, 21).Select(m => Report(m, "2020-06-01", InProgress))]);
        var tied = TerritorialLedgerOf("2A", [.. Enumerable.Range(1, 21).Select(m => Report(m, "2020-06-01", InProgress, 60))]);

        var ranking = Portfolio.Create(new PortfolioDraft { Ledgers = [unknown, FiftyNine, Thirteen, tied] }).RollupAt(AsOf).Ranking;

        ranking.Select(r => (r.Rank, r.Territory.Code.Value, r.Progress)).Should().Equal(
            (1, "2A", new Percentage(60)), (2, "59", new Percentage(60)), (3, "13", new Percentage(20)), (4, "01", (Percentage?)null));
    }

    [Fact]
    public void Ranking_BreaksTiesByTheOrdinalOrderOfTheCodesText()
    {
        var hundred = TerritorialLedgerOf("100", [.. Enumerable.Range(1, 21).Select(m => Report(m, "2020-06-01", InProgress, 60))]);
        var ninetyNine = TerritorialLedgerOf("99", [.. Enumerable.Range(1, 21).Select(m => Report(m, "2020-06-01", InProgress, 60))]);

        var ranking = Portfolio.Create(new PortfolioDraft { Ledgers = [ninetyNine, hundred] }).RollupAt(AsOf).Ranking;

        ranking.Select(r => r.Territory.Code.Value).Should().Equal("100", "99");
    }

    [Fact]
    public void Measures_AcrossTerritories_LeaveCancellationsOut()
    {
        var measures = Portfolio.Create(new PortfolioDraft { Ledgers = [Thirteen, FiftyNine] }).RollupAt(AsOf).Measures;

        measures[4].Progress.Should().Be(new Percentage(60));
        measures[4].CancelledCount.Should().Be(1);
        measures[4].KnownCount.Should().Be(1);
        measures[0].Progress.Should().Be(new Percentage(40));
        measures[0].KnownCount.Should().Be(2);
    }

    [Fact]
    public void TerritoryFigures_ReadFromManyThreadsAtOnce_AreEachLedgersOwn()
    {
        var ledgers = new[] { Thirteen, FiftyNine };
        var national = Portfolio.Create(new PortfolioDraft { Ledgers = [.. ledgers] }).RollupAt(AsOf);
        var reads = new MeasureProgress[64][];

        Parallel.For(0, reads.Length, i => reads[i] = [.. national.Territories[i % 2].Measures]);

        for (var i = 0; i < reads.Length; i++)
        {
            reads[i].Should().Equal(ledgers[i % 2].RollupAt(AsOf).Measures);
        }

        national.Territories[0].GetMeasure(new MeasureNumber(5)).IsCancelled.Should().BeTrue();
        national.Territories[1].Measures.Should().OnlyContain(m => m.Progress == new Percentage(60));
    }

    [Fact]
    public void TerritoryFigures_EqualOnlyTheSameFigures()
    {
        var national = Portfolio.Create(new PortfolioDraft { Ledgers = [Thirteen, FiftyNine] }).RollupAt(AsOf);

        national.Territories[0].Should().Be(Thirteen.RollupAt(AsOf));
        national.Territories[0].GetHashCode().Should().Be(Thirteen.RollupAt(AsOf).GetHashCode());
        national.Territories[0].Should().NotBe(national.Territories[1]);
        national.Territories[0].Should().NotBe(Thirteen.RollupAt(AsOf.PlusDays(1)));
        national.Should().Be(Portfolio.Create(new PortfolioDraft { Ledgers = [Thirteen, FiftyNine] }).RollupAt(AsOf));
    }

    [Fact]
    public void Lagging_AcrossTerritories_IsByMeanVariance_FurthestBehindFirst()
    {
        // PRO016 with 21.83 % expected: 2A declares 12 % but 0 % on measure 7. Measure 7 is 11.83 points behind on
        // average, measure 5 (cancelled in 13) 9.83, every other 5.83.
        var lagging = Portfolio.Create(new PortfolioDraft { Ledgers = [Thirteen, Slow] }).RollupAt(AsOf).Lagging();

        lagging.Select(m => m.Measure.Value).Should().Equal(7, 5, 1, 2, 3);
        lagging[0].MeanVariance!.Value.Should().BeApproximately(((20 + 0) / 2.0) - (100.0 * 239 / 1095), 1e-9);
    }

    [Fact]
    public void Lagging_AcrossTerritories_LeavesOutTheMeasuresAheadOnAverage()
    {
        // With 59 at 60 %, every measure is ahead on average, measure 7 too: (60 + 0) / 2 = 30 %.
        var national = Portfolio.Create(new PortfolioDraft { Ledgers = [FiftyNine, Slow] }).RollupAt(AsOf);

        national.Measures[6].MeanVariance.Should().BePositive();
        national.Lagging().Should().BeEmpty();
    }

    [Fact]
    public void ATerritoryNotYetLaunched_CountsAsNotStarted()
    {
        // PRO019: 2A starts on 1 June 2021; on 1 January 2021 it is at 0 % with nothing expected, beside 13 at 20 %.
        var later = Ledger.Create(new LedgerDraft
        {
            Programme = Odd17.Programme,
            Territory = new Territory(new TerritoryCode("2A"), "Corse-du-Sud", TerritoryLevel.Departement),
            LaunchDate = Day("2021-06-01"),
        });

        var national = Portfolio.Create(new PortfolioDraft { Ledgers = [Thirteen, later] }).RollupAt(AsOf);

        national.Territories[1].Progress.Should().Be(Percentage.Zero);
        national.Territories[1].Expected.Should().Be(Percentage.Zero);
        national.Territories[1].IsOnTrack.Should().BeTrue();
        national.Progress.Should().Be(new Percentage(10));
        national.Ranking.Select(r => r.Territory.Code.Value).Should().Equal("13", "2A");
    }

    [Fact]
    public void Create_NoLedger_BreaksPOR001() =>
        Expect.Violation(() => Portfolio.Create(new PortfolioDraft { Ledgers = [] }), Rules.PortfolioTerritories);

    [Fact]
    public void Create_ANationalLedger_BreaksPOR001() =>
        Expect.Violation(() => Portfolio.Create(new PortfolioDraft { Ledgers = [Thirteen, LedgerOf()] }), Rules.PortfolioTerritories);

    [Fact]
    public void Create_ATerritoryTwice_BreaksPOR001() =>
        Expect.Violation(() => Portfolio.Create(new PortfolioDraft { Ledgers = [Thirteen, Thirteen] }), Rules.PortfolioTerritories);

    [Fact]
    public void Create_AWeightForAnotherTerritory_BreaksPOR001() =>
        Expect.Violation(() => Portfolio.Create(new PortfolioDraft { Ledgers = [Thirteen], Weights = [new TerritoryWeight(new TerritoryCode("75"), 2)] }), Rules.PortfolioTerritories);

    [Fact]
    public void Validate_AWeightForAnotherTerritory_OrTwice_SaysWhich()
    {
        var result = Portfolio.Validate(new PortfolioDraft
        {
            Ledgers = [Thirteen],
            Weights = [new TerritoryWeight(new TerritoryCode("75"), 2), new TerritoryWeight(new TerritoryCode("13"), 2), new TerritoryWeight(new TerritoryCode("13"), 3)],
        });

        result.Violations.Select(v => (v.Path, v.Message)).Should().Equal(
            ("$.weights[0]", "A portfolio weighs only its own territories, each once; '75' is not one of its territories."),
            ("$.weights[2]", "A portfolio weighs only its own territories, each once; '13' is weighed twice."));
        result.Violations[1].MessageIn(Language.French).Should().Be("Un portefeuille ne pondère que ses propres territoires, chacun une fois\u202F; '13' est pondéré deux fois.");
    }

    [Fact]
    public void Create_LedgersOfAnotherProgramme_BreakPOR001()
    {
        var other = Domain.Programme.Create(Drafts.FollowUp);
        var elsewhere = Domain.Progress.Ledger.ForTerritory(other, new Territory(new TerritoryCode("75"), "Paris", TerritoryLevel.Departement));

        Expect.Violation(() => Portfolio.Create(new PortfolioDraft { Ledgers = [Thirteen, elsewhere] }), Rules.PortfolioTerritories);
    }

    [Fact]
    public void Territory_DefaultCode_BreaksTER001() =>
        Expect.Violation(() => _ = new Territory(default, "x", TerritoryLevel.Other), Rules.TerritoryCodeFormat);

    [Fact]
    public void Weight_DefaultCode_BreaksTER001() =>
        Expect.Violation(() => _ = new TerritoryWeight(default, 2), Rules.TerritoryCodeFormat);

    [Fact]
    public void Create_TheDefaultWeight_BreaksPOR001() =>
        Expect.Violation(() => Portfolio.Create(new PortfolioDraft { Ledgers = [Thirteen], Weights = [default] }), Rules.PortfolioTerritories);

    [Fact]
    public void WeightOf_ATerritoryOfThePortfolio_IsItsWeight_OrOneWhenNoneIsSet()
    {
        var portfolio = Portfolio.Create(new PortfolioDraft { Ledgers = [Thirteen, FiftyNine], Weights = [new TerritoryWeight(new TerritoryCode("13"), 2)] });

        portfolio.WeightOf(new TerritoryCode("13")).Should().Be(2);
        portfolio.WeightOf(new TerritoryCode("59")).Should().Be(1);
        portfolio.TryGetWeightOf(new TerritoryCode("59"), out var weight).Should().BeTrue();
        weight.Should().Be(1);
    }

    [Fact]
    public void WeightOf_ACodeOutsideThePortfolio_Throws_AndTryGetSaysFalse()
    {
        var portfolio = Portfolio.Create(new PortfolioDraft { Ledgers = [Thirteen], Weights = [new TerritoryWeight(new TerritoryCode("13"), 2)] });

        FluentActions.Invoking(() => portfolio.WeightOf(new TerritoryCode("75"))).Should().Throw<KeyNotFoundException>()
            .WithMessage("The portfolio of odd17-2020 has 1 territory; there is no territory '75'.");
        FluentActions.Invoking(() => portfolio.WeightOf(default)).Should().Throw<KeyNotFoundException>();
        portfolio.TryGetWeightOf(new TerritoryCode("75"), out _).Should().BeFalse();
        portfolio.TryGetWeightOf(default, out _).Should().BeFalse();
    }

    [Fact]
    public void GetLedger_IsTheTerritorysOwn_AndAnotherCodeThrows()
    {
        var portfolio = Portfolio.Create(new PortfolioDraft { Ledgers = [Thirteen, FiftyNine] });

        portfolio.GetLedger(new TerritoryCode("59")).Should().BeSameAs(FiftyNine);
        portfolio.TryGetLedger(new TerritoryCode("13"), out var ledger).Should().BeTrue();
        ledger.Should().BeSameAs(Thirteen);
        FluentActions.Invoking(() => portfolio.GetLedger(new TerritoryCode("2A"))).Should().Throw<KeyNotFoundException>()
            .WithMessage("The portfolio of odd17-2020 has 2 territories; there is no territory '2A'.");
        portfolio.TryGetLedger(new TerritoryCode("2A"), out ledger).Should().BeFalse();
        ledger.Should().BeNull();
    }

    [Fact]
    public void NationalFigures_LookUpTerritoriesAndMeasures()
    {
        var national = Portfolio.Create(new PortfolioDraft { Ledgers = [Thirteen, FiftyNine] }).RollupAt(AsOf);

        national.GetTerritory(new TerritoryCode("59")).Should().Be(FiftyNine.RollupAt(AsOf));
        national.GetMeasure(new MeasureNumber(5)).Should().Be(national.Measures[4]);
        FluentActions.Invoking(() => national.GetTerritory(new TerritoryCode("75"))).Should().Throw<KeyNotFoundException>()
            .WithMessage("The rollup has 2 territories; there is no territory '75'.");
        FluentActions.Invoking(() => national.GetMeasure(new MeasureNumber(22))).Should().Throw<KeyNotFoundException>()
            .WithMessage("The rollup has measures 1 to 21; there is no measure 22.");
        national.TryGetTerritory(new TerritoryCode("75"), out var territory).Should().BeFalse();
        territory.Should().BeNull();
        national.TryGetMeasure(new MeasureNumber(22), out _).Should().BeFalse();
    }

    [Fact]
    public void Portfolios_OfTheSameLedgers_DifferByTheirWeights()
    {
        var even = Portfolio.Create(new PortfolioDraft { Ledgers = [Thirteen, FiftyNine] });
        var weighted = Portfolio.Create(new PortfolioDraft { Ledgers = [Thirteen, FiftyNine], Weights = [new TerritoryWeight(new TerritoryCode("13"), 2)] });

        weighted.Should().NotBe(even);
        even.Should().Be(Portfolio.Create(new PortfolioDraft { Ledgers = [Thirteen, FiftyNine] }));
        even.ToString().Should().Be("odd17-2020: 2 territories, 43 reports");
    }

    [Fact]
    public void Draft_WithAMissingLedger_BreaksPOR001AtItsPlace()
    {
        var result = Portfolio.Validate(new PortfolioDraft { Ledgers = [Thirteen, null!, FiftyNine] });

        result.Violations.Should().ContainSingle().Which.Should().Match<RuleViolation>(v => v.Code == "POR001" && v.Path == "$.territories[1]" && v.Message.Contains("no missing ledger"));
    }

    [Fact]
    public void Territory_OfAnUndefinedLevel_IsRefused() =>
        FluentActions.Invoking(() => new Territory(new TerritoryCode("13"), "Bouches-du-Rhône", (TerritoryLevel)9)).Should().Throw<ArgumentOutOfRangeException>();
}
