using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Tests.Programmes;

public class ProgrammeIdTest
{
    [Fact]
    public void ToString_IsTheSlug() => new ProgrammeId("odd17-2020").ToString().Should().Be("odd17-2020");

    [Fact]
    public void Equality_IsOrdinal_SameCharactersFromAnotherString_AreEqual()
    {
        // Two distinct string instances: equality compares the characters, not the references.
        var built = new ProgrammeId(string.Concat("odd17", "-", "2020"));

        built.Should().Be(new ProgrammeId("odd17-2020"));
        (built == new ProgrammeId("odd17-2020")).Should().BeTrue();
        built.GetHashCode().Should().Be(new ProgrammeId("odd17-2020").GetHashCode());
    }

    /// <summary>
    /// Every valid identifier is lowercase, so ids that differ only in case cannot both exist; what a culture-aware
    /// comparison merges among slugs is the hyphens it ignores as symbols, and these are different programmes.
    /// </summary>
    [Theory]
    [InlineData("odd17-2020", "odd172020")]
    [InlineData("odd17-2020", "odd1-72020")]
    [InlineData("odd17-2020", "odd-17-2020")]
    public void Equality_IsOrdinal_IdsThatDifferOnlyInTheirHyphens_Differ(string left, string right)
    {
        new ProgrammeId(left).Should().NotBe(new ProgrammeId(right));
        (new ProgrammeId(left) != new ProgrammeId(right)).Should().BeTrue();
    }

    [Fact]
    public void Constructor_NotASlug_BreaksIDS001() => Expect.Violation(() => _ = new ProgrammeId("ODD 17"), Rules.IdentifierFormat);

    [Fact]
    public void Constructor_Null_Throws() =>
        FluentActions.Invoking(() => new ProgrammeId(null!)).Should().Throw<ArgumentNullException>();
}
