using Alliances.Domain.Progress;
using Alliances.Domain.Scheduling;
using static Alliances.Domain.Progress.LifecycleStatus;
using static Alliances.Domain.Tests.Support.LedgerFixtures;

namespace Alliances.Domain.Tests.Progress;

/// <summary>Rules PRO003 to PRO007, PRO014 and PRO015 with numbers worked by hand.</summary>
public class RollupTest
{
    private static readonly string AsOf = "2021-01-01";

    /// <summary>
    /// Operational: 1 completed (100), 2 declares 50, 3 cancelled (declared 80), 4 started without a figure (unknown),
    /// 5–7 not started (0). Strategic and political: nothing reported (0).
    /// </summary>
    private static readonly Ledger Mixed = LedgerOf(
        Report(1, "2020-06-01", InProgress),
        Report(1, "2020-08-01", EffectsObserved),
        Report(1, "2020-12-01", Completed),
        Report(2, "2020-06-01", InProgress, 50),
        Report(3, "2020-06-01", InProgress, 80),
        Report(3, "2020-07-01", Cancelled),
        Report(4, "2020-06-01", InProgress));

    [Fact]
    public void Dimension_Available_IsTheMeanOfTheKnownMeasuresWithTheirCoverage()
    {
        var operational = Mixed.RollupAt(Day(AsOf)).GetDimension(DimensionKind.Operational);

        operational.Progress.Should().Be(new Percentage(30));                          // (100 + 50 + 0 + 0 + 0) / 5
        operational.Coverage.Points.Should().BeApproximately(500.0 / 6, 1e-9);          // 5 known of 6 not cancelled
        operational.MeasureCount.Should().Be(7);
        operational.KnownCount.Should().Be(5);
        operational.CancelledCount.Should().Be(1);
    }

    [Fact]
    public void Dimension_Strict_IsUnknownWhenAnyMeasureIs()
    {
        var rollup = Mixed.RollupAt(Day(AsOf), new ProgressOptions { Policy = UnknownPolicy.Strict });

        rollup.GetDimension(DimensionKind.Operational).Progress.Should().BeNull();
        rollup.GetDimension(DimensionKind.Strategic).Progress.Should().Be(Percentage.Zero);
        rollup.Progress.Should().BeNull();
        rollup.BalancedIndex.Should().BeNull();
    }

    [Fact]
    public void Programme_IsTheMeanOfItsDimensions()
    {
        var rollup = Mixed.RollupAt(Day(AsOf));

        rollup.Progress.Should().Be(new Percentage(10));                                // (30 + 0 + 0) / 3
    }

    [Fact]
    public void ProgrammeCoverage_IsTheShareOfItsMeasuresWhoseProgressIsKnown()
    {
        // PRO014: 19 known (measure 4 is not) of the 20 not cancelled (measure 3 is), where the mean of the dimensions'
        // coverage, (83.33 + 100 + 100) / 3, would give 94.44 %.
        Mixed.RollupAt(Day(AsOf)).Coverage.Should().Be(new Percentage(95));
    }

    [Fact]
    public void ProgrammeCoverage_WeighsEachMeasureAsItsDimensionDoes()
    {
        // Measure 4, unknown, weighs 3: 19 known of 22; weights of dimensions do not enter.
        var options = new ProgressOptions
        {
            MeasureWeights = [new MeasureWeight(new MeasureNumber(4), 3)],
            DimensionWeights = [new DimensionWeight(DimensionKind.Political, 5)],
        };

        Mixed.RollupAt(Day(AsOf), options).Coverage.Points.Should().BeApproximately(100.0 * 19 / 22, 1e-9);
    }

    [Fact]
    public void CancelledMeasures_LeaveTheMeanAndAreReportedApart()
    {
        var rollup = Mixed.RollupAt(Day(AsOf));

        rollup.Cancelled.Should().Equal(new MeasureNumber(3));
        rollup.GetMeasure(new MeasureNumber(3)).IsCancelled.Should().BeTrue();
        rollup.GetMeasure(new MeasureNumber(3)).Progress.Should().Be(new Percentage(80), "the figure stays visible, outside the mean");
    }

