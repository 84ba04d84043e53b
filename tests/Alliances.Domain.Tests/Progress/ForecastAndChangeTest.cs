using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Alliances.Domain.Progress.LifecycleStatus;
using static Alliances.Domain.Tests.Support.LedgerFixtures;

namespace Alliances.Domain.Tests.Progress;

/// <summary>Rules PRO011 and the changes over time, with numbers worked by hand.</summary>
public class ForecastAndChangeTest
{
    private static readonly MeasureNumber Two = new(2);

    private static readonly MeasureNumber Nine = new(9);

    private static readonly NodaTime.LocalDate LastDay = new(9999, 12, 31);

    private static readonly Ledger Rising = LedgerOf(
        Report(2, "2020-06-01", InProgress, 10),
        Report(2, "2020-06-11", InProgress, 20),
        Report(2, "2020-06-21", InProgress, 30));

    /// <summary>Six points in 31 days from 22 % on 10 August 2020: the 78 points left take 78 × 31 / 6 = 403 days exactly.</summary>
    private static readonly Ledger SixteenThenTwentyTwo = LedgerOf(
        Report(2, "2020-07-10", InProgress, 16),
        Report(2, "2020-08-10", InProgress, 22));

    [Fact]
    public void Forecast_ExtendsTheLineThroughTheLatestReports()
    {
        // One point a day, at 30 % on 21 June: 70 days more, 30 August.
        var forecast = Rising.ForecastCompletion(Two, Day("2020-06-21"));

        forecast.Outcome.Should().Be(ForecastOutcome.Forecast);
        forecast.Date.Should().Be(Day("2020-08-30"));
        forecast.PointsPerDay!.Value.Should().BeApproximately(1, 1e-9);
        forecast.PointsUsed.Should().Be(3);
    }

    [Fact]
    public void Forecast_UsesOnlyReportsOnOrBeforeTheDate()
    {
        var forecast = Rising.ForecastCompletion(Two, Day("2020-06-15"));

        forecast.PointsUsed.Should().Be(2);
        forecast.Date.Should().Be(Day("2020-08-30"));   // the line through 1 and 11 June is at 24 % on 15 June: 76 days more
    }

    [Fact]
    public void Forecast_UsesAtMostSixReports()
    {
        var ledger = LedgerOf([.. Enumerable.Range(0, 9).Select(i => Report(2, $"2020-06-{(i * 3) + 1:00}", InProgress, i <= 2 ? 0 : i * 5))]);

        ledger.ForecastCompletion(Two, Day("2020-06-30")).PointsUsed.Should().Be(6);
    }

    [Fact]
    public void Forecast_OfAFlatLine_IsNone()
    {
        var forecast = LedgerOf(Report(2, "2020-06-01", InProgress, 10), Report(2, "2020-06-11", InProgress, 10)).ForecastCompletion(Two, Day("2020-07-01"));

        forecast.Outcome.Should().Be(ForecastOutcome.NotRising);
        forecast.Date.Should().BeNull();
    }

    [Fact]
    public void Forecast_ReachingFullAfterTheCalendarEnds_SaysSoWithoutADate()
    {
        // One point a day, at 30 % on 21 December 9999: 100 % would come in March 10000.
        var forecast = LedgerOf(
                Report(2, "9999-12-01", InProgress, 10),
                Report(2, "9999-12-11", InProgress, 20),
                Report(2, "9999-12-21", InProgress, 30))
            .ForecastCompletion(Two, Day("9999-12-21"));

        forecast.Outcome.Should().Be(ForecastOutcome.BeyondCalendar);
        forecast.Date.Should().BeNull();
        forecast.PointsPerDay!.Value.Should().BeApproximately(1, 1e-9);
    }

    [Fact]
    public void Forecast_ReachingFullOnTheCalendarsLastDay_GivesThatDay()
    {
        // Ten points a day, at 30 % on 24 December 9999: 7 days more.
        var forecast = LedgerOf(Report(2, "9999-12-23", InProgress, 20), Report(2, "9999-12-24", InProgress, 30))
            .ForecastCompletion(Two, Day("9999-12-24"));

        forecast.Outcome.Should().Be(ForecastOutcome.Forecast);
        forecast.Date.Should().Be(Day("9999-12-31"));
    }

