using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Tests.Programmes;

public class PlannedEvaluationTest
{
    private static PlannedEvaluation Create(Period period) =>
        new(ImpreciseDate.InYear(2022), new LocalizedText("Mesurer"), period);

    [Fact]
    public void Constructor_OneDay_IsTheLastValidValue() => Create(Period.FromDays(1)).LooksBackOver.Should().Be(Period.FromDays(1));

    [Fact]
    public void Constructor_ThreeYears_IsKept() => Create(Period.FromYears(3)).LooksBackOver.Should().Be(Period.FromYears(3));

    [Fact]
    public void Constructor_Weeks_AreNormalizedToDays() => Create(Period.FromWeeks(2)).LooksBackOver.Should().Be(Period.FromDays(14));

    [Fact]
    public void Constructor_Zero_BreaksEVA001() => Expect.Violation(() => Create(Period.Zero), Rules.EvaluationPeriodPositive);

    [Fact]
    public void Constructor_Negative_BreaksEVA001() => Expect.Violation(() => Create(Period.FromYears(-1)), Rules.EvaluationPeriodPositive);

    [Fact]
    public void Constructor_TimeUnits_BreakEVA001() => Expect.Violation(() => Create(Period.FromHours(24)), Rules.EvaluationPeriodPositive);

    [Fact]
    public void Constructor_WeeksWhoseDaysPassTheBound_BreakDAT010() =>
        Expect.Violation(() => Create(Period.FromWeeks(142_858)), Rules.PeriodBounded);

    [Fact]
    public void MostWeeks_AreWrittenAsDays_AndReadBack()
    {
        var programme = Programme.Create(Domain.Catalogue.Odd17.Programme.ToDraft() with { Evaluation = Create(Period.FromWeeks(142_857)) });

        var json = Domain.Serialization.ProgrammeJson.Serialize(programme, indented: false);

        json.Should().Contain("\"looksBackOver\":\"P999999D\"");
        Domain.Serialization.ProgrammeJson.Deserialize(json).Should().Be(programme);
    }
}
