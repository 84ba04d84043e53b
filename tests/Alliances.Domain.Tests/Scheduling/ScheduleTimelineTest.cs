using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Scheduling;
using Alliances.Domain.Testing;
using NodaTime;

namespace Alliances.Domain.Tests.Scheduling;

public class ScheduleTimelineTest
{
    // Drawn anew by each test, not once in a static field, so that a mutation test sees each test draw it.
    private static string Chart => ScheduleTimeline.ToMermaid(Odd17.Programme.Schedule(), Language.English);

    [Fact]
    public void ToMermaid_DrawsEachWindowOverItsDays()
    {
        Chart.Should().StartWith("gantt\n");
        Chart.Should().Contain("    Operational measures (3–9 months) :w1, 2020-08-07, 185d\n");
        Chart.Should().Contain("    Strategic measures (6–12 months) :w2, 2020-11-07, 182d\n");
        Chart.Should().Contain("    Political measures (12–18 months) :w3, 2021-05-07, 185d\n");
        Chart.Should().Contain("    Core results (18–36 months) :results, 2021-11-07, 547d\n");
        Chart.Should().Contain("    Evaluation (2022) :evaluation, 2022-01-01, 365d\n");
    }

    [Fact]
    public void ToMermaid_DrawsSettledDaysAsMilestonesAndUncertainDatesAsActiveBars()
    {
        Chart.Should().Contain("    1. Delivery of the report at a dedicated online event :milestone, m1, 2020-05-07, 0d\n");
        Chart.Should().Contain(":active, m2, 2020-06-01, 10d\n");
        Chart.Should().Contain("    4. Inspiring visit to Marseille :active, m4, 2020-08-21, 11d\n");
        Chart.Should().Contain("    5. Conference at the Convergences World Forum :m5, 2020-09-03, 2d\n");
    }

    [Fact]
    public void ToMermaid_KeepsLabelsFreeOfMermaidSyntax()
    {
        var labels = Chart.Split('\n').Where(l => l.StartsWith("    ", StringComparison.Ordinal) && l.Contains(" :", StringComparison.Ordinal))
            .Select(l => l[..l.LastIndexOf(" :", StringComparison.Ordinal)]);

        labels.Should().OnlyContain(l => !l.Contains(':') && !l.Contains(';') && !l.Contains('#') && l.Length <= 64);
    }

    [Fact]
    public void ToMermaid_InFrench_UsesFrenchLabels()
    {
        var chart = ScheduleTimeline.ToMermaid(Odd17.Programme.Schedule(), Language.French);

        chart.Should().Contain("section Premiers effets").And.Contain("section Résultats").And.Contain("Mesures opérationnelles (3–9 mois)").And.Contain("Évaluation (2022)");
        chart.Should().Contain("    section Résultats\n    Cœur des résultats (18–36 mois) :results, 2021-11-07, 547d\n");
        chart.Should().Contain("    section Étapes\n    1. ");
    }

    [Fact]
    public void ToMermaid_AnEvaluationYetToBeConfirmed_IsAnActiveBar()
    {
        var programme = ProgrammeBuilder.Canonical()
            .With(d => d with { Evaluation = new PlannedEvaluation(ImpreciseDate.InYear(2022, isToBeConfirmed: true), d.Evaluation!.Purpose, d.Evaluation.LooksBackOver) })
            .Build();

        ScheduleTimeline.ToMermaid(programme.Schedule(), Language.English)
            .Should().Contain(" :active, evaluation, 2022-01-01, 365d\n");
    }

