
namespace Alliances.Domain.Tests.Dimensions;

public class DimensionTest
{
    private static readonly LocalizedText Name = new("Mesures stratégiques", "Strategic measures");
    private static readonly LocalizedText Purpose = new("Concevoir", "Design");

    [Fact]
    public void Constructor_KeepsItsParts()
    {
        var dimension = new Dimension(DimensionKind.Strategic, Name, Purpose, new EffectHorizon(6, 12));

        dimension.Kind.Should().Be(DimensionKind.Strategic);
        dimension.Name.Should().Be(Name);
        dimension.Purpose.Should().Be(Purpose);
        dimension.Horizon.Should().Be(new EffectHorizon(6, 12));
        dimension.ToString().Should().Be("Strategic (6..12 months)");
    }

    [Fact]
    public void Constructor_UndefinedKind_Throws() =>
        FluentActions.Invoking(() => new Dimension((DimensionKind)(-1), Name, Purpose, default))
            .Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Constructor_NullTexts_Throw()
    {
        FluentActions.Invoking(() => new Dimension(DimensionKind.Strategic, null!, Purpose, default)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new Dimension(DimensionKind.Strategic, Name, null!, default)).Should().Throw<ArgumentNullException>();
    }
}
