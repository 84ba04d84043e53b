using System.Globalization;
using System.Text;
using Alliances.Domain.Testing;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alliances.Domain.Tests.Territories;

/// <summary>The text form of a territory code, the code itself <c>2A</c>: parsing and formatting through the BCL interfaces.</summary>
public class TerritoryCodeTextFormTest
{
    [Theory]
    [InlineData("2A")]
    [InlineData("971")]
    [InlineData("FR-IDF")]
    [InlineData("FR-IDF-75-PARIS1")]
    public void Parse_ACode_IsTheTerritoryCode(string text)
    {
        var expected = new TerritoryCode(text);

        TerritoryCode.Parse(text).Should().Be(expected);
        TerritoryCode.Parse(text, CultureInfo.GetCultureInfo("fr-FR")).Should().Be(expected);
        TerritoryCode.Parse(text.AsSpan(), null).Should().Be(expected);
        TerritoryCode.TryParse(text, null, out var tried).Should().BeTrue();
        tried.Should().Be(expected);
        TerritoryCode.TryParse(text.AsSpan(), null, out var triedSpan).Should().BeTrue();
        triedSpan.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("FR-IDF-75-PARIS12")]
    [InlineData("2 A")]
    [InlineData("é")]
    [InlineData(" 2A")]
    [InlineData("2A\0")]
    [InlineData("2A/2B")]
    public void Parse_NotACode_ThrowsFormatExceptionCarryingTER001(string text)
    {
        var exception = FluentActions.Invoking(() => TerritoryCode.Parse(text, null)).Should().Throw<FormatException>()
            .WithMessage("A territory code is written as 1 to 16 ASCII letters, digits or hyphens, such as '2A'; got '*'.")
            .Which;
        exception.InnerException.Should().BeOfType<RuleViolationException>().Which.Rule.Should().Be(Rules.TerritoryCodeFormat);
        FluentActions.Invoking(() => TerritoryCode.Parse(text.AsSpan(), null)).Should().Throw<FormatException>();
        TerritoryCode.TryParse(text, null, out var result).Should().BeFalse();
        result.Should().Be(default(TerritoryCode));
        TerritoryCode.TryParse(text.AsSpan(), null, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_Null_ThrowsAndTryParseReturnsFalse()
    {
        FluentActions.Invoking(() => TerritoryCode.Parse(null!, null)).Should().Throw<ArgumentNullException>();
        TerritoryCode.TryParse(null, null, out _).Should().BeFalse();
    }

    [Fact]
    public void Format_DefaultFormat_IsTheCode()
    {
        var corsica = new TerritoryCode("2A");
        var bytes = new byte[10];

        corsica.ToString(null, CultureInfo.GetCultureInfo("fr-FR")).Should().Be("2A");
        corsica.ToString(string.Empty, null).Should().Be("2A");
        $"/territories/{corsica}/progress".Should().Be("/territories/2A/progress");
        corsica.TryFormat(bytes, out var written, default, null).Should().BeTrue();
        Encoding.UTF8.GetString(bytes, 0, written).Should().Be("2A");
    }

    [Fact]
    public void Format_Default_WritesNothing()
    {
        default(TerritoryCode).TryFormat(new char[4], out var chars, default, null).Should().BeTrue();
        default(TerritoryCode).TryFormat(new byte[4], out var bytes, default, null).Should().BeTrue();

        chars.Should().Be(0);
        bytes.Should().Be(0);
    }

    [Theory]
    [InlineData("G")]
    [InlineData("U")]
    public void Format_UnknownFormat_ThrowsFormatException(string format)
    {
        var corsica = new TerritoryCode("2A");

        FluentActions.Invoking(() => corsica.ToString(format, null)).Should().Throw<FormatException>();
        FluentActions.Invoking(() => corsica.TryFormat(new char[20], out _, format, null)).Should().Throw<FormatException>();
        FluentActions.Invoking(() => corsica.TryFormat(new byte[20], out _, format, null)).Should().Throw<FormatException>();
    }

    [Property]
    public Property Format_ThenParse_IsTheCode_ThroughStringSpanAndUtf8() =>
        Prop.ForAll(AlliancesGenerators.TerritoryCodes.ToArbitrary(), TextFormLaws.RoundTrips);

    [Property]
    public Property Format_ToAShortDestination_WritesNothing() =>
        Prop.ForAll(AlliancesGenerators.TerritoryCodes.ToArbitrary(), TextFormLaws.ReportsShortDestinations);

    [Property(MaxTest = 1000)]
    public Property TryParse_AnyText_NeverThrowsAndAgreesWithParse() =>
        Prop.ForAll(TextFormLaws.Texts(AlliancesGenerators.TerritoryCodes.Select(c => c.Value)), TextFormLaws.TryParseAgreesWithParse<TerritoryCode>);

    [Fact]
    public void Parse_OfATextThatIsNotACode_SaysWhatACodeIs() =>
        FluentActions.Invoking(() => TerritoryCode.Parse("13 "))
            .Should().Throw<FormatException>().Which.Message.Should().StartWith("A territory code is written as 1 to 16 ASCII letters, digits or hyphens, such as '2A'; got '13 '.");
}
