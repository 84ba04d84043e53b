using Alliances.Domain.Progress;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Tests.Indicators;

/// <summary>Rule PRO001 with numbers worked by hand, and the indicator constraints.</summary>
public class IndicatorTest
{
    private static readonly LocalDate Start = new(2020, 5, 7);
    private static readonly LocalDate Due = new(2023, 5, 7);

    private static Indicator Higher(double baseline, double target, double weight = 1) => new(
        "alliances-signed", new MeasureNumber(9), new LocalizedText("alliances signées", "alliances signed"), "alliances",
        IndicatorDirection.HigherIsBetter, new IndicatorPoint(baseline, Start), new IndicatorPoint(target, Due), weight: weight);

    private static Indicator Lower(double baseline, double target) => new(
        "days-to-answer", new MeasureNumber(9), new LocalizedText("délai de réponse", "days to answer"), "days",
        IndicatorDirection.LowerIsBetter, new IndicatorPoint(baseline, Start), new IndicatorPoint(target, Due));

    [Theory]
    [InlineData(50, 37.5)]     // (50 − 20) / (100 − 20) = 30 / 80
    [InlineData(20, 0)]        // at the baseline
    [InlineData(10, 0)]        // below the baseline: clamped to 0
    [InlineData(100, 100)]     // at the target
    [InlineData(130, 100)]     // beyond the target: clamped to 100
    public void Progress_HigherIsBetter_MeasuresTheWayFromBaselineToTarget(double current, double expected) =>
        Higher(20, 100).ProgressFrom(current).Should().Be(new Percentage(expected));

    [Theory]
    [InlineData(25, 25)]       // (25 − 30) / (10 − 30) = −5 / −20
    [InlineData(35, 0)]        // worse than the baseline
    [InlineData(5, 100)]       // better than the target
    public void Progress_LowerIsBetter_RespectsTheDirection(double current, double expected) =>
        Lower(30, 10).ProgressFrom(current).Should().Be(new Percentage(expected));

    [Fact]
    public void Progress_TargetEqualToBaseline_IsUnknown() => Higher(20, 20).ProgressFrom(20).Should().BeNull();

    [Theory]
    [InlineData(100, 100)]     // exactly at the target: reached (PRO001)
    [InlineData(110, 100)]     // still past the target
    [InlineData(99.9, 0)]      // fell back behind the target
    public void Progress_HigherIsBetter_BaselineAlreadyPastTarget(double current, double expected) =>
        Higher(120, 100).ProgressFrom(current).Should().Be(new Percentage(expected));

    [Theory]
    [InlineData(8, 100)]
    [InlineData(10, 100)]      // exactly at the target: reached (PRO001)
    [InlineData(12, 0)]
    public void Progress_LowerIsBetter_BaselineAlreadyPastTarget(double current, double expected) =>
        Lower(5, 10).ProgressFrom(current).Should().Be(new Percentage(expected));

    [Fact]
    public void Progress_OfANonFiniteValue_IsUnknown() => Higher(20, 100).ProgressFrom(double.NaN).Should().BeNull();

    [Fact]
    public void Constructor_WithoutTarget_BreaksIND001() =>
        Expect.Violation(
            () => _ = new Indicator("x", new MeasureNumber(1), new LocalizedText("x"), "u", IndicatorDirection.HigherIsBetter, new IndicatorPoint(0, Start), null),
            Rules.IndicatorHasTarget);

    [Fact]
    public void Constructor_TargetTheDayAfterBaseline_IsTheLastValidValue() =>
        new Indicator("x", new MeasureNumber(1), new LocalizedText("x"), "u", IndicatorDirection.HigherIsBetter, new IndicatorPoint(0, Start), new IndicatorPoint(1, Start.PlusDays(1)))
            .Target.Date.Should().Be(Start.PlusDays(1));

    [Fact]
    public void Constructor_TargetOnTheBaselinesDay_BreaksIND002() =>
        Expect.Violation(
            () => _ = new Indicator("x", new MeasureNumber(1), new LocalizedText("x"), "u", IndicatorDirection.HigherIsBetter, new IndicatorPoint(0, Start), new IndicatorPoint(1, Start)),
            Rules.IndicatorTargetAfterBaseline);

    [Fact]
    public void Constructor_IntermediateTargetsOutOfOrder_BreakIND002()
    {
        var mid1 = new IndicatorPoint(50, new LocalDate(2021, 5, 7));
        var mid2 = new IndicatorPoint(70, new LocalDate(2022, 5, 7));
        Indicator Make(params IndicatorPoint[] steps) =>
            new("x", new MeasureNumber(1), new LocalizedText("x"), "u", IndicatorDirection.HigherIsBetter, new IndicatorPoint(0, Start), new IndicatorPoint(100, Due), [.. steps]);

        Make(mid1, mid2).IntermediateTargets.Should().HaveCount(2);
        Expect.Violation(() => Make(mid2, mid1), Rules.IndicatorTargetAfterBaseline);
        Expect.Violation(() => Make(new IndicatorPoint(50, Due)), Rules.IndicatorTargetAfterBaseline);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Point_NotFinite_BreaksIND003(double value) =>
        Expect.Violation(() => _ = new IndicatorPoint(value, Start), Rules.IndicatorValueFinite);

    [Fact]
    public void Observation_NotFinite_BreaksIND003() =>
        Expect.Violation(() => _ = new Observation("x", Start, double.NegativeInfinity), Rules.IndicatorValueFinite);

    [Fact]
    public void Weight_Lightest_IsTheLastValidValue() => Higher(0, 1, 1e-6).Weight.Should().Be(1e-6);

    [Fact]
    public void Weight_Heaviest_IsTheLastValidValue() => Higher(0, 1, 1e9).Weight.Should().Be(1e9);

    [Theory]
    [InlineData(double.Epsilon)]
    [InlineData(9.99999999999999e-7)]
    [InlineData(1.0000000000000002e9)]
    [InlineData(1e308)]
    public void Weight_BeyondItsBounds_BreaksWGT010(double weight) =>
        Expect.Violation(() => Higher(0, 1, weight), Rules.WeightBounded);

    [Theory]
    [InlineData(1e308, 0)]
    [InlineData(0, -1e308)]
    [InlineData(0, 1.0000000000000002e12)]
    public void Values_BeyondATrillion_BreakIND010(double baseline, double target) =>
        Expect.Violation(() => Higher(baseline, target), Rules.IndicatorValueBounded);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Weight_NotAboveZero_BreaksWGT001(double weight) =>
        Expect.Violation(() => Higher(0, 1, weight), Rules.WeightPositive);
}
