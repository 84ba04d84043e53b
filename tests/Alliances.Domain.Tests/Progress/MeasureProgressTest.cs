using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Scheduling;
using Alliances.Domain.Testing;
using static Alliances.Domain.Progress.LifecycleStatus;
using static Alliances.Domain.Tests.Support.LedgerFixtures;

namespace Alliances.Domain.Tests.Progress;

/// <summary>Rules PRO002, PRO008–PRO010 and the schedule status fed by reports, with numbers worked by hand.</summary>
public class MeasureProgressTest
{
    private static readonly MeasureNumber Nine = new(9);

    [Fact]
    public void WithoutReports_IsZeroAndNotStarted()
    {
        var figures = LedgerOf().ProgressOf(Nine, Day("2021-01-01"));

        figures.Progress.Should().Be(Percentage.Zero);
        figures.Source.Should().Be(ProgressSource.NotStarted);
        figures.Status.Should().Be(NotStarted);
        figures.LatestReport.Should().BeNull();
    }

    [Fact]
    public void StartedWithoutAnyFigure_IsUnknownNotZero()
    {
        var figures = LedgerOf(Report(9, "2020-07-01", InProgress)).ProgressOf(Nine, Day("2021-01-01"));

        figures.Progress.Should().BeNull();
        figures.Source.Should().Be(ProgressSource.Unknown);
        figures.Variance.Should().BeNull();
        figures.IsOnTrack.Should().BeNull();
    }

    [Fact]
    public void LatestDeclared_CarriesOverReportsThatDeclareNothing()
    {
        var ledger = LedgerOf(Report(9, "2020-07-01", InProgress, 40), Report(9, "2020-09-01", InProgress));

        var figures = ledger.ProgressOf(Nine, Day("2020-10-01"));

        figures.Progress.Should().Be(new Percentage(40));
        figures.Source.Should().Be(ProgressSource.Declared);
        figures.LatestReport.Should().Be(Day("2020-09-01"));
    }

    [Fact]
    public void NotStartedWithADeclaredFigure_UsesTheFigure() =>
        LedgerOf(Report(9, "2020-07-01", NotStarted, 5)).ProgressOf(Nine, Day("2020-10-01")).Progress.Should().Be(new Percentage(5));

    [Fact]
    public void Completed_Is100WhateverWasDeclared()
    {
        var ledger = LedgerOf(Report(9, "2020-07-01", InProgress, 60), Report(9, "2020-08-01", EffectsObserved), Report(9, "2020-09-01", Completed));

        var figures = ledger.ProgressOf(Nine, Day("2020-10-01"));

        figures.Progress.Should().Be(Percentage.Full);
        figures.Source.Should().Be(ProgressSource.Completed);
    }

    [Fact]
    public void Indicators_WinOverDeclaredProgress_AsTheirWeightedMean()
    {
        // a: 0 → 40, observed 10: 25 %, weight 1. b: 100 → 50, lower is better, observed 80: 40 %, weight 3.
        // (25 × 1 + 40 × 3) / 4 = 36.25 %.
        var ledger = Ledger.Create(new LedgerDraft
        {
            Programme = Domain.Catalogue.Odd17.Programme,
            Reports = [Report(9, "2020-07-01", InProgress, 90)],
            Indicators = [Indicator("a", 9, 0, 40), Indicator("b", 9, 100, 50, weight: 3, direction: Domain.Progress.IndicatorDirection.LowerIsBetter)],
            Observations = [Observation("a", "2020-08-01", 10), Observation("b", "2020-08-01", 80)],
        });

        var figures = ledger.ProgressOf(Nine, Day("2020-09-01"));

        figures.Progress!.Value.Points.Should().BeApproximately(36.25, 1e-9);
        figures.Source.Should().Be(ProgressSource.Indicators);
    }

