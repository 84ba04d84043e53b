using System.Globalization;
using Alliances.Domain.Progress;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Tests.Validation;

/// <summary>
/// The message of a broken rule is written the same way whatever the reader's culture, and a check that passes
/// formats nothing.
/// </summary>
public class RuleMessageTest
{
    [Theory]
    [InlineData("fr-FR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void BrokenRuleMessages_AreCultureInvariant(string culture)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Violation(() => new MeasureWeight(new MeasureNumber(3), -1.5)).Message.Should().Be("A weight is a finite number above 0; got -1.5.");
            Violation(() => new Percentage(100.25)).Message.Should().Be("A percentage lies from 0 to 100; got 100.25.");
            Violation(() => new MeasureNumber(-2)).Message.Should().Be("A measure number is 1 or more; got -2.");
            Violation(() => new MeasureNumber(12345)).Message.Should().Be("A measure number is at most 999; got 12345.");
            Violation(() => new MeasureWeight(new MeasureNumber(3), 1.5e308)).Message.Should().Be("A weight lies from 0.000001 to 1,000,000,000; got 1.5E+308.");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void BrokenRuleMessages_ExistInFrench_WithFrenchTypography()
    {
        Violation(() => new Percentage(100.25)).MessageIn(Language.French).Should().Be("Un pourcentage va de 0 à 100\u202F; valeur reçue\u00A0: 100.25.");
        Violation(() => new MeasureNumber(12345)).MessageIn(Language.French).Should().Be("Un numéro de mesure vaut au plus 999\u202F; valeur reçue\u00A0: 12345.");
        Violation(() => new MeasureWeight(new MeasureNumber(3), 1.5e308)).MessageIn(Language.French)
            .Should().Be("Un poids va de 0,000001 à 1\u202F000\u202F000\u202F000\u202F; valeur reçue\u00A0: 1.5E+308.");
        Violation(() => new LocalizedText(" ")).MessageIn(Language.French).Should().Be("Le texte français d’un texte bilingue ne peut pas être vide.");
    }

    [Fact]
    public void ALoneSurrogate_IsPlacedInBothLanguages_AfterAPairThatIsWhole()
    {
        var violation = Violation(() => new LocalizedText("ab\U0001F600c\uD800"));

        violation.Code.Should().Be("TXT003");
        violation.MessageIn(Language.English).Should().Be("The French side of a localized text is well-formed Unicode; it holds a lone surrogate at character 5.");
        violation.MessageIn(Language.French).Should().Be("Le texte français d’un texte bilingue doit être de l’Unicode bien formé\u202F; ce texte contient un code de substitution (surrogate) isolé au caractère 5.");
    }

    [Fact]
    public void AViolation_ReadsTheSameCodeAndPath_InEitherLanguage()
    {
        var violation = Violation(() => new Percentage(-1));

        violation.ToString().Should().Be("$: PCT001 A percentage lies from 0 to 100; got -1.");
        violation.ToString(Language.English).Should().Be(violation.ToString());
        violation.ToString(Language.French).Should().Be("$: PCT001 Un pourcentage va de 0 à 100\u202F; valeur reçue\u00A0: -1.");
        violation.Message.Should().Be(violation.Text.English).And.Be(violation.MessageIn(Language.English));
        violation.Text.French.Should().Be(violation.MessageIn(Language.French));
    }

    [Fact]
    public void AViolationPath_IsAJsonPath()
    {
        FluentActions.Invoking(() => new RuleViolation(Rules.PercentageRange, new LocalizedText("Hors bornes.", "Out of range."), "measures[4]"))
            .Should().Throw<ArgumentException>().WithParameterName("path")
            .WithMessage("A violation path is a JSON path starting with '$'; got 'measures[4]'.*");
    }

    [Fact]
    public void AViolationWithoutEnglish_GivesItsFrenchMessageInEnglishToo()
    {
        var violation = new RuleViolation(Rules.PercentageRange, new LocalizedText("Hors bornes."), "$");

        violation.Message.Should().Be("Hors bornes.");
        violation.MessageIn(Language.English).Should().Be("Hors bornes.");
    }

    [Fact]
    public void BrokenRule_NamesItsCodeAndParameter()
    {
        var thrown = FluentActions.Invoking(() => new MeasureWeight(new MeasureNumber(3), double.NaN)).Should().Throw<RuleViolationException>().Which;
        thrown.Rule.Should().Be(Rules.WeightPositive);
        thrown.ParamName.Should().Be("weight");
        thrown.Violation.Message.Should().Be("A weight is a finite number above 0; got NaN.");
    }

    [Fact]
    public void PassingChecks_AllocateNothing()
    {
        static void Check()
        {
            _ = new Percentage(42.5);
            _ = new MeasureNumber(7);
            _ = new MeasureWeight(new MeasureNumber(7), 2);
        }

        Check();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            Check();
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    private static RuleViolation Violation(Action act) =>
        FluentActions.Invoking(act).Should().Throw<RuleViolationException>().Which.Violation;
}
