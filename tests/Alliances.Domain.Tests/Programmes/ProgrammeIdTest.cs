using Alliances.Domain.Programmes;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Tests.Programmes;

public class ProgrammeIdTest
{
    [Fact]
    public void ToString_IsTheSlug() => new ProgrammeId("odd17-2020").ToString().Should().Be("odd17-2020");

    [Fact]
    public void Equality_IsOrdinal() => new ProgrammeId("odd17-2020").Should().Be(new ProgrammeId("odd17-2020"));

    [Fact]
    public void Constructor_NotASlug_BreaksIDS001() => Expect.Violation(() => _ = new ProgrammeId("ODD 17"), Rules.IdentifierFormat);

    [Fact]
    public void Constructor_Null_Throws() =>
        FluentActions.Invoking(() => new ProgrammeId(null!)).Should().Throw<ArgumentNullException>();
}