    [Fact]
    public void Indicators_WithoutAnObservationYet_LeaveTheDeclaredFigure()
    {
        var ledger = Ledger.Create(new LedgerDraft
        {
            Programme = Domain.Catalogue.Odd17.Programme,
            Reports = [Report(9, "2020-07-01", InProgress, 90)],
            Indicators = [Indicator("a", 9, 0, 40)],
            Observations = [Observation("a", "2020-08-01", 10)],
        });

        ledger.ProgressOf(Nine, Day("2020-07-31")).Progress.Should().Be(new Percentage(90));
        ledger.ProgressOf(Nine, Day("2020-08-01")).Progress.Should().Be(new Percentage(25));
    }

    [Fact]
    public void Indicators_WhoseTargetEqualsTheBaseline_AreUnknownAndLeaveTheDeclaredFigure()
    {
        var ledger = Ledger.Create(new LedgerDraft
        {
            Programme = Domain.Catalogue.Odd17.Programme,
            Reports = [Report(9, "2020-07-01", InProgress, 15)],
            Indicators = [Indicator("flat", 9, 10, 10)],
            Observations = [Observation("flat", "2020-08-01", 12)],
        });

        ledger.ProgressOf(Nine, Day("2020-09-01")).Source.Should().Be(ProgressSource.Declared);
    }

    [Fact]
    public void Expected_RisesLinearlyFromLaunchToTheEndOfTheResultsWindow()
    {
        // 7 May 2020 to 7 May 2023 is 1095 days; 7 May 2021 is 365 days in: a third.
        var ledger = LedgerOf();

        ledger.ProgressOf(Nine, Day("2020-05-07")).Expected.Should().Be(Percentage.Zero);
        ledger.ProgressOf(Nine, Day("2021-05-07")).Expected.Points.Should().BeApproximately(100.0 / 3, 1e-9);
        ledger.ProgressOf(Nine, Day("2023-05-07")).Expected.Should().Be(Percentage.Full);
        ledger.ProgressOf(Nine, Day("2030-01-01")).Expected.Should().Be(Percentage.Full);
    }

    [Fact]
    public void Expected_FollowsAMeasuresOwnPlan()
    {
        // 1 June 2020 to 1 June 2021 is 365 days; 1 December 2020 is 183 days in.
        var ledger = LedgerOf().WithPlan(new MeasurePlan(Nine, Day("2020-06-01"), Day("2021-06-01")));

        ledger.ProgressOf(Nine, Day("2020-12-01")).Expected.Points.Should().BeApproximately(100.0 * 183 / 365, 1e-9);
        ledger.ProgressOf(Nine, Day("2020-05-31")).Expected.Should().Be(Percentage.Zero);
        ledger.ProgressOf(new MeasureNumber(8), Day("2021-05-07")).Expected.Points.Should().BeApproximately(100.0 / 3, 1e-9);
    }

    [Theory]
    [InlineData(23.34, true)]   // variance −9.9933: within the 10 points of tolerance
    [InlineData(23.33, false)]  // variance −10.0033: beyond
    public void OnTrack_WhileVarianceIsAtLeastMinusTheTolerance(double declared, bool onTrack)
    {
        var figures = LedgerOf(Report(9, "2021-05-01", InProgress, declared)).ProgressOf(Nine, Day("2021-05-07"));

        figures.Variance!.Value.Should().BeApproximately(declared - (100.0 / 3), 1e-9);
        figures.PerformanceIndex!.Value.Should().BeApproximately(declared / (100.0 / 3), 1e-9);
        figures.IsOnTrack.Should().Be(onTrack);
    }

    [Fact]
    public void OnTrack_WithAnotherTolerance()
    {
        var options = new ProgressOptions { Tolerance = new Percentage(5) };

        LedgerOf(Report(9, "2021-05-01", InProgress, 28.34)).ProgressOf(Nine, Day("2021-05-07"), options).IsOnTrack.Should().BeTrue();
        LedgerOf(Report(9, "2021-05-01", InProgress, 28.33)).ProgressOf(Nine, Day("2021-05-07"), options).IsOnTrack.Should().BeFalse();
    }

