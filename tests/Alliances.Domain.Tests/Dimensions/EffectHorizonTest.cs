using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Alliances.Domain.Tests.Dimensions;

public class EffectHorizonTest
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 9)]
    [InlineData(9, 9)]
    public void Constructor_OrderedAndNotNegative_IsValid(int min, int max)
    {
        var horizon = new EffectHorizon(min, max);

        horizon.MinimumMonths.Should().Be(min);
        horizon.MaximumMonths.Should().Be(max);
        horizon.Minimum.Should().Be(Period.FromMonths(min));
        horizon.Maximum.Should().Be(Period.FromMonths(max));
    }

    [Theory]
    [InlineData(-1, 9)]
    [InlineData(-1, -1)]
    [InlineData(0, -1)]
    public void Constructor_NegativeEnd_BreaksHOR001(int min, int max) =>
        Expect.Violation(() => _ = new EffectHorizon(min, max), Rules.HorizonNotNegative);

    [Fact]
    public void Constructor_MinimumOneAboveMaximum_BreaksHOR002() =>
        Expect.Violation(() => _ = new EffectHorizon(10, 9), Rules.HorizonOrdered);

    [Fact]
    public void Default_IsZeroToZero() => default(EffectHorizon).Should().Be(new EffectHorizon(0, 0));

    [Fact]
    public void ToString_IsInvariant() => new EffectHorizon(18, 36).ToString().Should().Be("18..36");

    [Theory]
    [InlineData("3-9")]
    [InlineData("3..")]
    [InlineData("..9")]
    [InlineData("a..b")]
    public void Parse_Malformed_ThrowsFormatException(string text) =>
        FluentActions.Invoking(() => EffectHorizon.Parse(text)).Should().Throw<FormatException>();

    [Fact]
    public void Parse_Reversed_BreaksHOR002() => Expect.Violation(() => EffectHorizon.Parse("9..3"), Rules.HorizonOrdered);

    [Property]
    public Property ToString_RoundTripsThroughParse() =>
        Prop.ForAll(
            Gen.Choose(0, 600).SelectMany(min => Gen.Choose(min, 600).Select(max => new EffectHorizon(min, max))).ToArbitrary(),
            h => EffectHorizon.Parse(h.ToString()) == h);
}