    [Fact]
    public void Breadth_IsTheShareOfMeasuresStarted()
    {
        // Started and not cancelled: 1, 2, 4. Not cancelled: 20.
        Mixed.RollupAt(Day(AsOf)).Breadth.Should().Be(new Percentage(15));
    }

    [Fact]
    public void WeakestDimension_IsTheLowest_TiesToTheFirstListed() =>
        Mixed.RollupAt(Day(AsOf)).WeakestDimension.Should().Be(DimensionKind.Strategic);

    [Fact]
    public void BalancedIndex_IsZeroWhenAnyDimensionIsAtZero() =>
        Mixed.RollupAt(Day(AsOf)).BalancedIndex.Should().Be(Percentage.Zero);

    [Fact]
    public void BalancedIndex_IsTheGeometricMeanOfTheDimensions()
    {
        // Operational 30, strategic 40, political 10: mean 26.667, geometric mean (0.3 × 0.4 × 0.1)^(1/3) = 0.22894.
        var ledger = Declaring(m => m <= 7 ? 30 : m <= 14 ? 40 : 10);

        var rollup = ledger.RollupAt(Day(AsOf));

        rollup.Progress!.Value.Points.Should().BeApproximately(80.0 / 3, 1e-9);
        rollup.BalancedIndex!.Value.Points.Should().BeApproximately(100 * Math.Cbrt(0.3 * 0.4 * 0.1), 1e-9);
        rollup.WeakestDimension.Should().Be(DimensionKind.Political);
        rollup.Breadth.Should().Be(Percentage.Full);
    }

    [Fact]
    public void MeasureWeights_WeighWithinTheDimension()
    {
        var options = new ProgressOptions { MeasureWeights = [new MeasureWeight(new MeasureNumber(1), 3)] };

        // (100 × 3 + 50 + 0 + 0 + 0) / (3 + 1 + 1 + 1 + 1) = 50
        Mixed.RollupAt(Day(AsOf), options).GetDimension(DimensionKind.Operational).Progress.Should().Be(new Percentage(50));
    }

    [Fact]
    public void DimensionWeights_WeighWithinTheProgramme()
    {
        var options = new ProgressOptions { DimensionWeights = [new DimensionWeight(DimensionKind.Operational, 2)] };

        // (30 × 2 + 0 + 0) / 4 = 15
        Mixed.RollupAt(Day(AsOf), options).Progress.Should().Be(new Percentage(15));
    }

    [Fact]
    public void ProgrammeVariance_ComparesWithTheDefaultPlan()
    {
        // 1 January 2021 is 239 days into the 1095-day plan.
        var rollup = Mixed.RollupAt(Day(AsOf));

        rollup.Expected.Points.Should().BeApproximately(100.0 * 239 / 1095, 1e-9);
        rollup.Variance!.Value.Should().BeApproximately(10 - (100.0 * 239 / 1095), 1e-9);   // −11.83 points
        rollup.IsOnTrack.Should().BeFalse();
        Mixed.RollupAt(Day(AsOf), new ProgressOptions { Tolerance = new Percentage(12) }).IsOnTrack.Should().BeTrue();
    }

    [Fact]
    public void ProgrammeExpected_IsTheMeanOfItsMeasuresExpected_EachOnItsOwnPlan()
    {
        // PRO015 on 1 December 2020: 208 of the default plan's 1095 days, and 183 of the 365 days measure 1 plans.
        var (onDefault, onOwn) = (100.0 * 208 / 1095, 100.0 * 183 / 365);
        var planned = LedgerOf().WithPlan(MeasureOnePlanned);

        var rollup = planned.RollupAt(Day("2020-12-01"));

        rollup.GetMeasure(new MeasureNumber(1)).Expected.Points.Should().BeApproximately(onOwn, 1e-9);
        rollup.Expected.Points.Should().BeApproximately((((onOwn + (6 * onDefault)) / 7) + onDefault + onDefault) / 3, 1e-9);   // 20.48 %
        rollup.Variance!.Value.Should().BeApproximately(-rollup.Expected.Points, 1e-9);
    }

