using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Alliances.Domain.Progress.LifecycleStatus;
using static Alliances.Domain.Tests.Support.LedgerFixtures;

namespace Alliances.Domain.Tests.Progress;

/// <summary>The laws of rule PRO011, over generated ledgers.</summary>
public class ForecastLawsTest
{
    private static readonly MeasureNumber Two = new(2);

    /// <summary>Days after the last report and observation, up to some eighty years.</summary>
    private static Gen<int> Later => Gen.Frequency((3, Gen.Choose(0, 400)), (1, Gen.Choose(0, 30_000)));

    /// <summary>
    /// A forecast reads the measure at the date (cancelled, at 100 %) and its reports and observations on or before it:
    /// once the date is past all of them, only the choice between forecast and overdue still moves with it.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Forecast_OnceEveryReportAndObservationIsIn_IsTheSameAtEveryDate() =>
        Prop.ForAll(AlliancesGenerators.Ledgers.ToArbitrary(), Gen.Choose(1, 21).ToArbitrary(), Gen.Two(Later).ToArbitrary(), (ledger, number, later) =>
        {
            var (first, second) = later;
            var measure = new MeasureNumber(number);
            var lastData = ledger.Reports.Where(r => r.Measure == measure).Select(r => r.Date)
                .Concat(ledger.Observations.Select(o => o.Date))
                .DefaultIfEmpty(Odd17.LaunchDate).Max();
            var one = ledger.ForecastCompletion(measure, lastData.PlusDays(first));
            var other = ledger.ForecastCompletion(measure, lastData.PlusDays(second));
            return (one.Date == other.Date && one.PointsPerDay == other.PointsPerDay && one.PointsUsed == other.PointsUsed
                    && Trend(one) == Trend(other) && PassedIsOverdue(one) && PassedIsOverdue(other))
                .Label($"{one} / {other}");
        });

    /// <summary>A crossing on a whole day is that day, whatever the as-of date: the arithmetic is exact.</summary>
    [Property(MaxTest = 300)]
    public Property Forecast_OfALineReachingFullOnAWholeDay_GivesThatDay() =>
        Prop.ForAll(
            (from gapSteps in Gen.Choose(1, 40)
             from stepsLeft in Gen.Choose(1, 40)
             from daysPerStep in Gen.Choose(1, 60)
             from hundredthsPerStep in Gen.Choose(1, 100)
             from asOfOffset in Gen.Choose(0, 1000)
             select (gapSteps, stepsLeft, daysPerStep, hundredthsPerStep, asOfOffset)).ToArbitrary(),
            line =>
            {
                var (gapSteps, stepsLeft, daysPerStep, hundredthsPerStep, asOfOffset) = line;
                // From the second report, the line rises hundredthsPerStep every daysPerStep days; stepsLeft steps take it to 100 % exactly.
                var second = 10_000 - (hundredthsPerStep * stepsLeft);
                var firstValue = second - (hundredthsPerStep * gapSteps);
                if (firstValue < 0)
                {
                    return true.ToProperty();
                }

                var firstDay = Day("2020-06-01");
                var secondDay = firstDay.PlusDays(gapSteps * daysPerStep);
                var full = secondDay.PlusDays(stepsLeft * daysPerStep);
                var ledger = LedgerOf(Report(2, Iso(firstDay), InProgress, firstValue / 100.0), Report(2, Iso(secondDay), InProgress, second / 100.0));
                var forecast = ledger.ForecastCompletion(Two, secondDay.PlusDays(asOfOffset));
                return (forecast.Date == full && forecast.Outcome == (full < forecast.AsOf ? ForecastOutcome.Overdue : ForecastOutcome.Forecast)).Label($"{firstValue} on {firstDay}, {second} on {secondDay}: {forecast}, expected {full}");
            });

    /// <summary>The outcome, with a day the as-of date passed and one it did not taken alike.</summary>
    private static ForecastOutcome Trend(CompletionForecast forecast) =>
        forecast.Outcome == ForecastOutcome.Overdue ? ForecastOutcome.Forecast : forecast.Outcome;

    /// <summary>Whether a day of the trend line is overdue exactly when it is before the as-of date.</summary>
    private static bool PassedIsOverdue(CompletionForecast forecast) =>
        Trend(forecast) != ForecastOutcome.Forecast || (forecast.Outcome == ForecastOutcome.Overdue) == (forecast.Date < forecast.AsOf);

    private static string Iso(LocalDate day) => Domain.DateText.Iso(day);
}