    [Fact]
    public void Forecast_AtTheCalendarsStart_ExtendsTheLine()
    {
        var launch = new NodaTime.LocalDate(1, 1, 1);
        var programme = Domain.Testing.ProgrammeBuilder.Canonical().LaunchedOn(launch).Build();
        var ledger = Ledger.Create(new LedgerDraft { Programme = programme, Reports = [Report(2, "0001-01-01", InProgress, 10), Report(2, "0001-01-11", InProgress, 20)] });

        var forecast = ledger.ForecastCompletion(Two, Day("0001-01-11"));

        forecast.Outcome.Should().Be(ForecastOutcome.Forecast);
        forecast.Date.Should().Be(Day("0001-04-01"));
    }

    [Fact]
    public void Forecast_FromOneReport_LacksData() =>
        LedgerOf(Report(2, "2020-06-01", InProgress, 10)).ForecastCompletion(Two, Day("2020-07-01")).Outcome.Should().Be(ForecastOutcome.NotEnoughData);

    [Fact]
    public void Forecast_OfACompletedMeasure_GivesTheDayItWasReached()
    {
        var ledger = LedgerOf(Report(2, "2020-06-01", InProgress, 40), Report(2, "2020-07-01", EffectsObserved, 80), Report(2, "2020-09-01", Completed));

        var forecast = ledger.ForecastCompletion(Two, Day("2020-12-01"));

        forecast.Outcome.Should().Be(ForecastOutcome.AlreadyComplete);
        forecast.Date.Should().Be(Day("2020-09-01"));
    }

    [Theory]
    [InlineData(40)]
    [InlineData(100)]
    public void Forecast_OfACancelledMeasure_IsNoneWhateverItReached(double reached)
    {
        var ledger = LedgerOf(Report(2, "2020-06-01", InProgress, reached / 2), Report(2, "2020-06-11", InProgress, reached), Report(2, "2020-07-01", Cancelled));

        var forecast = ledger.ForecastCompletion(Two, Day("2020-12-01"));

        forecast.Outcome.Should().Be(ForecastOutcome.Cancelled);
        forecast.Date.Should().BeNull();
        forecast.PointsPerDay.Should().BeNull();
        forecast.PointsUsed.Should().Be(0);
    }

    [Fact]
    public void Forecast_OfAMeasureAtFullBeforeItsCompletion_GivesTheDayItReachedFull()
    {
        var ledger = LedgerOf(Report(2, "2020-06-01", InProgress, 60), Report(2, "2020-08-01", EffectsObserved, 100), Report(2, "2020-09-01", Completed));

        var forecast = ledger.ForecastCompletion(Two, Day("2020-12-01"));

        forecast.Outcome.Should().Be(ForecastOutcome.AlreadyComplete);
        forecast.Date.Should().Be(Day("2020-08-01"));
    }

    [Fact]
    public void Forecast_OfAMeasureBackAtFull_GivesTheDayItsLastStretchBegan()
    {
        var ledger = LedgerOf(Report(2, "2020-06-01", InProgress, 100), Report(2, "2020-07-01", InProgress, 90), Report(2, "2020-08-01", InProgress, 100));

        var forecast = ledger.ForecastCompletion(Two, Day("2020-12-01"));

        forecast.Outcome.Should().Be(ForecastOutcome.AlreadyComplete);
        forecast.Date.Should().Be(Day("2020-08-01"));
    }

    [Theory]
    [InlineData("2020-08-20")]
    [InlineData("2020-09-15")]
    [InlineData("2021-06-01")]
    public void Forecast_OfAMeasureWhoseIndicatorReachedFullAfterItsLastReport_GivesTheDayOfThatObservation(string asOf)
    {
        // The indicator runs 0 → 40: observed 40 on 20 August and 45 on 15 September, both 100 %, after the last report.
        var ledger = Ledger.Create(new LedgerDraft
        {
            Programme = Odd17.Programme,
            Reports = [Report(9, "2020-06-01", InProgress)],
            Indicators = [Indicator("a", 9, 0, 40)],
            Observations = [Observation("a", "2020-06-01", 10), Observation("a", "2020-07-01", 30), Observation("a", "2020-08-20", 40), Observation("a", "2020-09-15", 45)],
        });

        var forecast = ledger.ForecastCompletion(Nine, Day(asOf));

        forecast.Outcome.Should().Be(ForecastOutcome.AlreadyComplete);
        forecast.Date.Should().Be(Day("2020-08-20"));
    }