    [Fact]
    public void ProgrammeExpected_WeighsTheMeasuresAsItsProgressDoes_AndLeavesCancelledOnesOut()
    {
        var (onDefault, onOwn) = (100.0 * 208 / 1095, 100.0 * 183 / 365);
        var day = Day("2020-12-01");
        var options = new ProgressOptions
        {
            MeasureWeights = [new MeasureWeight(new MeasureNumber(1), 3)],
            DimensionWeights = [new DimensionWeight(DimensionKind.Operational, 2)],
        };
        var cancelled = LedgerOf(Report(1, "2020-06-01", InProgress), Report(1, "2020-07-01", Cancelled)).WithPlan(MeasureOnePlanned);

        LedgerOf().WithPlan(MeasureOnePlanned).RollupAt(day, options).Expected.Points
            .Should().BeApproximately((2 * (((3 * onOwn) + (6 * onDefault)) / 9) + onDefault + onDefault) / 4, 1e-9);
        cancelled.RollupAt(day).Expected.Points.Should().BeApproximately(onDefault, 1e-9);
        LedgerOf().RollupAt(day).Expected.Should().Be(LedgerOf().ProgressOf(new MeasureNumber(1), day).Expected, "without plans the programme expects what the default plan does");
    }

    [Fact]
    public void Figures_BeforeTheLaunch_AreThoseOfAProgrammeNotStarted()
    {
        // PRO019 on 6 May 2020, the eve of the launch, which no report precedes.
        var eve = Odd17Launch.PlusDays(-1);

        var rollup = Mixed.RollupAt(eve);

        rollup.Measures.Should().OnlyContain(m => m.Status == NotStarted && m.Progress == Percentage.Zero && m.Expected == Percentage.Zero
            && m.IsOnTrack == true && m.PerformanceIndex == null && m.Schedule == ScheduleStatus.NotDue && m.LatestReport == null);
        (rollup.Progress, rollup.Expected, rollup.Variance, rollup.IsOnTrack, rollup.PerformanceIndex)
            .Should().Be((Percentage.Zero, Percentage.Zero, 0.0, true, (double?)null));
        (rollup.Coverage, rollup.Breadth).Should().Be((Percentage.Full, Percentage.Zero));
        rollup.Lagging().Should().BeEmpty();
        Mixed.ForecastCompletion(new MeasureNumber(2), eve).Outcome.Should().Be(ForecastOutcome.NotEnoughData);
    }

    [Fact]
    public void ScheduleCounts_CountEveryMeasure()
    {
        var counts = Mixed.RollupAt(Day(AsOf)).ScheduleCounts;

        counts.Sum(c => c.Count).Should().Be(21);
        counts.Single(c => c.Status == ScheduleStatus.Due).Count.Should().Be(14);
        counts.Single(c => c.Status == ScheduleStatus.NotDue).Count.Should().Be(7);
    }

    [Fact]
    public void Lagging_ListsTheLowestVariancesFirst()
    {
        var lagging = Mixed.RollupAt(Day(AsOf)).Lagging(3);

        lagging.Select(m => m.Measure.Value).Should().Equal(5, 6, 7);
        Mixed.RollupAt(Day(AsOf)).Lagging(0).Should().BeEmpty();
    }

