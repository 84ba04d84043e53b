
namespace Alliances.Domain.Testing.Tests;

/// <summary>The scenarios' stated figures are what the progress rules give.</summary>
public class ScenariosTest
{
    public static TheoryData<string> Names() => ["Before any effects", "Mid-programme", "At the 2022 evaluation"];

    private static Scenario Named(string name) => Scenarios.All.Single(s => s.Name == name);

    [Theory]
    [MemberData(nameof(Names))]
    public void Figures_MatchTheProgressRules(string name)
    {
        var scenario = Named(name);

        var national = scenario.Portfolio.RollupAt(scenario.AsOf);

        national.Progress!.Value.Points.Should().BeApproximately(scenario.Expected.National, 1e-9);
        national.Dimensions.Single(d => d.Dimension == DimensionKind.Operational).Progress!.Value.Points.Should().BeApproximately(scenario.Expected.Operational, 1e-9);
        national.Dimensions.Single(d => d.Dimension == DimensionKind.Strategic).Progress!.Value.Points.Should().BeApproximately(scenario.Expected.Strategic, 1e-9);
        national.Dimensions.Single(d => d.Dimension == DimensionKind.Political).Progress!.Value.Points.Should().BeApproximately(scenario.Expected.Political, 1e-9);
        national.Ranking.Select(r => r.Territory.Code).Should().Equal(scenario.Expected.Ranking);
        scenario.Expected.Territories.Select(t => t.Code).Should().BeEquivalentTo(national.Territories.Select(t => t.Territory!.Code), "the scenario states every territory's figure");
        foreach (var (code, points) in scenario.Expected.Territories)
        {
            national.GetTerritory(code).Progress!.Value.Points.Should().BeApproximately(points, 1e-9, code);
        }

        national.Territories[0].Expected.Points.Should().BeApproximately(scenario.Expected.Expected, 1e-9);
    }

    [Fact]
    public void Scenarios_HoldReportsAfterTheirDate() =>
        Scenarios.All.Should().OnlyContain(s => s.Portfolio.Ledgers.Any(l => l.Reports.Any(r => r.Date > s.AsOf)));

    [Fact]
    public void MidProgramme_HasACancelledMeasureIn69() =>
        Scenarios.MidProgramme.Portfolio.RollupAt(Scenarios.MidProgramme.AsOf).Territories[2].Cancelled.Select(m => m.Value).Should().Equal(19);

    [Fact]
    public void BeforeAnyEffects_HasNoEffectsYet() =>
        Scenarios.BeforeAnyEffects.Portfolio.RollupAt(Scenarios.BeforeAnyEffects.AsOf).Territories
            .SelectMany(t => t.Measures).Should().OnlyContain(m => m.FirstEffects == null);
}
