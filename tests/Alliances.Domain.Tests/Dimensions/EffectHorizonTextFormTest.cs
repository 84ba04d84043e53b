using System.Globalization;
using System.Text;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alliances.Domain.Tests.Dimensions;

/// <summary>The text form of an effect horizon, <c>3..9</c>: parsing and formatting through the BCL interfaces.</summary>
public class EffectHorizonTextFormTest
{
    private static Gen<EffectHorizon> Horizons =>
        Gen.OneOf(
            from min in Gen.Choose(0, 36) from max in Gen.Choose(min, 60) select new EffectHorizon(min, max),
            from a in Gen.Choose(0, int.MaxValue) from b in Gen.Choose(0, int.MaxValue) select new EffectHorizon(Math.Min(a, b), Math.Max(a, b)));

    [Theory]
    [InlineData("3..9", 3, 9)]
    [InlineData("0..0", 0, 0)]
    [InlineData("9..9", 9, 9)]
    [InlineData("18..36", 18, 36)]
    [InlineData("+3..+9", 3, 9)]
    [InlineData("0..2147483647", 0, int.MaxValue)]
    public void Parse_TwoNumbersOfMonths_IsTheHorizon(string text, int min, int max)
    {
        var expected = new EffectHorizon(min, max);

        EffectHorizon.Parse(text, CultureInfo.GetCultureInfo("fr-FR")).Should().Be(expected);
        EffectHorizon.Parse(text.AsSpan(), null).Should().Be(expected);
        EffectHorizon.TryParse(text, null, out var tried).Should().BeTrue();
        tried.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("3-9")]
    [InlineData("3..")]
    [InlineData("..9")]
    [InlineData("3...9")]
    [InlineData("3..9..12")]
    [InlineData(" 3..9")]
    [InlineData("3..9 ")]
    [InlineData("3 .. 9")]
    [InlineData("3..9\0")]
    [InlineData("3.0..9")]
    [InlineData("3..2147483648")]
    public void Parse_Malformed_ThrowsFormatExceptionNamingTheForm(string text)
    {
        FluentActions.Invoking(() => EffectHorizon.Parse(text, null)).Should().Throw<FormatException>()
            .WithMessage("An effect horizon is written as two numbers of months separated by '..', such as '3..9'; got '*'.");
        FluentActions.Invoking(() => EffectHorizon.Parse(text.AsSpan(), null)).Should().Throw<FormatException>();
        EffectHorizon.TryParse(text, null, out _).Should().BeFalse();
        EffectHorizon.TryParse(text.AsSpan(), null, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("-1..9")]
    [InlineData("0..-1")]
    public void Parse_NegativeEnd_BreaksHOR001AsTheConstructorDoes(string text)
    {
        Expect.Violation(() => EffectHorizon.Parse(text, null), Rules.HorizonNotNegative);
        EffectHorizon.TryParse(text, null, out var result).Should().BeFalse();
        result.Should().Be(default(EffectHorizon));
    }

    [Fact]
    public void Parse_MinimumOneAboveMaximum_BreaksHOR002AsTheConstructorDoes()
    {
        Expect.Violation(() => EffectHorizon.Parse("10..9".AsSpan(), null), Rules.HorizonOrdered);
        EffectHorizon.TryParse("10..9", null, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_Null_ThrowsAndTryParseReturnsFalse()
    {
        FluentActions.Invoking(() => EffectHorizon.Parse(null!, null)).Should().Throw<ArgumentNullException>();
        EffectHorizon.TryParse(null, null, out _).Should().BeFalse();
    }

    [Fact]
    public void Format_DefaultFormat_IsToString()
    {
        var horizon = new EffectHorizon(18, 36);

        horizon.ToString(null, CultureInfo.GetCultureInfo("fr-FR")).Should().Be("18..36");
        horizon.ToString(string.Empty, null).Should().Be("18..36");
        $"within {horizon} months".Should().Be("within 18..36 months");
    }

    [Fact]
    public void Format_Utf8_IsTheAsciiText()
    {
        var bytes = new byte[32];

        new EffectHorizon(1234, 56789).TryFormat(bytes, out var written, default, CultureInfo.GetCultureInfo("fr-FR")).Should().BeTrue();

        Encoding.UTF8.GetString(bytes, 0, written).Should().Be("1234..56789");
    }

    [Theory]
    [InlineData("G")]
    [InlineData("M")]
    public void Format_UnknownFormat_ThrowsFormatException(string format)
    {
        var horizon = new EffectHorizon(3, 9);

        FluentActions.Invoking(() => horizon.ToString(format, null)).Should().Throw<FormatException>();
        FluentActions.Invoking(() => horizon.TryFormat(new char[10], out _, format, null)).Should().Throw<FormatException>();
        FluentActions.Invoking(() => horizon.TryFormat(new byte[10], out _, format, null)).Should().Throw<FormatException>();
    }

    [Property]
    public Property Format_ThenParse_IsTheHorizon_ThroughStringSpanAndUtf8() =>
        Prop.ForAll(Horizons.ToArbitrary(), TextFormLaws.RoundTrips);

    [Property]
    public Property Format_ToAShortDestination_WritesNothing() =>
        Prop.ForAll(Horizons.ToArbitrary(), TextFormLaws.ReportsShortDestinations);

    [Property(MaxTest = 1000)]
    public Property TryParse_AnyText_NeverThrowsAndAgreesWithParse() =>
        Prop.ForAll(TextFormLaws.Texts(Horizons.Select(h => h.ToString())), TextFormLaws.TryParseAgreesWithParse<EffectHorizon>);
}
