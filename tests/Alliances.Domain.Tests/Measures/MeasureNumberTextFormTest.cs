using System.Globalization;
using System.Text;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alliances.Domain.Tests.Measures;

/// <summary>The text form of a measure number, <c>9</c>: parsing and formatting through the BCL interfaces.</summary>
public class MeasureNumberTextFormTest
{
    private static Gen<MeasureNumber> Numbers =>
        Gen.OneOf(Gen.Choose(1, 30), Gen.Choose(1, MeasureNumber.MaximumValue), Gen.Constant(MeasureNumber.MaximumValue)).Select(n => new MeasureNumber(n));

    [Theory]
    [InlineData("1", 1)]
    [InlineData("9", 9)]
    [InlineData("007", 7)]
    [InlineData("999", MeasureNumber.MaximumValue)]
    public void Parse_WholeNumber_IsTheMeasureNumber(string text, int expected)
    {
        MeasureNumber.Parse(text, CultureInfo.GetCultureInfo("fr-FR")).Value.Should().Be(expected);
        MeasureNumber.Parse(text.AsSpan(), null).Value.Should().Be(expected);
        MeasureNumber.TryParse(text, null, out var tried).Should().BeTrue();
        tried.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("-1")]
    [InlineData("+9")]
    [InlineData(" 9")]
    [InlineData("9 ")]
    [InlineData("9.0")]
    [InlineData("9\0")]
    [InlineData("٩")]
    [InlineData("2147483648")]
    public void Parse_Malformed_ThrowsFormatExceptionNamingTheForm(string text)
    {
        FluentActions.Invoking(() => MeasureNumber.Parse(text, null)).Should().Throw<FormatException>()
            .WithMessage("A measure number is written as a whole number in ASCII digits, such as '9'; got '*'.");
        FluentActions.Invoking(() => MeasureNumber.Parse(text.AsSpan(), null)).Should().Throw<FormatException>();
        MeasureNumber.TryParse(text, null, out _).Should().BeFalse();
        MeasureNumber.TryParse(text.AsSpan(), null, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("000")]
    public void Parse_Zero_BreaksMEA001AsTheConstructorDoes(string text)
    {
        Expect.Violation(() => MeasureNumber.Parse(text, null), Rules.MeasureNumberPositive);
        Expect.Violation(() => MeasureNumber.Parse(text.AsSpan(), null), Rules.MeasureNumberPositive);
        MeasureNumber.TryParse(text, null, out var result).Should().BeFalse();
        result.Should().Be(default(MeasureNumber));
    }

    [Theory]
    [InlineData("1000")]
    [InlineData("2147483647")]
    public void Parse_AboveTheHighest_BreaksMEA010AsTheConstructorDoes(string text)
    {
        Expect.Violation(() => MeasureNumber.Parse(text, null), Rules.MeasureNumberBounded);
        MeasureNumber.TryParse(text, null, out var result).Should().BeFalse();
        result.Should().Be(default(MeasureNumber));
    }

    [Fact]
    public void Parse_Null_ThrowsAndTryParseReturnsFalse()
    {
        FluentActions.Invoking(() => MeasureNumber.Parse(null!, null)).Should().Throw<ArgumentNullException>();
        MeasureNumber.TryParse(null, null, out _).Should().BeFalse();
    }

    [Fact]
    public void Format_DefaultFormat_IsToString()
    {
        var nine = new MeasureNumber(9);

        nine.ToString(null, CultureInfo.GetCultureInfo("fr-FR")).Should().Be("9");
        nine.ToString(string.Empty, null).Should().Be("9");
        $"measure {nine}".Should().Be("measure 9");
        string.Create(CultureInfo.GetCultureInfo("fr-FR"), $"{new MeasureNumber(999)}").Should().Be("999");
    }

    [Fact]
    public void Format_Utf8_IsTheAsciiDigits()
    {
        var bytes = new byte[10];

        new MeasureNumber(MeasureNumber.MaximumValue).TryFormat(bytes, out var written, default, null).Should().BeTrue();

        Encoding.UTF8.GetString(bytes, 0, written).Should().Be("999");
    }

    [Theory]
    [InlineData("D")]
    [InlineData("G")]
    [InlineData("x")]
    public void Format_UnknownFormat_ThrowsFormatException(string format)
    {
        var nine = new MeasureNumber(9);

        FluentActions.Invoking(() => nine.ToString(format, null)).Should().Throw<FormatException>();
        FluentActions.Invoking(() => nine.TryFormat(new char[10], out _, format, null)).Should().Throw<FormatException>();
        FluentActions.Invoking(() => nine.TryFormat(new byte[10], out _, format, null)).Should().Throw<FormatException>();
    }

    [Property]
    public Property Format_ThenParse_IsTheNumber_ThroughStringSpanAndUtf8() =>
        Prop.ForAll(Numbers.ToArbitrary(), TextFormLaws.RoundTrips);

    [Property]
    public Property Format_ToAShortDestination_WritesNothing() =>
        Prop.ForAll(Numbers.ToArbitrary(), TextFormLaws.ReportsShortDestinations);

    [Property(MaxTest = 1000)]
    public Property TryParse_AnyText_NeverThrowsAndAgreesWithParse() =>
        Prop.ForAll(TextFormLaws.Texts(Numbers.Select(n => n.ToString())), TextFormLaws.TryParseAgreesWithParse<MeasureNumber>);
}
