using System.Globalization;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alliances.Domain.Tests.Quantities;

public class PercentageTest
{
    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(29.5)]
    public void Constructor_WithinRange_KeepsPoints(double points) =>
        new Percentage(points).Points.Should().Be(points);

    [Theory]
    [InlineData(-0.0001)]
    [InlineData(100.0001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Constructor_OutsideRangeOrNotFinite_BreaksPCT001(double points) =>
        Expect.Violation(() => _ = new Percentage(points), Rules.PercentageRange);

    [Fact]
    public void Default_IsZero()
    {
        default(Percentage).Should().Be(Percentage.Zero);
        default(Percentage).Points.Should().Be(0);
    }

    [Fact]
    public void NegativeZero_EqualsZeroAndFormatsAlike()
    {
        var negativeZero = new Percentage(-0.0);

        negativeZero.Should().Be(Percentage.Zero);
        negativeZero.ToString().Should().Be("0%");
    }

    [Fact]
    public void FromFraction_ScalesToPoints()
    {
        Percentage.FromFraction(0.81).Points.Should().BeApproximately(81, 1e-12);
        Percentage.FromFraction(1).Should().Be(Percentage.Full);
    }

    [Fact]
    public void Ordering_FollowsPoints()
    {
        (new Percentage(3) < new Percentage(4)).Should().BeTrue();
        (new Percentage(81) >= new Percentage(81)).Should().BeTrue();
        new[] { new Percentage(9), new Percentage(3), new Percentage(81) }.Order()
            .Should().Equal(new Percentage(3), new Percentage(9), new Percentage(81));
    }

    [Theory]
    [InlineData(81, "81%")]
    [InlineData(12.5, "12.5%")]
    [InlineData(0, "0%")]
    public void ToString_IsInvariant(double points, string expected)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            new Percentage(points).ToString().Should().Be(expected);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("81 %")]
    [InlineData("%")]
    [InlineData("-1%")]
    [InlineData("abc%")]
    public void Parse_Malformed_ThrowsFormatException(string text) =>
        FluentActions.Invoking(() => Percentage.Parse(text)).Should().Throw<FormatException>();

    [Fact]
    public void Parse_AboveHundred_BreaksPCT001() =>
        Expect.Violation(() => Percentage.Parse("101%"), Rules.PercentageRange);

    [Property]
    public Property ToString_RoundTripsThroughParse() =>
        Prop.ForAll(
            Gen.Choose(0, 1_000_000).Select(n => new Percentage(n / 10_000.0)).ToArbitrary(),
            p => Percentage.Parse(p.ToString()) == p);
}