    [Fact]
    public void PerformanceIndex_HasNoValueWhileNothingIsExpected() =>
        LedgerOf(Report(9, "2020-05-07", InProgress, 10)).ProgressOf(Nine, Day("2020-05-07")).PerformanceIndex.Should().BeNull();

    [Theory]
    [InlineData("2020-11-06", ScheduleStatus.Early)]
    [InlineData("2020-11-07", ScheduleStatus.OnTime)]
    [InlineData("2021-05-07", ScheduleStatus.OnTime)]
    [InlineData("2021-05-08", ScheduleStatus.Late)]
    public void ScheduleStatus_OnTheDayFirstEffectsAreReported_IsJudgedAgainstTheWindowsEnds(string effects, ScheduleStatus expected)
    {
        // Strategic window: 7 November 2020 to 7 May 2021, both days on time; the report comes the day effects are seen.
        var ledger = LedgerOf(Report(9, "2020-07-01", InProgress), Report(9, effects, EffectsObserved, effects: effects));

        ledger.ProgressOf(Nine, Day(effects)).Schedule.Should().Be(expected);
        ledger.RollupAt(Day(effects)).GetMeasure(Nine).Schedule.Should().Be(expected);
        Odd17.Programme.Schedule().StatusOf(Nine, Day(effects), Day(effects)).Status.Should().Be(expected, "the rollups and the schedule apply one rule");
    }

    [Fact]
    public void ScheduleStatus_ComesFromTheFirstEffectsTheReportsState()
    {
        // Strategic window: 7 November 2020 to 7 May 2021.
        var ledger = LedgerOf(
            Report(9, "2020-07-01", InProgress),
            Report(9, "2020-11-20", EffectsObserved, effects: "2020-11-01"),
            Report(10, "2020-07-01", InProgress));

        ledger.ProgressOf(Nine, Day("2020-11-19")).Schedule.Should().Be(ScheduleStatus.Due);
        ledger.ProgressOf(Nine, Day("2020-11-20")).Schedule.Should().Be(ScheduleStatus.Early);
        ledger.ProgressOf(Nine, Day("2020-11-20")).FirstEffects.Should().Be(Day("2020-11-01"));
        ledger.ProgressOf(new MeasureNumber(10), Day("2021-05-08")).Schedule.Should().Be(ScheduleStatus.Overdue);
    }

    [Fact]
    public void FirstEffects_AreTheDayTheLatestReportStatingOneGives()
    {
        // PRO018, strategic window from 7 November 2020: reports disagree on the day, and the latest that states one wins.
        var ledger = LedgerOf(
            Report(9, "2020-07-01", InProgress),
            Report(9, "2020-11-20", EffectsObserved, effects: "2020-11-01"),
            Report(9, "2020-12-01", EffectsObserved, effects: "2020-11-10"),
            Report(9, "2020-12-15", EffectsObserved),
            Report(9, "2021-01-05", EffectsObserved, effects: "2020-11-02"));

        ledger.ProgressOf(Nine, Day("2020-11-30")).FirstEffects.Should().Be(Day("2020-11-01"));
        ledger.ProgressOf(Nine, Day("2020-11-30")).Schedule.Should().Be(ScheduleStatus.Early);
        ledger.ProgressOf(Nine, Day("2020-12-01")).FirstEffects.Should().Be(Day("2020-11-10"), "a later report states a later day");
        ledger.ProgressOf(Nine, Day("2020-12-01")).Schedule.Should().Be(ScheduleStatus.OnTime);
        ledger.ProgressOf(Nine, Day("2020-12-15")).FirstEffects.Should().Be(Day("2020-11-10"), "a report that states no day keeps the last one stated");
        ledger.ProgressOf(Nine, Day("2021-01-05")).FirstEffects.Should().Be(Day("2020-11-02"), "a later report states an earlier day");
        ledger.ProgressOf(Nine, Day("2021-01-05")).Schedule.Should().Be(ScheduleStatus.Early);
    }

