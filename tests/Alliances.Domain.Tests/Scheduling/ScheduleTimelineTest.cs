using Alliances.Domain.Catalogue;
using Alliances.Domain.Scheduling;

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
    }

    [Fact]
    public void SchedulePage_ShowsTheGeneratedChart()
    {
        var page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "schedule.md")).ReplaceLineEndings("\n");

        page.Should().Contain("```mermaid\n" + Chart + "```", "docs/schedule.md shows the chart that ScheduleTimeline draws; regenerate it with `alliances timeline`");
    }
}
