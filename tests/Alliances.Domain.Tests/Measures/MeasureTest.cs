
namespace Alliances.Domain.Tests.Measures;

public class MeasureTest
{
    private static readonly LocalizedText Title = new("Accompagner les alliances stratégiques", "Support strategic alliances");

    [Fact]
    public void Constructor_KeepsItsParts()
    {
        var measure = new Measure(new MeasureNumber(9), Title, DimensionKind.Strategic);

        measure.Number.Value.Should().Be(9);
        measure.Title.Should().Be(Title);
        measure.Dimension.Should().Be(DimensionKind.Strategic);
        measure.ToString().Should().Be("9. Accompagner les alliances stratégiques");
    }

    [Fact]
    public void Constructor_NullTitle_Throws() =>
        FluentActions.Invoking(() => new Measure(new MeasureNumber(1), null!, DimensionKind.Operational))
            .Should().Throw<ArgumentNullException>();

    [Fact]
    public void Constructor_UndefinedDimension_Throws() =>
        FluentActions.Invoking(() => new Measure(new MeasureNumber(1), Title, (DimensionKind)3))
            .Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Equality_ComparesEveryPart()
    {
        var measure = new Measure(new MeasureNumber(9), Title, DimensionKind.Strategic);

        measure.Should().Be(new Measure(new MeasureNumber(9), Title, DimensionKind.Strategic));
        measure.Should().NotBe(new Measure(new MeasureNumber(9), Title, DimensionKind.Political));
        measure.Should().NotBe(new Measure(new MeasureNumber(8), Title, DimensionKind.Strategic));
    }
}
