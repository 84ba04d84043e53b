using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Tests.Actors;

public class WorldTest
{
    private static readonly LocalizedText Name = new("associations", "associations");

    [Theory]
    [InlineData("a")]
    [InlineData("local-authorities")]
    [InlineData("odd17-2020")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Constructor_Slug_IsValid(string id) => new World(id, Name).Id.Should().Be(id);

    [Theory]
    [InlineData("")]
    [InlineData("Associations")]
    [InlineData("local authorities")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("double--hyphen")]
    [InlineData("collectivités")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Constructor_NotASlug_BreaksIDS001(string id)
    {
        Expect.Violation(() => _ = new World(id, Name), Rules.IdentifierFormat);
        Expect.Violation(() => _ = new Audience(id, Name), Rules.IdentifierFormat);
    }
}