    [Fact]
    public void HealthAndNextUpdate_ComeFromTheLatestReport()
    {
        var ledger = LedgerOf(new MeasureReport(Nine, Day("2020-07-01"), InProgress, health: Health.AtRisk, nextUpdateDue: Day("2020-08-01")));

        var figures = ledger.ProgressOf(Nine, Day("2020-07-15"));

        figures.Health.Should().Be(Health.AtRisk);
        figures.NextUpdateDue.Should().Be(Day("2020-08-01"));
    }

    [Fact]
    public void ProgressOf_AMeasureTheProgrammeLacks_Throws() =>
        FluentActions.Invoking(() => LedgerOf().ProgressOf(new MeasureNumber(22), Day("2021-01-01"))).Should().Throw<KeyNotFoundException>();

    [Fact]
    public void Equality_ComparesWhatACallerSees_NotTheToleranceBehindTheVerdict()
    {
        var ledger = LedgerOf(Report(9, "2020-07-01", InProgress, 80));
        var day = Day("2021-01-01");

        var strict = ledger.ProgressOf(Nine, day, new ProgressOptions { Tolerance = new Percentage(5) });
        var lenient = ledger.ProgressOf(Nine, day, new ProgressOptions { Tolerance = new Percentage(15) });

        strict.IsOnTrack.Should().BeTrue("80 % is ahead of what is expected either way");
        strict.Should().Be(lenient);
        strict.GetHashCode().Should().Be(lenient.GetHashCode());
        strict.ToString().Should().Be(lenient.ToString());
    }

    [Fact]
    public void Equality_TellsVerdictsApart()
    {
        var ledger = LedgerOf(Report(9, "2020-07-01", InProgress, 1));
        var day = Day("2022-06-01");

        var offTrack = ledger.ProgressOf(Nine, day, new ProgressOptions { Tolerance = new Percentage(0) });
        var onTrack = ledger.ProgressOf(Nine, day, new ProgressOptions { Tolerance = new Percentage(100) });

        (offTrack.IsOnTrack, onTrack.IsOnTrack).Should().Be((false, true));
        offTrack.Should().NotBe(onTrack);
    }

    [Fact]
    public void ToString_NamesEveryFigure()
    {
        var figures = LedgerOf(Report(9, "2020-07-01", InProgress, 12.5)).ProgressOf(Nine, Day("2021-01-01"));

        figures.ToString().Should().StartWith("MeasureProgress { Measure = 9, Dimension = ")
            .And.Contain("LatestReport = ").And.Contain("Progress = 12.5%").And.Contain("Source = Declared")
            .And.Contain("Variance = ").And.Contain("IsOnTrack = ").And.EndWith("IsCancelled = False }");
    }

    [Fact]
    public void Default_IsMeasureOneNotStartedWithoutReports()
    {
        var figures = default(MeasureProgress);

        figures.Should().Be(Ledger.ForTerritory(Odd17.Programme, FrenchDepartements.All[0]).ProgressOf(new MeasureNumber(1), Odd17.LaunchDate));
        (figures.Measure, figures.Dimension, figures.Status, figures.Health).Should().Be((new MeasureNumber(1), DimensionKind.Operational, LifecycleStatus.NotStarted, Health.NotAssessed));
        (figures.LatestReport, figures.NextUpdateDue, figures.FirstEffects).Should().Be(((NodaTime.LocalDate?)null, (NodaTime.LocalDate?)null, (NodaTime.LocalDate?)null));
        (figures.Progress, figures.Source, figures.Expected).Should().Be(((Percentage?)Percentage.Zero, ProgressSource.NotStarted, Percentage.Zero));
        (figures.Variance, figures.PerformanceIndex, figures.IsOnTrack, figures.Schedule).Should().Be(((double?)0, (double?)null, (bool?)true, ScheduleStatus.NotDue));
    }
}