    [Theory]
    [InlineData("2020-08-10")]
    [InlineData("2020-08-11")]
    [InlineData("2020-09-01")]
    [InlineData("2021-06-01")]
    [InlineData("2021-09-17")]
    public void Forecast_OfALineReachingFullOnAWholeDay_GivesThatDayAtEveryDate(string asOf)
    {
        var forecast = SixteenThenTwentyTwo.ForecastCompletion(Two, Day(asOf));

        forecast.Outcome.Should().Be(ForecastOutcome.Forecast);
        forecast.Date.Should().Be(Day("2021-09-17"));
        forecast.PointsPerDay!.Value.Should().BeApproximately(6.0 / 31, 1e-12);
    }

    [Theory]
    [InlineData("2021-09-18")]
    [InlineData("2030-01-01")]
    public void Forecast_AfterTheLineReachedFull_IsOverdueSinceThatDay(string asOf)
    {
        var forecast = SixteenThenTwentyTwo.ForecastCompletion(Two, Day(asOf));

        forecast.Outcome.Should().Be(ForecastOutcome.Overdue);
        forecast.Date.Should().Be(Day("2021-09-17"));
        forecast.PointsUsed.Should().Be(2);
    }

    [Fact]
    public void Forecast_OfALineThatReachedFullBeforeTheLastReport_IsOverdueAtThatReport()
    {
        // 0, 90, 99 and 99.5 % on 1, 2, 3 June and 1 July: the line is at 100 % 1.996 days before 1 July, so from 30 June.
        var ledger = LedgerOf(
            Report(2, "2020-06-01", InProgress, 0),
            Report(2, "2020-06-02", InProgress, 90),
            Report(2, "2020-06-03", InProgress, 99),
            Report(2, "2020-07-01", InProgress, 99.5));

        var forecast = ledger.ForecastCompletion(Two, Day("2020-07-01"));

        forecast.Outcome.Should().Be(ForecastOutcome.Overdue);
        forecast.Date.Should().Be(Day("2020-06-30"));
    }

    [Fact]
    public void Forecast_OfASlowRise_GivesItsDayHoweverFar()
    {
        // A hundredth of a point every ten days from 10 %: the 9,000 hundredths left take 90,000 days, some 246 years.
        var forecast = LedgerOf(Report(2, "2020-06-01", InProgress, 9.99), Report(2, "2020-06-11", InProgress, 10)).ForecastCompletion(Two, Day("2020-06-11"));

        forecast.Outcome.Should().Be(ForecastOutcome.Forecast);
        forecast.Date.Should().Be(Day("2020-06-11").PlusDays(90_000));
    }

    [Fact]
    public void Forecast_PointsAreTheMeasuresProgressOnItsReportDays()
    {
        // The indicator runs 0 → 40 and wins over the declared figures: 25 % at the report of 1 June; observed 50 % on
        // 11 June, a day without a report; still 50 % at the report of 21 June. From 25 % to 50 % in 20 days, 1.25 points
        // a day: the 50 points left take 40 days.
        var ledger = Ledger.Create(new LedgerDraft
        {
            Programme = Odd17.Programme,
            Reports = [Report(9, "2020-06-01", InProgress, 5), Report(9, "2020-06-21", InProgress, 10)],
            Indicators = [Indicator("a", 9, 0, 40)],
            Observations = [Observation("a", "2020-06-01", 10), Observation("a", "2020-06-11", 20)],
        });

        var forecast = ledger.ForecastCompletion(Nine, Day("2020-06-21"));

        forecast.Date.Should().Be(Day("2020-07-31"));
        forecast.PointsUsed.Should().Be(2);
        forecast.PointsPerDay!.Value.Should().BeApproximately(1.25, 1e-12);
    }