    [Fact]
    public void Lagging_HoldsOnlyTheMeasuresBehindTheirExpectedProgress()
    {
        // PRO016 on 1 January 2021, 21.83 % expected: measure 9 at 10 % and measure 3 at 20 % are behind; the others are
        // ahead at 30 %, but for measure 4, unknown, and measure 5, cancelled at 0 %.
        var ledger = LedgerOf(
        [
            .. Enumerable.Range(1, 21).Select(m => m == 4 ? Report(m, "2020-06-01", InProgress) : Report(m, "2020-06-01", InProgress, m switch { 3 => 20, 5 => 0, 9 => 10, _ => 30 })),
            Report(5, "2020-07-01", Cancelled),
        ]);

        var rollup = ledger.RollupAt(Day(AsOf));

        rollup.Lagging().Select(m => m.Measure.Value).Should().Equal(9, 3);
        rollup.Lagging(21).Select(m => m.Measure.Value).Should().Equal(9, 3);
        rollup.Lagging(1).Select(m => m.Measure.Value).Should().Equal(9);
    }

    [Fact]
    public void Lagging_HoldsFiveMeasuresUnlessAsked_FurthestBehindFirstThenByNumber()
    {
        // Seven measures at 15 %, 6.83 points behind, and measure 20 at 5 %: 16.83 points behind.
        var ledger = Declaring(m => m == 20 ? 5 : m is >= 8 and <= 14 ? 15 : 30);

        var rollup = ledger.RollupAt(Day(AsOf));

        rollup.Lagging().Select(m => m.Measure.Value).Should().Equal(20, 8, 9, 10, 11);
        rollup.Lagging(8).Select(m => m.Measure.Value).Should().Equal(20, 8, 9, 10, 11, 12, 13, 14);
    }

    [Fact]
    public void Lagging_OnLaunchDay_IsEmpty_SinceNothingIsExpectedYet()
    {
        var rollup = Mixed.RollupAt(Odd17Launch);

        rollup.Measures.Should().OnlyContain(m => m.Variance == 0 || m.IsCancelled || m.Variance == null);
        rollup.Lagging().Should().BeEmpty();
    }

    [Fact]
    public void AllMeasuresOfADimensionCancelled_TheDimensionLeavesTheProgrammeMean()
    {
        var reports = Enumerable.Range(15, 7).SelectMany(m => new[] { Report(m, "2020-06-01", InProgress, 90), Report(m, "2020-07-01", Cancelled) })
            .Concat(Enumerable.Range(1, 14).Select(m => Report(m, "2020-06-01", InProgress, 40)));
        var rollup = LedgerOf([.. reports]).RollupAt(Day(AsOf));

        rollup.GetDimension(DimensionKind.Political).Progress.Should().BeNull();
        rollup.GetDimension(DimensionKind.Political).Coverage.Should().Be(Percentage.Zero);
        rollup.Progress.Should().Be(new Percentage(40));
        rollup.BalancedIndex!.Value.Points.Should().BeApproximately(40, 1e-9);
        rollup.Cancelled.Should().HaveCount(7);
    }

    [Fact]
    public void ScheduleCounts_OfAProgrammeOfTheMostMeasures_CountEveryOne()
    {
        // 999 measures, the most a programme has (MEA010), 900 of them operational: more than 512 of one status, so that
        // a counter kept in a few bits a status (such as nine) would overflow.
        var odd17 = Domain.Catalogue.Odd17.Programme;
        var large = Domain.Programme.Create(odd17.ToDraft() with
        {
            Measures = Domain.ValueList.CreateRange(Enumerable.Range(1, MeasureNumber.MaximumValue).Select(n => new Measure(
                new MeasureNumber(n),
                odd17.Measures[(n - 1) % 21].Title,
                n <= 900 ? DimensionKind.Operational : n <= 950 ? DimensionKind.Strategic : DimensionKind.Political))),
        });
        var ledger = Ledger.Create(new LedgerDraft
        {
            Programme = large,
            Reports = [new MeasureReport(new MeasureNumber(1), Day("2020-09-01"), InProgress, firstEffectsObserved: Day("2020-08-15"))],
        });

        var rollup = ledger.RollupAt(Day("2020-10-01"));

        rollup.ScheduleCounts.Sum(c => c.Count).Should().Be(999);
        rollup.ScheduleCounts.Should().Equal(Enum.GetValues<ScheduleStatus>()
            .Select(status => new StatusCount(status, rollup.Measures.Count(m => m.Schedule == status))));
        rollup.ScheduleCounts.Max(c => c.Count).Should().BeGreaterThan(512);
    }

