using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using static Alliances.Domain.Progress.CommitmentRole;
using static Alliances.Domain.Tests.Support.LedgerFixtures;

namespace Alliances.Domain.Tests.Ledgers;

/// <summary>Who does what, in a ledger: the commitment rules across a ledger, and the lookups a dashboard asks.</summary>
public class LedgerCommitmentsTest
{
    private static readonly MeasureNumber Nine = new(9);

    private static readonly Commitment AssociationLeadsNine = Withdrawn(Commitment(Association, 9, Lead, "2020-06-05"), on: "2021-01-01");

    private static readonly Ledger WhoDoesWhat = LedgerCommitted(
        AssociationLeadsNine,
        Commitment(Company, 9, Lead, "2021-01-01"),
        Commitment(NordCommittee, 9, Contributor, "2020-06-05", until: "2021-06-30"),
        Commitment(Company, 9, Contributor, "2020-06-05"),
        Commitment(Company, 3, Funder, "2020-09-01"));

    [Fact]
    public void Commitments_AreKeptInTheDraftsOrder_WithdrawnOnesIncluded()
    {
        WhoDoesWhat.Commitments.Should().HaveCount(5);
        WhoDoesWhat.Commitments[0].Should().Be(AssociationLeadsNine);
        WhoDoesWhat.ToDraft().Commitments.Should().Equal(WhoDoesWhat.Commitments);
        Ledger.Create(WhoDoesWhat.ToDraft()).Should().Be(WhoDoesWhat);
    }

    [Fact]
    public void LeadsOf_GivesTheLeadOfTheDay_BeforeAndAfterTheChangeOfHands()
    {
        WhoDoesWhat.LeadsOf(Nine, Day("2020-06-04")).Should().BeEmpty();
        WhoDoesWhat.LeadsOf(Nine, Day("2020-12-31")).Should().Equal(Association);
        WhoDoesWhat.LeadsOf(Nine, Day("2021-01-01")).Should().Equal(Company);
    }

    [Fact]
    public void ContributorsOf_GivesTheContributorsOfTheDay_NotTheLeadsNorTheFunders()
    {
        WhoDoesWhat.ContributorsOf(Nine, Day("2021-06-30")).Should().Equal(NordCommittee, Company);
        WhoDoesWhat.ContributorsOf(Nine, Day("2021-07-01")).Should().Equal(Company);
        WhoDoesWhat.ContributorsOf(new MeasureNumber(3), Day("2021-07-01")).Should().BeEmpty("the company funds measure 3");
    }

    [Fact]
    public void CommitmentsOf_GivesEveryRoleThatHoldsOnTheDay()
    {
        WhoDoesWhat.CommitmentsOf(Nine, Day("2021-01-01")).Select(c => (c.Actor, c.Role)).Should().Equal(
            (Company, Lead), (NordCommittee, Contributor), (Company, Contributor));
    }

    [Fact]
    public void MeasuresOf_GivesAnActorsMeasuresOfTheDay_EachOnce_ByNumber()
    {
        WhoDoesWhat.MeasuresOf(Company, Day("2021-01-01")).Should().Equal(new MeasureNumber(3), Nine);
        WhoDoesWhat.MeasuresOf(Company, Day("2020-08-31")).Should().Equal(Nine);
        WhoDoesWhat.MeasuresOf(Association, Day("2021-01-01")).Should().BeEmpty("the association withdrew that day");
        WhoDoesWhat.MeasuresOf(Actor.For(new Organisation("Jamais engagée")), Day("2021-01-01")).Should().BeEmpty();
    }

