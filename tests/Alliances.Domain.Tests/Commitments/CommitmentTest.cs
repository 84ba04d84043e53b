using Alliances.Domain.Progress;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using static Alliances.Domain.Progress.CommitmentRole;
using static Alliances.Domain.Tests.Support.LedgerFixtures;

namespace Alliances.Domain.Tests.Commitments;

public class CommitmentTest
{
    [Fact]
    public void HoldsOn_EveryDayFromTheFirstToTheLast_BothIncluded()
    {
        var commitment = Commitment(Association, 9, Contributor, "2020-06-01", until: "2020-12-31");

        commitment.HoldsOn(Day("2020-05-31")).Should().BeFalse();
        commitment.HoldsOn(Day("2020-06-01")).Should().BeTrue();
        commitment.HoldsOn(Day("2020-12-31")).Should().BeTrue();
        commitment.HoldsOn(Day("2021-01-01")).Should().BeFalse();
    }

    [Fact]
    public void HoldsOn_WithoutALastDay_EveryDayOn()
    {
        Commitment(Association, 9, Contributor, "2020-06-01").HoldsOn(Day("9999-12-31")).Should().BeTrue();
    }

    [Fact]
    public void Withdraw_StopsItFromThatDay_AndKeepsTheCommitmentAndTheReason()
    {
        var commitment = Commitment(Association, 9, Lead, "2020-06-01");
        var reason = new LocalizedText("Fusion avec une autre association", "Merged with another association");

        var withdrawn = commitment.Withdraw(Day("2021-01-01"), reason);

        withdrawn.Should().Be(new Commitment(Association, new MeasureNumber(9), Lead, Day("2020-06-01"), withdrawal: new Withdrawal(Day("2021-01-01"), reason)));
        withdrawn.HoldsOn(Day("2020-12-31")).Should().BeTrue();
        withdrawn.HoldsOn(Day("2021-01-01")).Should().BeFalse();
        commitment.Withdrawal.Should().BeNull("withdrawing returns a new commitment");
    }

    [Fact]
    public void Withdraw_OnItsFirstDay_NeverHeld()
    {
        var withdrawn = Withdrawn(Commitment(Association, 9, Lead, "2020-06-01"), on: "2020-06-01");

        withdrawn.HoldsOn(Day("2020-06-01")).Should().BeFalse();
        withdrawn.From.Should().Be(Day("2020-06-01"), "a withdrawal keeps the commitment as it was");
    }

    [Fact]
    public void Withdraw_BeforeItsFirstDay_BreaksCom002()
    {
        var commitment = Commitment(Association, 9, Lead, "2020-06-01");

        Expect.Violation(() => Withdrawn(commitment, on: "2020-05-31"), Rules.WithdrawalWithinCommitment)
            .Message.Should().Be("COM002: A commitment is withdrawn within its days; got a withdrawal on 2020-05-31 of a commitment from 2020-06-01 on. (Parameter 'withdrawal')");
    }

    [Fact]
    public void Withdraw_Twice_IsRefused_TheFirstWithdrawalIsKept()
    {
        var withdrawn = Withdrawn(Commitment(Association, 9, Lead, "2020-06-01"), on: "2021-01-01");

        FluentActions.Invoking(() => Withdrawn(withdrawn, on: "2021-02-01")).Should().Throw<InvalidOperationException>().WithMessage("*already withdrawn on 2021-01-01*");
    }

    [Fact]
    public void Constructor_LastDayBeforeTheFirst_BreaksCom001()
    {
        Expect.Violation(() => Commitment(Association, 9, Lead, "2020-06-01", until: "2020-05-31"), Rules.CommitmentEndNotBeforeStart)
            .Message.Should().StartWith("COM001: A commitment's last day is on or after its first day; got 2020-06-01 to 2020-05-31.");
    }

    [Fact]
    public void Constructor_UndefinedRole_IsRefused()
    {
        FluentActions.Invoking(() => Commitment(Association, 9, (CommitmentRole)4, "2020-06-01")).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("role");
    }

    [Fact]
    public void DefaultRole_IsContributor_WhichClaimsNoLead()
    {
        default(CommitmentRole).Should().Be(Contributor);
    }

    [Fact]
    public void ToString_SaysWhoDoesWhatAndWhen()
    {
        Withdrawn(Commitment(Association, 9, Lead, "2020-06-01", "2021-06-30"), on: "2021-01-01").ToString()
            .Should().Be("Association Exemple des Alliances lead of measure 9 from 2020-06-01 to 2021-06-30, withdrawn on 2021-01-01");
        NordCommittee.ToString().Should().Be("59 Comité opérationnel");
    }

    [Fact]
    public void LastDayHeld_IsTheLastDay_OrTheEveOfTheWithdrawal_OrNone()
    {
        Commitment(Association, 9, Lead, "2020-06-01", until: "2020-12-31").LastDayHeld.Should().Be(Day("2020-12-31"));
        Commitment(Association, 9, Lead, "2020-06-01").LastDayHeld.Should().BeNull();
        Commitment(Association, 9, Lead, "2020-06-01", until: "2020-12-31").Withdraw(Day("2020-09-01"), new LocalizedText("Exemple", "Example"))
            .LastDayHeld.Should().Be(Day("2020-08-31"));
    }

    [Fact]
    public void AWithdrawalOutsideItsDays_NamesBothEnds_OrTheFirstDayAlone_Com002()
    {
        var bounded = Commitment(Association, 9, Lead, "2020-06-01", until: "2020-12-31");
        var open = Commitment(Association, 9, Lead, "2020-06-01");
        var reason = new LocalizedText("Retrait d'exemple", "Example withdrawal");

        Expect.Violation(() => bounded.Withdraw(Day("2021-01-01"), reason), Rules.WithdrawalWithinCommitment).Message
            .Should().Contain("A commitment is withdrawn within its days; got a withdrawal on 2021-01-01 of a commitment from 2020-06-01 to 2020-12-31.");
        Expect.Violation(() => open.Withdraw(Day("2020-05-31"), reason), Rules.WithdrawalWithinCommitment).Message
            .Should().Contain("A commitment is withdrawn within its days; got a withdrawal on 2020-05-31 of a commitment from 2020-06-01 on.");
    }

    [Fact]
    public void ToString_SaysWhoDoesWhatFromWhenToWhen_AndTheWithdrawal()
    {
        Commitment(Association, 9, Lead, "2020-06-05").ToString()
            .Should().Be("Association Exemple des Alliances lead of measure 9 from 2020-06-05");
        Withdrawn(Commitment(Company, 3, Funder, "2020-09-01", until: "2021-08-31"), on: "2021-01-15").ToString()
            .Should().Be("Entreprise Exemple SA funder of measure 3 from 2020-09-01 to 2021-08-31, withdrawn on 2021-01-15");
    }
}
