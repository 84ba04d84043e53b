using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Tests.Governance;

public class FollowUpCommitteeTest
{
    private static readonly LocalizedText Name = new("Comité de suivi", "Follow-up committee");
    private static readonly LocalizedText Purpose = new("Suivre", "Follow");
    private static readonly GovernanceBody Council = new(new LocalizedText("Conseil d’orientation", "Orientation council"));

    [Fact]
    public void Constructor_OneBody_IsTheLastValidValue() =>
        new FollowUpCommittee(Name, Purpose, [Council]).Bodies.Should().ContainSingle();

    [Fact]
    public void Constructor_NoBody_BreaksGOV001() =>
        Expect.Violation(() => _ = new FollowUpCommittee(Name, Purpose, []), Rules.CommitteeHasBodies);

    [Fact]
    public void Constructor_NullBody_Throws() =>
        FluentActions.Invoking(() => new FollowUpCommittee(Name, Purpose, ValueList.Create<GovernanceBody>([null!])))
            .Should().Throw<ArgumentNullException>();

    [Fact]
    public void Body_WithoutRole_HasNullRole()
    {
        Council.Role.Should().BeNull();
        new GovernanceBody(Name, Purpose).Role.Should().Be(Purpose);
    }

    [Fact]
    public void Equality_ComparesBodiesInOrder()
    {
        var other = new GovernanceBody(new LocalizedText("Comité opérationnel", "Operational committee"));

        new FollowUpCommittee(Name, Purpose, [Council, other]).Should().Be(new FollowUpCommittee(Name, Purpose, [Council, other]));
        new FollowUpCommittee(Name, Purpose, [Council, other]).Should().NotBe(new FollowUpCommittee(Name, Purpose, [other, Council]));
    }
}