    [Fact]
    public void Lookups_OnAMeasureTheProgrammeLacks_ThrowOrReturnFalse()
    {
        var twentyTwo = new MeasureNumber(22);
        var asOf = Day("2021-01-01");

        FluentActions.Invoking(() => WhoDoesWhat.LeadsOf(twentyTwo, asOf)).Should().Throw<KeyNotFoundException>()
            .WithMessage("Programme odd17-2020 has measures 1 to 21; there is no measure 22.");
        FluentActions.Invoking(() => WhoDoesWhat.ContributorsOf(twentyTwo, asOf)).Should().Throw<KeyNotFoundException>();
        FluentActions.Invoking(() => WhoDoesWhat.CommitmentsOf(twentyTwo, asOf)).Should().Throw<KeyNotFoundException>();
        WhoDoesWhat.TryGetLeadsOf(twentyTwo, asOf, out var leads).Should().BeFalse();
        leads.Should().BeEmpty();
        WhoDoesWhat.TryGetContributorsOf(twentyTwo, asOf, out _).Should().BeFalse();
        WhoDoesWhat.TryGetCommitmentsOf(twentyTwo, asOf, out _).Should().BeFalse();
    }

    [Fact]
    public void Lookups_OnAMeasureNobodyTookOn_AreEmptyButKnown()
    {
        WhoDoesWhat.TryGetLeadsOf(new MeasureNumber(21), Day("2021-01-01"), out var leads).Should().BeTrue();
        leads.Should().BeEmpty();
        WhoDoesWhat.TryGetCommitmentsOf(Nine, Day("2021-01-01"), out var commitments).Should().BeTrue();
        commitments.Should().Equal(WhoDoesWhat.CommitmentsOf(Nine, Day("2021-01-01")));
    }

    [Fact]
    public void ACommitmentOnAnUnknownMeasure_BreaksLed001_WithItsPath()
    {
        var result = Ledger.Validate(Draft(Commitment(Association, 22, Lead, "2020-06-01")));

        result.Violations.Should().ContainSingle().Which.Should().Match<RuleViolation>(v => v.Code == "LED001" && v.Path == "$.commitments[0].measure");
        result.Violations[0].Message.Should().Be("Every commitment is on a measure the programme has; odd17-2020 has measures 1 to 21, not 22.");
    }

    [Fact]
    public void ASecondLeadOverlapping_BreaksCom004_AtTheSecond()
    {
        var result = Ledger.Validate(Draft(
            Commitment(Association, 9, Lead, "2020-06-01", until: "2020-12-31"),
            Commitment(Company, 9, Lead, "2020-12-31")));

        result.Violations.Should().ContainSingle().Which.Path.Should().Be("$.commitments[1]");
        result.Violations[0].Message.Should().Be("A measure has one lead on any day; measure 9 is led by Association Exemple des Alliances and by Entreprise Exemple SA on 2020-12-31.");
    }

    [Fact]
    public void ASecondLead_TheDayAfterTheFirstsLastDay_OrOnAnotherMeasure_IsValid()
    {
        Ledger.Validate(Draft(
            Commitment(Association, 9, Lead, "2020-06-01", until: "2020-12-31"),
            Commitment(Company, 9, Lead, "2021-01-01"),
            Commitment(Association, 10, Lead, "2020-06-01"))).IsValid.Should().BeTrue();
    }

    [Fact]
    public void ALeadWithdrawnOnItsFirstDay_NeverLed_SoAnotherMayLeadThatDay()
    {
        Ledger.Validate(Draft(
            Withdrawn(Commitment(Association, 9, Lead, "2020-06-01"), on: "2020-06-01"),
            Commitment(Company, 9, Lead, "2020-06-01"))).IsValid.Should().BeTrue();
    }

    [Fact]
    public void CoLeads_AreValid_OnlyWhenTheLedgerAllowsThem()
    {
        var draft = Draft(Commitment(Association, 9, Lead, "2020-06-01"), Commitment(Company, 9, Lead, "2020-06-01"));

        Expect.Codes(Ledger.Validate(draft), "COM004");
        var ledger = Ledger.Create(draft with { AllowsCoLeads = true });
        ledger.LeadsOf(Nine, Day("2020-06-01")).Should().Equal(Association, Company);
        ledger.AllowsCoLeads.Should().BeTrue();
        ledger.Should().NotBe(Ledger.Create(draft with { AllowsCoLeads = true, Commitments = [draft.Commitments[0]] }));
    }

