using System.Globalization;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Tests.Text;

public class LocalizedTextTest
{
    private static readonly LocalizedText Both = new("Comité de suivi", "Follow-up committee");
    private static readonly LocalizedText FrenchOnly = new("Forum Mondial Convergences");

    [Theory]
    [InlineData("en", "Follow-up committee")]
    [InlineData("en-GB", "Follow-up committee")]
    [InlineData("fr", "Comité de suivi")]
    [InlineData("fr-CA", "Comité de suivi")]
    [InlineData("de", "Comité de suivi")]
    [InlineData("", "Comité de suivi")]
    public void Get_ByCulture_FallsBackToFrench(string culture, string expected) =>
        Both.Get(CultureInfo.GetCultureInfo(culture)).Should().Be(expected);

    [Fact]
    public void Get_EnglishWithoutTranslation_GivesFrench() =>
        FrenchOnly.Get(Language.English).Should().Be("Forum Mondial Convergences");

    [Fact]
    public void Get_ByLanguage_GivesThatLanguage()
    {
        Both.Get(Language.French).Should().Be("Comité de suivi");
        Both.Get(Language.English).Should().Be("Follow-up committee");
    }

    [Fact]
    public void Equality_IsOrdinalOnBothSides()
    {
        new LocalizedText("a", "b").Should().Be(new LocalizedText("a", "b"));
        new LocalizedText("a", "b").Should().NotBe(new LocalizedText("A", "b"));
        new LocalizedText("a", "b").Should().NotBe(new LocalizedText("a"));
    }

    [Fact]
    public void ToString_IsFrench() => Both.ToString().Should().Be("Comité de suivi");

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\u00A0\t")]
    [InlineData("\uFEFF")]
    [InlineData("\u3000\u00A0\u2028")]
    [InlineData("\t\n\v\f\r ")]
    public void Constructor_BlankFrench_BreaksTXT001(string french) =>
        Expect.Violation(() => _ = new LocalizedText(french), Rules.TextRequired);

    [Fact]
    public void Constructor_NullFrench_Throws() =>
        FluentActions.Invoking(() => new LocalizedText(null!)).Should().Throw<ArgumentNullException>();

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("\uFEFF")]
    public void Constructor_BlankEnglish_BreaksTXT002(string english) =>
        Expect.Violation(() => _ = new LocalizedText("x", english), Rules.EnglishTextNotBlank);

    [Fact]
    public void Constructor_OneCharacterEachSide_IsTheLastValidValue()
    {
        var text = new LocalizedText("a", "b");

        text.French.Should().Be("a");
        text.English.Should().Be("b");
    }

    [Theory]
    [InlineData("\u0085")]
    [InlineData("\u200B")]
    public void Constructor_FrenchOfCharactersEcma262DoesNotCountAsWhiteSpace_IsNotBlank(string french) =>
        new LocalizedText(french).French.Should().Be(french);
}