    [Fact]
    public void ToMermaid_OnlyAConfirmedSpanOfDaysIsAPlainBar()
    {
        var programme = ProgrammeBuilder.Canonical().WithMilestones(
                Step(1, ImpreciseDate.InMonth(new YearMonth(2020, 9))),
                Step(2, ImpreciseDate.Between(new LocalDate(2020, 10, 5), new LocalDate(2020, 10, 6), isToBeConfirmed: true)),
                Step(3, ImpreciseDate.Between(new LocalDate(2020, 11, 5), new LocalDate(2020, 11, 6))))
            .Build();

        var chart = ScheduleTimeline.ToMermaid(programme.Schedule(), Language.English);

        chart.Should().Contain("    1. Step :active, m1, 2020-09-01, 30d\n")
            .And.Contain("    2. Step :active, m2, 2020-10-05, 2d\n")
            .And.Contain("    3. Step :m3, 2020-11-05, 2d\n");
    }

    [Fact]
    public void ToMermaid_CutsLabelsLongerThanSixtyCharacters()
    {
        var sixty = "1. " + new string('a', 57);
        var sixtyOne = "2. " + new string('b', 58);
        var programme = ProgrammeBuilder.Canonical().WithMilestones(
                Step(1, ImpreciseDate.On(new LocalDate(2020, 9, 1)), sixty[3..]),
                Step(2, ImpreciseDate.On(new LocalDate(2020, 9, 2)), sixtyOne[3..]))
            .Build();

        var chart = ScheduleTimeline.ToMermaid(programme.Schedule(), Language.English);

        chart.Should().Contain($"    {sixty} :milestone, m1, 2020-09-01, 0d\n")
            .And.Contain($"    {sixtyOne[..59]}… :milestone, m2, 2020-09-02, 0d\n");
    }

    private static Milestone Step(int sequence, ImpreciseDate date, string title = "Step") =>
        new(sequence, new LocalizedText(title, title), MilestoneKind.Other, date);

    [Fact]
    public void SchedulePage_ShowsTheGeneratedChart()
    {
        var page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "schedule.md")).ReplaceLineEndings("\n");

        page.Should().Contain("```mermaid\n" + Chart + "```", "docs/schedule.md shows the chart that ScheduleTimeline draws; regenerate it with `alliances timeline`");
    }

    [Fact]
    public void ForALedger_TheTerritorysOwnMilestonesHaveASectionOfTheirOwn_AfterTheBase()
    {
        var nord = Ledger.ForTerritory(Odd17.Programme, new Territory(new TerritoryCode("59"), "Nord", TerritoryLevel.Departement))
            .WithMilestone(Step(8, new DaySpan(new LocalDate(2020, 10, 15), new LocalDate(2020, 10, 16)), "Forum du Nord"));

        var french = ScheduleTimeline.ToMermaid(nord, Language.French);
        var english = ScheduleTimeline.ToMermaid(nord, Language.English);

        english.Should().StartWith(Chart).And.EndWith("    section Milestones – Nord\n    8. Forum du Nord :m8, 2020-10-15, 2d\n");
        french.Should().EndWith("    section Étapes – Nord\n    8. Forum du Nord :m8, 2020-10-15, 2d\n");
        french.IndexOf("section Étapes\n", StringComparison.Ordinal).Should().BeLessThan(french.IndexOf("section Étapes – Nord", StringComparison.Ordinal));
    }

    [Fact]
    public void ForANationalLedger_TheAdditionsAreNamedSo_AndALedgerWithoutAnyDrawsTheBaseAlone()
    {
        var national = Ledger.National(Odd17.Programme);
        var added = national.WithMilestone(Step(8, ImpreciseDate.On(new LocalDate(2021, 2, 1))));

        ScheduleTimeline.ToMermaid(national, Language.English).Should().Be(Chart);
        ScheduleTimeline.ToMermaid(added, Language.English).Should().EndWith("    section Added milestones\n    8. Step :milestone, m8, 2021-02-01, 0d\n");
        ScheduleTimeline.ToMermaid(added, Language.French).Should().Contain("    section Étapes ajoutées\n");
        FluentActions.Invoking(() => ScheduleTimeline.ToMermaid((Ledger)null!, Language.French)).Should().Throw<ArgumentNullException>();
    }
}
