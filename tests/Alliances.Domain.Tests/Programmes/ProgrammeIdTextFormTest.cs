using System.Globalization;
using System.Text;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alliances.Domain.Tests.Programmes;

/// <summary>The text form of a programme identifier, the slug <c>odd17-2020</c>: parsing and formatting through the BCL interfaces.</summary>
public class ProgrammeIdTextFormTest
{
    private static readonly string Longest = new('a', 64);

    /// <summary>Slugs of one to 64 characters: segments of letters and digits joined by single hyphens.</summary>
    private static Gen<ProgrammeId> Ids =>
        from segments in Gen.Choose(1, 6)
        from parts in Gen.ArrayOf(
            Gen.Choose(1, 20).SelectMany(n => Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789".ToCharArray()), n)).Select(c => new string(c)),
            segments)
        let slug = string.Join('-', parts)
        select new ProgrammeId(slug.Length <= 64 ? slug : slug[..64].TrimEnd('-'));

    [Theory]
    [InlineData("odd17-2020")]
    [InlineData("a")]
    [InlineData("0")]
    [InlineData("odd17-occitanie-2021")]
    public void Parse_Slug_IsTheIdentifier(string text)
    {
        var expected = new ProgrammeId(text);

        ProgrammeId.Parse(text, CultureInfo.GetCultureInfo("fr-FR")).Should().Be(expected);
        ProgrammeId.Parse(text.AsSpan(), null).Should().Be(expected);
        ProgrammeId.TryParse(text, null, out var tried).Should().BeTrue();
        tried.Should().Be(expected);
    }

    [Fact]
    public void Parse_SixtyFourCharacters_IsTheLongestIdentifier() =>
        ProgrammeId.Parse(Longest, null).Value.Should().Be(Longest);

    [Theory]
    [InlineData("")]
    [InlineData("ODD17")]
    [InlineData("odd 17")]
    [InlineData("-odd17")]
    [InlineData("odd17-")]
    [InlineData("odd--17")]
    [InlineData("odd_17")]
    [InlineData("été")]
    [InlineData("odd17\0")]
    [InlineData(" odd17")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Parse_NotASlug_ThrowsFormatExceptionCarryingIDS001(string text)
    {
        var exception = FluentActions.Invoking(() => ProgrammeId.Parse(text, null)).Should().Throw<FormatException>()
            .WithMessage("A programme identifier is written as a slug of lowercase ASCII letters, digits and single inner hyphens, 1 to 64 characters, such as 'odd17-2020'; got '*'.")
            .Which;
        exception.InnerException.Should().BeOfType<RuleViolationException>().Which.Rule.Should().Be(Rules.IdentifierFormat);
        FluentActions.Invoking(() => ProgrammeId.Parse(text.AsSpan(), null)).Should().Throw<FormatException>();
        ProgrammeId.TryParse(text, null, out var result).Should().BeFalse();
        result.Should().BeNull();
        ProgrammeId.TryParse(text.AsSpan(), null, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_Null_ThrowsAndTryParseReturnsFalse()
    {
        FluentActions.Invoking(() => ProgrammeId.Parse(null!, null)).Should().Throw<ArgumentNullException>();
        ProgrammeId.TryParse(null, null, out _).Should().BeFalse();
    }

    [Fact]
    public void Format_DefaultFormat_IsTheSlug()
    {
        var id = new ProgrammeId("odd17-2020");
        var bytes = new byte[10];

        id.ToString(null, CultureInfo.GetCultureInfo("fr-FR")).Should().Be("odd17-2020");
        id.ToString(string.Empty, null).Should().Be("odd17-2020");
        $"/programmes/{id}".Should().Be("/programmes/odd17-2020");
        id.TryFormat(bytes, out var written, default, null).Should().BeTrue();
        Encoding.UTF8.GetString(bytes, 0, written).Should().Be("odd17-2020");
    }

    [Theory]
    [InlineData("G")]
    [InlineData("U")]
    public void Format_UnknownFormat_ThrowsFormatException(string format)
    {
        var id = new ProgrammeId("odd17-2020");

        FluentActions.Invoking(() => id.ToString(format, null)).Should().Throw<FormatException>();
        FluentActions.Invoking(() => id.TryFormat(new char[20], out _, format, null)).Should().Throw<FormatException>();
        FluentActions.Invoking(() => id.TryFormat(new byte[20], out _, format, null)).Should().Throw<FormatException>();
    }

    [Property]
    public Property Format_ThenParse_IsTheIdentifier_ThroughStringSpanAndUtf8() =>
        Prop.ForAll(Ids.ToArbitrary(), TextFormLaws.RoundTrips);

    [Property]
    public Property Format_ToAShortDestination_WritesNothing() =>
        Prop.ForAll(Ids.ToArbitrary(), TextFormLaws.ReportsShortDestinations);

    [Property(MaxTest = 1000)]
    public Property TryParse_AnyText_NeverThrowsAndAgreesWithParse() =>
        Prop.ForAll(TextFormLaws.Texts(Ids.Select(id => id.Value)), TextFormLaws.TryParseAgreesWithParse<ProgrammeId>);
}