    [Fact]
    public void BalancedIndex_WeighsEachDimension()
    {
        // PRO007 with the operational dimension weighing 2: (0.3² × 0.4 × 0.1)^(1/4) = 0.24495.
        var options = new ProgressOptions { DimensionWeights = [new DimensionWeight(DimensionKind.Operational, 2)] };

        var rollup = Declaring(m => m <= 7 ? 30 : m <= 14 ? 40 : 10).RollupAt(Day(AsOf), options);

        rollup.BalancedIndex!.Value.Points.Should().BeApproximately(100 * Math.Pow(0.3 * 0.3 * 0.4 * 0.1, 0.25), 1e-9);
    }

    [Fact]
    public void EveryMeasureCancelled_LeavesNoBalancedIndexAndNothingExpected()
    {
        var ledger = LedgerOf([.. Enumerable.Range(1, 21).SelectMany(m => new[] { Report(m, "2020-06-01", InProgress), Report(m, "2020-07-01", Cancelled) })]);

        var rollup = ledger.RollupAt(Day(AsOf));

        rollup.BalancedIndex.Should().BeNull();
        rollup.Lagging().Should().BeEmpty();
    }

    [Fact]
    public void Lagging_ANegativeCount_IsRefused()
    {
        FluentActions.Invoking(() => Mixed.RollupAt(Day(AsOf)).Lagging(-1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Portfolio.Create(new PortfolioDraft { Ledgers = [TerritorialLedgerOf("13")] }).RollupAt(Day(AsOf)).Lagging(-1))
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Lagging_AcrossTerritories_LeavesOutMeasuresExactlyOnSchedule()
    {
        // On launch day nothing is expected and nothing is done: every variance is 0, so no measure lags (PRO016).
        var portfolio = Portfolio.Create(new PortfolioDraft { Ledgers = [TerritorialLedgerOf("13"), TerritorialLedgerOf("59")] });

        var rollup = portfolio.RollupAt(Odd17Launch);

        rollup.Measures.Should().OnlyContain(m => m.MeanVariance == 0);
        rollup.Lagging().Should().BeEmpty();
    }

    [Fact]
    public void TryGetDimension_OfAProgrammeWithoutIt_IsFalse()
    {
        var programme = Testing.ProgrammeBuilder.Canonical().WithMeasures(6, DimensionKind.Operational, DimensionKind.Strategic).Build();

        var rollup = Ledger.Create(new LedgerDraft { Programme = programme }).RollupAt(Day(AsOf));

        rollup.TryGetDimension(DimensionKind.Political, out _).Should().BeFalse();
        rollup.TryGetDimension(DimensionKind.Strategic, out var strategic).Should().BeTrue();
        strategic.Dimension.Should().Be(DimensionKind.Strategic);
    }

    [Fact]
    public void ToString_NamesTheScopeTheDateAndTheMainFigures()
    {
        Mixed.RollupAt(Day(AsOf)).ToString().Should().StartWith("National at 2021-01-01: 10% against ").And.Contain(" expected, coverage ");
        Mixed.RollupAt(Day(AsOf), new ProgressOptions { Policy = UnknownPolicy.Strict }).ToString().Should().StartWith("National at 2021-01-01: unknown against ");
        TerritorialLedgerOf("13").RollupAt(Day(AsOf)).ToString().Should().StartWith("13 Territoire 13 at 2021-01-01: 0% against ");
    }

    private static NodaTime.LocalDate Odd17Launch => Domain.Catalogue.Odd17.LaunchDate;

    private static MeasurePlan MeasureOnePlanned => new(new MeasureNumber(1), Day("2020-06-01"), Day("2021-06-01"));

    private static Ledger Declaring(Func<int, double> points) =>
        LedgerOf([.. Enumerable.Range(1, 21).Select(m => Report(m, "2020-06-01", InProgress, points(m)))]);
}