    [Fact]
    public void TheSameCommitmentTwice_BreaksCom005Only_NotCom004()
    {
        var lead = Commitment(Association, 9, Lead, "2020-06-01");

        var result = Ledger.Validate(Draft(lead, lead));

        result.Violations.Should().ContainSingle().Which.Should().Match<RuleViolation>(v => v.Code == "COM005" && v.Path == "$.commitments[1]");
    }

    [Theory]
    [InlineData("2020-05-07", null, null, true, null)]
    [InlineData("2020-05-06", null, null, false, "$.commitments[0].from")]
    [InlineData("2020-06-01", "2023-05-07", null, true, null)]
    [InlineData("2020-06-01", "2023-05-08", null, false, "$.commitments[0].until")]
    [InlineData("2020-06-01", null, "2023-05-07", true, null)]
    [InlineData("2020-06-01", null, "2023-05-08", false, "$.commitments[0].withdrawal.date")]
    public void Days_LieFromTheLaunchToTheEndOfTheCoreResultsWindow_Com003(string from, string? until, string? withdrawn, bool valid, string? path)
    {
        var commitment = Commitment(Association, 9, Lead, from, until);
        commitment = withdrawn is null ? commitment : Withdrawn(commitment, withdrawn);

        var result = Ledger.Validate(Draft(commitment));

        result.IsValid.Should().Be(valid);
        if (!valid)
        {
            result.Violations.Should().ContainSingle().Which.Should().Match<RuleViolation>(v => v.Code == "COM003" && v.Path == path);
        }
    }

    [Fact]
    public void Days_CountFromATerritorysOwnLaunch()
    {
        var territory = new Territory(new TerritoryCode("59"), "Nord", TerritoryLevel.Departement);
        var draft = Draft(Commitment(NordCommittee, 9, Lead, "2021-01-01")) with { Territory = territory, LaunchDate = Day("2021-01-02") };

        Expect.Codes(Ledger.Validate(draft), "COM003");
        Ledger.Validate(draft with { LaunchDate = Day("2021-01-01") }).IsValid.Should().BeTrue();
    }

