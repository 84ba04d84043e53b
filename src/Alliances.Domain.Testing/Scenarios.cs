using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using NodaTime;

namespace Alliances.Domain.Testing;

/// <summary>
/// Scenario fixtures: the canonical programme in three territories (13 Bouches-du-Rhône, 59 Nord, 69 Rhône), at three
/// dates, with the figures expected there.
/// </summary>
/// <remarks>
/// <para>
/// Every measure follows a curve that rises from launch and levels off, a month or more before the scenario's date, at
/// a value set per territory and dimension, so that the figures can be worked out by hand: a dimension's progress is
/// its level, a territory's the mean of its three levels, and the national figures the means across territories. In
/// 69 Rhône, measure 19 is cancelled on 1 June 2021 and leaves the means from then on.
/// </para>
/// <para>The reports go on after each scenario's date, so a correct rollup must ignore them (rule PRO012).</para>
/// </remarks>
public static class Scenarios
{
    // The three départements of every scenario.
    private static readonly TerritoryCode Thirteen = new("13");
    private static readonly TerritoryCode FiftyNine = new("59");
    private static readonly TerritoryCode SixtyNine = new("69");

    private static readonly Lazy<Scenario> Before = new(() => Make(
        "Before any effects",
        new LocalDate(2020, 9, 30),
        new LocalDate(2020, 8, 15),
        [(20, 10, 0), (10, 0, 0), (0, 0, 0)],
        new ScenarioFigures(
            National: 40.0 / 9,                       // (10 + 3.333… + 0) / 3
            Operational: 10,                          // (20 + 10 + 0) / 3
            Strategic: 10.0 / 3,                      // (10 + 0 + 0) / 3
            Political: 0,
            Territories: [(Thirteen, 10), (FiftyNine, 10.0 / 3), (SixtyNine, 0)],
            Ranking: [Thirteen, FiftyNine, SixtyNine],
            Expected: 100.0 * 146 / 1095)));          // 146 of the 1095 days from launch to the end of the results window

    private static readonly Lazy<Scenario> Mid = new(() => Make(
        "Mid-programme",
        new LocalDate(2021, 11, 7),
        new LocalDate(2021, 9, 1),
        [(60, 40, 20), (50, 30, 10), (30, 20, 0)],
        new ScenarioFigures(
            National: 260.0 / 9,                      // (40 + 30 + 16.667) / 3
            Operational: 140.0 / 3,                   // (60 + 50 + 30) / 3
            Strategic: 30,                            // (40 + 30 + 20) / 3
            Political: 10,                            // (20 + 10 + 0) / 3
            Territories: [(Thirteen, 40), (FiftyNine, 30), (SixtyNine, 50.0 / 3)],
            Ranking: [Thirteen, FiftyNine, SixtyNine],
            Expected: 100.0 * 549 / 1095)));

    private static readonly Lazy<Scenario> Evaluation = new(() => Make(
        "At the 2022 evaluation",
        new LocalDate(2022, 6, 30),
        new LocalDate(2022, 3, 1),
        [(100, 90, 70), (80, 60, 50), (60, 50, 30)],
        new ScenarioFigures(
            National: 590.0 / 9,                      // (86.667 + 63.333 + 46.667) / 3
            Operational: 80,                          // (100 + 80 + 60) / 3
            Strategic: 200.0 / 3,                     // (90 + 60 + 50) / 3
            Political: 50,                            // (70 + 50 + 30) / 3
            Territories: [(Thirteen, 260.0 / 3), (FiftyNine, 190.0 / 3), (SixtyNine, 140.0 / 3)],
            Ranking: [Thirteen, FiftyNine, SixtyNine],
            Expected: 100.0 * 784 / 1095)));

    /// <summary>Gets the scenario at 30 September 2020: operational measures just started, nothing observed yet.</summary>
    public static Scenario BeforeAnyEffects => Before.Value;

    /// <summary>Gets the scenario at 7 November 2021, 18 months in: effects observed on the operational measures.</summary>
    public static Scenario MidProgramme => Mid.Value;

    /// <summary>Gets the scenario at 30 June 2022, the year of the evaluation: the operational measures completed in 13.</summary>
    public static Scenario AtTheEvaluation => Evaluation.Value;

    /// <summary>Gets the three scenarios, in date order.</summary>
    public static ValueList<Scenario> All => [BeforeAnyEffects, MidProgramme, AtTheEvaluation];

    private static Scenario Make(string name, LocalDate asOf, LocalDate levelledBy, (double Operational, double Strategic, double Political)[] levels, ScenarioFigures expected)
    {
        var programme = Odd17.Programme;
        var territories = FrenchDepartements.All.Where(t => t.Code == Thirteen || t.Code == FiftyNine || t.Code == SixtyNine).ToArray();
        var ledgers = new List<Ledger>();
        for (var t = 0; t < territories.Length; t++)
        {
            var builder = new LedgerBuilder(programme)
                .ForTerritory(territories[t])
                .ReportingBetween(programme.LaunchDate, programme.LaunchDate.PlusYears(3))
                .Monthly()
                .WithSeed(1000 + t);
            foreach (var measure in programme.Measures)
            {
                var level = measure.Dimension switch
                {
                    DimensionKind.Operational => levels[t].Operational,
                    DimensionKind.Strategic => levels[t].Strategic,
                    _ => levels[t].Political,
                };
                builder = builder.FollowingCurve(measure.Number.Value, ProgressCurve.Stalling(programme.LaunchDate, levelledBy, level));
            }

            if (territories[t].Code == SixtyNine)
            {
                builder = builder.Cancelling(19, new LocalDate(2021, 6, 1));
            }

            ledgers.Add(builder.Build());
        }

        return new Scenario(name, asOf, Portfolio.Create(new PortfolioDraft { Ledgers = [.. ledgers] }), expected);
    }
}