    [Fact]
    public void Forecast_TakesEachPointToTheHundredth()
    {
        // The indicator runs 0 → 3: observed 1, a third, it counts as 33.33 %. From 0 % ten days before, the 66.67
        // points left take 20.003 days: 2 July, where an exact third would give 20 days, 1 July.
        var ledger = Ledger.Create(new LedgerDraft
        {
            Programme = Odd17.Programme,
            Reports = [Report(9, "2020-06-01", InProgress, 0), Report(9, "2020-06-11", InProgress)],
            Indicators = [Indicator("a", 9, 0, 3)],
            Observations = [Observation("a", "2020-06-11", 1)],
        });

        ledger.ForecastCompletion(Nine, Day("2020-06-11")).Date.Should().Be(Day("2020-07-02"));
    }

    [Fact]
    public void Forecast_TakesAHalfHundredthAwayFromZero()
    {
        // PRO017: the indicator runs 0 → 800; observed 1 on 1 June, it is at 0.125 %, which counts as 0.13 % (0.12 %
        // when halves go to even); observed 80 on 11 June, 10 %. From 0.13 % to 10 % in ten days: 0.987 points a day.
        var ledger = Ledger.Create(new LedgerDraft
        {
            Programme = Odd17.Programme,
            Reports = [Report(9, "2020-06-01", InProgress), Report(9, "2020-06-11", InProgress)],
            Indicators = [Indicator("a", 9, 0, 800)],
            Observations = [Observation("a", "2020-06-01", 1), Observation("a", "2020-06-11", 80)],
        });

        var forecast = ledger.ForecastCompletion(Nine, Day("2020-06-11"));

        ledger.ProgressOf(Nine, Day("2020-06-01")).Progress.Should().Be(new Percentage(0.125));
        forecast.PointsPerDay!.Value.Should().BeApproximately(0.987, 1e-12);
    }

    [Fact]
    public void ChangeBetween_SubtractsTheTwoDates()
    {
        var change = Rising.ChangeBetween(Two, Day("2020-06-05"), Day("2020-06-25"));

        change.Before!.Value.Points.Should().Be(10);
        change.After!.Value.Points.Should().Be(30);
        change.Points.Should().Be(20);
    }

    [Fact]
    public void ChangeBetween_FromBeforeAnyReport_StartsAtZero() =>
        Rising.ChangeBetween(Two, Day("2020-05-20"), Day("2020-06-01")).Points.Should().Be(10);

    [Fact]
    public void ChangeSincePreviousReport_ComparesTheLastTwoReports()
    {
        var change = Rising.ChangeSincePreviousReport(Two, Day("2020-06-25"))!.Value;

        change.From.Should().Be(Day("2020-06-11"));
        change.To.Should().Be(Day("2020-06-21"));
        change.Points.Should().Be(10);
        Rising.ChangeSincePreviousReport(Two, Day("2020-06-05")).Should().BeNull();
    }

    [Fact]
    public void MovedBetween_ListsTheMovesLargestFirst()
    {
        var ledger = Rising.Add(Report(5, "2020-06-15", InProgress, 50)).Add(Report(6, "2020-06-15", InProgress));

        var moves = ledger.MovedBetween(Day("2020-06-01"), Day("2020-06-30"));

        moves.Select(m => (m.Measure.Value, m.Points)).Should().Equal((5, 50.0), (2, 20.0));
    }

    [Property(MaxTest = 200)]
    public Property Forecast_NearTheCalendarsEnd_IsADayWithinItOrBeyondCalendar() =>
        Prop.ForAll(Gen.Choose(1, 60).ToArbitrary(), Gen.Choose(0, 99).ToArbitrary(), Gen.Choose(1, 10).ToArbitrary(), (daysBefore, start, step) =>
        {
            var first = LastDay.PlusDays(-daysBefore);
            var reports = new[] { Report(2, Domain.DateText.Iso(first), InProgress, start), Report(2, Domain.DateText.Iso(LastDay), InProgress, Math.Min(99, start + step)) };
            var forecast = LedgerOf(reports).ForecastCompletion(Two, LastDay);
            return forecast.Outcome switch
            {
                ForecastOutcome.Forecast => forecast.Date == LastDay,
                ForecastOutcome.BeyondCalendar or ForecastOutcome.NotRising => forecast.Date is null,
                _ => false,
            };
        });
}