    [Fact]
    public void AWorldThatCommits_IsOneOfTheProgrammesWorlds_Com006()
    {
        var foundations = Actor.For(new World("foundations", new LocalizedText("fondations", "foundations")));

        var result = Ledger.Validate(Draft(Commitment(foundations, 9, Contributor, "2020-06-01")));

        result.Violations.Should().ContainSingle().Which.Should().Match<RuleViolation>(v => v.Code == "COM006" && v.Path == "$.commitments[0].actor");
        Ledger.Validate(Draft(Commitment(Actor.For(Odd17.Programme.Worlds[1]), 9, Contributor, "2020-06-01"))).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Validate_ReportsEveryBrokenCommitmentAtOnce()
    {
        Expect.Codes(
            Ledger.Validate(Draft(
                Commitment(Association, 22, Lead, "2020-06-01"),
                Commitment(Association, 9, Lead, "2020-05-01"),
                Commitment(Company, 9, Lead, "2020-06-01"),
                Commitment(Company, 9, Lead, "2020-06-01"),
                null!)),
            "LED001", "COM003", "COM004", "COM005", "LED008");
    }

    [Fact]
    public void WithCommitment_ChecksItAgainstTheOthers()
    {
        var ledger = LedgerCommitted(Commitment(Association, 9, Lead, "2020-06-01"));

        ledger.WithCommitment(Commitment(Company, 9, Contributor, "2020-06-01")).ContributorsOf(Nine, Day("2020-06-01")).Should().Equal(Company);
        Expect.Violation(() => ledger.WithCommitment(Commitment(Company, 9, Lead, "2021-06-01")), Rules.OneLeadPerMeasure);
        ledger.Commitments.Should().ContainSingle("a ledger is unchanged by what it refuses");
    }

    private static LedgerDraft Draft(params Commitment[] commitments) =>
        new() { Programme = Odd17.Programme, Commitments = [.. commitments] };

    [Fact]
    public void Rollup_ListsTheMeasuresWithoutALead_ExceptCancelledAndCompletedOnes()
    {
        // COM007: measure 9 is led until the association withdraws on 1 January 2021 and the company takes over that
        // day; measure 3 is cancelled and measure 1 completed, which need no lead.
        var draft = WhoDoesWhat.ToDraft() with
        {
            Commitments = [AssociationLeadsNine, Commitment(Company, 3, Funder, "2020-09-01")],
            Reports =
            [
                Report(1, "2020-06-01", LifecycleStatus.InProgress), Report(1, "2020-08-01", LifecycleStatus.EffectsObserved), Report(1, "2020-10-01", LifecycleStatus.Completed),
                Report(3, "2020-06-01", LifecycleStatus.InProgress), Report(3, "2020-07-01", LifecycleStatus.Cancelled),
            ],
        };
        var ledger = Ledger.Create(draft);
        var allButThree = Enumerable.Range(1, 21).Where(m => m is not (1 or 3 or 9)).Select(m => new MeasureNumber(m));

        ledger.RollupAt(Day("2020-12-31")).WithoutLead.Should().Equal(allButThree);
        ledger.RollupAt(Day("2021-01-01")).WithoutLead.Should().Equal(Enumerable.Range(1, 21).Where(m => m is not (1 or 3)).Select(m => new MeasureNumber(m)));
        ledger.RollupAt(Day("2020-06-04")).WithoutLead.Should().HaveCount(21, "on 4 June measure 1 is not completed, 3 not cancelled and 9 not led yet");
        Ledger.Create(draft with { Commitments = [WhoDoesWhat.Commitments[1]] }).RollupAt(Day("2020-12-31")).Should()
            .NotBe(ledger.RollupAt(Day("2020-12-31")), "the same figures with another measure led are another rollup");
        WhoDoesWhat.RollupAt(Day("2021-06-01")).WithoutLead.Should().HaveCount(20).And.NotContain(Nine);
    }

    [Fact]
    public void ScheduleAt_GivesTheStatusesTheRollupGives_AndTheMeasuresWithoutALead()
    {
        var ledger = LedgerCommitted(AssociationLeadsNine).AddRange([Report(9, "2020-07-01", LifecycleStatus.InProgress, 10), Report(9, "2020-09-01", LifecycleStatus.EffectsObserved, 30, effects: "2020-08-20")]);

        var before = ledger.ScheduleAt(Day("2020-12-31"));
        var after = ledger.ScheduleAt(Day("2021-01-01"));
        var rollup = ledger.RollupAt(Day("2021-01-01"));

        after.Statuses.Select(s => s.Status).Should().Equal(rollup.Measures.Select(m => m.Schedule));
        after.StatusOf(Nine).Status.Should().Be(Domain.Scheduling.ScheduleStatus.Early, "the report saw first effects on 20 August 2020, before the strategic window opens");
        ledger.Schedule.StatusesAt(Day("2021-01-01")).StatusOf(Nine).Status.Should().NotBe(Domain.Scheduling.ScheduleStatus.Early, "the programme's schedule alone knows no first effects");
        before.WithoutLead.Should().HaveCount(20).And.NotContain(Nine);
        after.WithoutLead.Should().HaveCount(21).And.Equal(rollup.WithoutLead);
        after.Should().NotBe(ledger.Schedule.StatusesAt(Day("2021-01-01")) with { });
        ledger.Schedule.StatusesAt(Day("2021-01-01")).WithoutLead.Should().BeEmpty();
    }
}
