using Alliances.Domain.Progress;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Tests.Reports;

public class MeasureReportTest
{
    private static readonly MeasureNumber Nine = new(9);
    private static readonly LocalDate Day = new(2021, 3, 1);

    [Fact]
    public void Constructor_KeepsEveryField()
    {
        var report = new MeasureReport(Nine, Day, LifecycleStatus.EffectsObserved, new Percentage(40), Health.AtRisk, "Deux alliances signées", new LocalDate(2021, 4, 1), new LocalDate(2021, 2, 15));

        report.Measure.Should().Be(Nine);
        report.Date.Should().Be(Day);
        report.Status.Should().Be(LifecycleStatus.EffectsObserved);
        report.DeclaredProgress.Should().Be(new Percentage(40));
        report.Health.Should().Be(Health.AtRisk);
        report.Comment.Should().Be("Deux alliances signées");
        report.NextUpdateDue.Should().Be(new LocalDate(2021, 4, 1));
        report.FirstEffectsObserved.Should().Be(new LocalDate(2021, 2, 15));
        report.ToString().Should().Be("M9 2021-03-01 EffectsObserved 40%");
    }

    [Fact]
    public void NextUpdate_TheDayAfter_IsTheLastValidValue() =>
        new MeasureReport(Nine, Day, LifecycleStatus.InProgress, nextUpdateDue: Day.PlusDays(1)).NextUpdateDue.Should().Be(Day.PlusDays(1));

    [Fact]
    public void NextUpdate_TheSameDay_BreaksREP001() =>
        Expect.Violation(() => _ = new MeasureReport(Nine, Day, LifecycleStatus.InProgress, nextUpdateDue: Day), Rules.NextUpdateAfterReport);

    [Fact]
    public void FirstEffects_TheSameDay_IsTheLastValidValue() =>
        new MeasureReport(Nine, Day, LifecycleStatus.EffectsObserved, firstEffectsObserved: Day).FirstEffectsObserved.Should().Be(Day);

    [Fact]
    public void FirstEffects_TheDayAfter_BreaksREP002() =>
        Expect.Violation(() => _ = new MeasureReport(Nine, Day, LifecycleStatus.EffectsObserved, firstEffectsObserved: Day.PlusDays(1)), Rules.EffectsObservedByReport);

    [Theory]
    [InlineData(33.33)]
    [InlineData(14.29)]
    [InlineData(0.07)]
    [InlineData(0.01)]
    [InlineData(100)]
    public void DeclaredProgress_TwoDecimals_IsValid(double points) =>
        new MeasureReport(Nine, Day, LifecycleStatus.InProgress, new Percentage(points)).DeclaredProgress!.Value.Points.Should().Be(points);

    [Theory]
    [InlineData(33.333)]
    [InlineData(0.005)]
    [InlineData(8.000000001)]
    [InlineData(5e-324)]
    public void DeclaredProgress_ThreeDecimals_BreaksREP003(double points) =>
        Expect.Violation(() => _ = new MeasureReport(Nine, Day, LifecycleStatus.InProgress, new Percentage(points)), Rules.DeclaredProgressPrecision);

    [Fact]
    public void DeclaredProgress_Above100_BreaksPCT001() =>
        Expect.Violation(() => _ = new MeasureReport(Nine, Day, LifecycleStatus.InProgress, new Percentage(100.5)), Rules.PercentageRange);

    [Fact]
    public void Comment_Blank_BreaksTXT001() =>
        Expect.Violation(() => _ = new MeasureReport(Nine, Day, LifecycleStatus.InProgress, comment: " "), Rules.TextRequired);

    [Fact]
    public void UndefinedStatusOrHealth_Throw()
    {
        FluentActions.Invoking(() => new MeasureReport(Nine, Day, (LifecycleStatus)9)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new MeasureReport(Nine, Day, LifecycleStatus.InProgress, health: (Health)9)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Date_InAnotherCalendar_BreaksDAT003() =>
        Expect.Violation(() => _ = new MeasureReport(Nine, new LocalDate(2021, 3, 1, CalendarSystem.Julian), LifecycleStatus.InProgress), Rules.IsoCalendar);
}
