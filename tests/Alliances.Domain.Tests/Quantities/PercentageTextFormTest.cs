using System.Globalization;
using System.Text;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alliances.Domain.Tests.Quantities;

/// <summary>
/// The text form of a percentage, <c>81%</c>, and the bare number <c>81</c> that parsing also reads: parsing and
/// formatting through the BCL interfaces.
/// </summary>
public class PercentageTextFormTest
{
    /// <summary>Every double from 0 to 100, subnormals and the smallest shares (written with an exponent) included.</summary>
    private static Gen<Percentage> Percentages =>
        Gen.OneOf(
            Gen.Choose(0, 100).Select(n => (double)n),
            Gen.Choose(0, 1_000_000).Select(n => n / 10_000.0),
            from high in Gen.Choose(0, 0x4059_0000)
            from low in Gen.Choose(int.MinValue, int.MaxValue)
            select BitConverter.Int64BitsToDouble(((long)high << 32) | (uint)low))
        .Where(points => points <= 100)
        .Select(points => new Percentage(points));

    [Theory]
    [InlineData("81%", 81)]
    [InlineData("81", 81)]
    [InlineData("0%", 0)]
    [InlineData("0", 0)]
    [InlineData("100%", 100)]
    [InlineData("100", 100)]
    [InlineData("12.5%", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData(".5%", 0.5)]
    [InlineData("1E-05%", 0.00001)]
    [InlineData("5E-324", double.Epsilon)]
    public void Parse_NumberWithOrWithoutPercentSign_IsThePercentage(string text, double points)
    {
        Percentage.Parse(text).Points.Should().Be(points);
        Percentage.Parse(text, CultureInfo.GetCultureInfo("fr-FR")).Points.Should().Be(points);
        Percentage.Parse(text.AsSpan(), null).Points.Should().Be(points);
        Percentage.TryParse(text, null, out var tried).Should().BeTrue();
        tried.Points.Should().Be(points);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%")]
    [InlineData("%81")]
    [InlineData("81%%")]
    [InlineData("81 %")]
    [InlineData(" 81")]
    [InlineData("81 ")]
    [InlineData("-1%")]
    [InlineData("+1%")]
    [InlineData("12,5%")]
    [InlineData("1,000")]
    [InlineData("NaN")]
    [InlineData("NaN%")]
    [InlineData("Infinity%")]
    [InlineData("∞")]
    [InlineData("81\0")]
    [InlineData("0x10")]
    public void Parse_Malformed_ThrowsFormatExceptionNamingTheForm(string text)
    {
        FluentActions.Invoking(() => Percentage.Parse(text, null)).Should().Throw<FormatException>()
            .WithMessage("A percentage is written as a number of points, optionally followed by '%', such as '81%' or '81'; got '*'.");
        FluentActions.Invoking(() => Percentage.Parse(text.AsSpan(), null)).Should().Throw<FormatException>();
        Percentage.TryParse(text, null, out _).Should().BeFalse();
        Percentage.TryParse(text.AsSpan(), null, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("100.00000000000001")]
    [InlineData("101%")]
    [InlineData("101")]
    [InlineData("1e400%")]
    public void Parse_AboveHundred_BreaksPCT001AsTheConstructorDoes(string text)
    {
        Expect.Violation(() => Percentage.Parse(text, null), Rules.PercentageRange);
        Expect.Violation(() => Percentage.Parse(text.AsSpan(), null), Rules.PercentageRange);
        Percentage.TryParse(text, null, out var result).Should().BeFalse();
        result.Should().Be(Percentage.Zero);
    }

    [Fact]
    public void Parse_Null_ThrowsAndTryParseReturnsFalse()
    {
        FluentActions.Invoking(() => Percentage.Parse(null!, null)).Should().Throw<ArgumentNullException>();
        Percentage.TryParse(null, null, out _).Should().BeFalse();
    }

    [Fact]
    public void Format_DefaultFormat_IsToString()
    {
        var share = new Percentage(12.5);

        share.ToString(null, CultureInfo.GetCultureInfo("fr-FR")).Should().Be("12.5%");
        share.ToString(string.Empty, null).Should().Be("12.5%");
        string.Create(CultureInfo.GetCultureInfo("fr-FR"), $"{share}").Should().Be("12.5%");
        $"{new Percentage(0.00001)}".Should().Be("1E-05%");
    }

    [Fact]
    public void Format_Utf8_IsTheAsciiText()
    {
        var bytes = new byte[32];

        new Percentage(33.333333333333336).TryFormat(bytes, out var written, default, null).Should().BeTrue();

        Encoding.UTF8.GetString(bytes, 0, written).Should().Be("33.333333333333336%");
    }

    [Fact]
    public void Format_RoomForTheNumberButNotTheSign_WritesNothing()
    {
        var chars = new char[2];
        var bytes = new byte[2];

        new Percentage(81).TryFormat(chars, out var charCount, default, null).Should().BeFalse();
        new Percentage(81).TryFormat(bytes, out var byteCount, default, null).Should().BeFalse();

        charCount.Should().Be(0);
        byteCount.Should().Be(0);
    }

    [Theory]
    [InlineData("P")]
    [InlineData("R")]
    [InlineData("N")]
    public void Format_UnknownFormat_ThrowsFormatException(string format)
    {
        var share = new Percentage(81);

        FluentActions.Invoking(() => share.ToString(format, null)).Should().Throw<FormatException>();
        FluentActions.Invoking(() => share.TryFormat(new char[10], out _, format, null)).Should().Throw<FormatException>();
        FluentActions.Invoking(() => share.TryFormat(new byte[10], out _, format, null)).Should().Throw<FormatException>();
    }

    [Property(MaxTest = 500)]
    public Property Format_ThenParse_IsThePercentage_ThroughStringSpanAndUtf8() =>
        Prop.ForAll(Percentages.ToArbitrary(), TextFormLaws.RoundTrips);

    [Property(MaxTest = 500)]
    public Property BareNumber_ParsesAsTheText() =>
        Prop.ForAll(Percentages.ToArbitrary(), p => Percentage.Parse(p.ToString().TrimEnd('%')) == p);

    [Property]
    public Property Format_ToAShortDestination_WritesNothing() =>
        Prop.ForAll(Percentages.ToArbitrary(), TextFormLaws.ReportsShortDestinations);

    [Property(MaxTest = 1000)]
    public Property TryParse_AnyText_NeverThrowsAndAgreesWithParse() =>
        Prop.ForAll(TextFormLaws.Texts(Percentages.Select(p => p.ToString())), TextFormLaws.TryParseAgreesWithParse<Percentage>);
}
