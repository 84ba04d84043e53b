using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alliances.Domain.Tests.Measures;

public class MeasureNumberTest
{
    [Fact]
    public void Constructor_One_IsTheLastValidValue() => new MeasureNumber(1).Value.Should().Be(1);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Constructor_BelowOne_BreaksMEA001(int value) =>
        Expect.Violation(() => _ = new MeasureNumber(value), Rules.MeasureNumberPositive);

    [Fact]
    public void Default_IsMeasureOne() => default(MeasureNumber).Should().Be(new MeasureNumber(1));

    [Fact]
    public void Conversions_GoBothWays()
    {
        int value = new MeasureNumber(21);
        var number = (MeasureNumber)7;

        value.Should().Be(21);
        number.Value.Should().Be(7);
        MeasureNumber.FromInt32(3).ToInt32().Should().Be(3);
    }

    [Fact]
    public void ExplicitConversion_FromZero_BreaksMEA001() =>
        Expect.Violation(() => _ = (MeasureNumber)0, Rules.MeasureNumberPositive);

    [Fact]
    public void Ordering_FollowsTheNumbers()
    {
        (new MeasureNumber(2) < new MeasureNumber(10)).Should().BeTrue();
        (new MeasureNumber(21) > new MeasureNumber(1)).Should().BeTrue();
        new MeasureNumber(5).CompareTo(new MeasureNumber(5)).Should().Be(0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("-3")]
    [InlineData("+3")]
    [InlineData(" 3")]
    public void Parse_Malformed_ThrowsFormatException(string text) =>
        FluentActions.Invoking(() => MeasureNumber.Parse(text)).Should().Throw<FormatException>();

    [Fact]
    public void Parse_Zero_BreaksMEA001() => Expect.Violation(() => MeasureNumber.Parse("0"), Rules.MeasureNumberPositive);

    [Property]
    public Property ToString_RoundTripsThroughParse() =>
        Prop.ForAll(
            Gen.Choose(1, MeasureNumber.MaximumValue).Select(n => new MeasureNumber(n)).ToArbitrary(),
            n => MeasureNumber.Parse(n.ToString()) == n);
}
