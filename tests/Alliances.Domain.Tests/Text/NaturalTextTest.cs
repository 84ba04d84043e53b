using NodaTime;

namespace Alliances.Domain.Tests.Text;

/// <summary>Days, months, horizons, percentages and variances as people read them, each language with its typography.</summary>
public class NaturalTextTest
{
    private const string Nnbsp = "\u202F";

    [Theory]
    [InlineData(2020, 5, 7, "7 mai 2020", "7 May 2020")]
    [InlineData(2020, 6, 1, "1er juin 2020", "1 June 2020")]
    [InlineData(2022, 12, 31, "31 décembre 2022", "31 December 2022")]
    public void Day_IsWrittenInFull(int year, int month, int day, string french, string english)
    {
        NaturalText.Day(new LocalDate(year, month, day), Language.French).Should().Be(french);
        NaturalText.Day(new LocalDate(year, month, day), Language.English).Should().Be(english);
    }

    [Fact]
    public void Month_IsItsNameAndYear()
    {
        NaturalText.Month(new YearMonth(2020, 8), Language.French).Should().Be("août 2020");
        NaturalText.Month(new YearMonth(2020, 8), Language.English).Should().Be("August 2020");
    }

    [Theory]
    [InlineData(3, 9, "3 à 9 mois", "3–9 months")]
    [InlineData(12, 18, "12 à 18 mois", "12–18 months")]
    [InlineData(6, 6, "6 mois", "6 months")]
    [InlineData(1, 1, "1 mois", "1 month")]
    [InlineData(0, 1, "0 à 1 mois", "0–1 month")]
    [InlineData(0, 0, "0 mois", "0 months")]
    public void Horizon_IsARangeOfMonths(int min, int max, string french, string english)
    {
        NaturalText.Horizon(new EffectHorizon(min, max), Language.French).Should().Be(french);
        NaturalText.Horizon(new EffectHorizon(min, max), Language.English).Should().Be(english);
    }

    [Fact]
    public void Horizon_OfTheCanonicalDimensions_ReadsAsTheSourceSaysIt()
    {
        Domain.Catalogue.Odd17.Programme.Dimensions.Select(d => NaturalText.Horizon(d.Horizon, Language.French))
            .Should().Equal("3 à 9 mois", "6 à 12 mois", "12 à 18 mois");
    }

    [Theory]
    [InlineData(81, 0, "81" + Nnbsp + "%", "81%")]
    [InlineData(81.4, 1, "81,4" + Nnbsp + "%", "81.4%")]
    [InlineData(33.33, 1, "33,3" + Nnbsp + "%", "33.3%")]
    [InlineData(0.125, 2, "0,13" + Nnbsp + "%", "0.13%")]
    [InlineData(2.5, 0, "3" + Nnbsp + "%", "3%")]
    [InlineData(100, 0, "100" + Nnbsp + "%", "100%")]
    [InlineData(0, 1, "0,0" + Nnbsp + "%", "0.0%")]
    public void Percentage_TakesANarrowNoBreakSpaceInFrench_AndRoundsHalfAwayFromZero(double points, int decimals, string french, string english)
    {
        NaturalText.Percentage(new Percentage(points), Language.French, decimals).Should().Be(french);
        NaturalText.Percentage(new Percentage(points), Language.English, decimals).Should().Be(english);
    }

    [Theory]
    [InlineData(24.4, 1, "+24,4 points", "+24.4 points")]
    [InlineData(-3, 1, "\u22123,0 points", "\u22123.0 points")]
    [InlineData(0.04, 1, "0,0 point", "0.0 points")]
    [InlineData(-0.04, 1, "0,0 point", "0.0 points")]
    [InlineData(1.95, 1, "+2,0 points", "+2.0 points")]
    [InlineData(1.94, 1, "+1,9 point", "+1.9 points")]
    [InlineData(1, 0, "+1 point", "+1 point")]
    [InlineData(-1, 0, "\u22121 point", "\u22121 point")]
    [InlineData(2, 0, "+2 points", "+2 points")]
    [InlineData(0.125, 2, "+0,13 point", "+0.13 points")]
    public void Points_AreSigned_WithEachLanguagesDecimalMarkAndNumber(double variance, int decimals, string french, string english)
    {
        NaturalText.Points(variance, Language.French, decimals).Should().Be(french);
        NaturalText.Points(variance, Language.English, decimals).Should().Be(english);
    }

    [Fact]
    public void BadDecimalsOrVariances_AreRefused()
    {
        FluentActions.Invoking(() => NaturalText.Percentage(new Percentage(1), Language.French, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => NaturalText.Percentage(new Percentage(1), Language.French, NaturalText.MaximumDecimals + 1)).Should().Throw<ArgumentOutOfRangeException>();
        NaturalText.Percentage(new Percentage(1), Language.English, NaturalText.MaximumDecimals).Should().Be("1.000000%");
        FluentActions.Invoking(() => NaturalText.Points(double.NaN, Language.English)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => NaturalText.Points(double.PositiveInfinity, Language.English)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => NaturalText.Points(1e300, Language.English)).Should().Throw<ArgumentOutOfRangeException>("a decimal cannot hold it");
        FluentActions.Invoking(() => NaturalText.Round(-1e28, 0)).Should().Throw<ArgumentOutOfRangeException>();
        NaturalText.Round(9.99e27, 0).Should().Be(9_990_000_000_000_000_000_000_000_000m);
    }

    [Theory]
    [InlineData(0.125, 2, "0.13")]
    [InlineData(-0.125, 2, "-0.13")]
    [InlineData(2.5, 0, "3")]
    [InlineData(8.000000000000001, 2, "8")]
    [InlineData(33.335, 2, "33.34")]
    public void Round_TakesAHalfAwayFromZero_OnFifteenSignificantDigits_Pro017(double value, int decimals, string expected) =>
        NaturalText.Round(value, decimals).ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected);

    [Fact]
    public void ImpreciseDates_AndPlainDays_ShareTheirWords()
    {
        ImpreciseDate.On(new LocalDate(2020, 5, 7)).ToNaturalText(Language.French).Should().Be(NaturalText.Day(new LocalDate(2020, 5, 7), Language.French));
        ImpreciseDate.InMonth(new YearMonth(2020, 11)).ToNaturalText(Language.English).Should().Be(NaturalText.Month(new YearMonth(2020, 11), Language.English));
    }
}
