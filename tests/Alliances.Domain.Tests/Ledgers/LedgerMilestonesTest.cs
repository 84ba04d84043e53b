using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using System.Globalization;
using NodaTime;
using static Alliances.Domain.Tests.Support.LedgerFixtures;

namespace Alliances.Domain.Tests.Ledgers;

/// <summary>The territories' own milestones: what a ledger adds to its programme's base of seven, and the rules on it.</summary>
public class LedgerMilestonesTest
{
    private static readonly Territory Nord = new(new TerritoryCode("59"), "Nord", TerritoryLevel.Departement);

    private static readonly Milestone NordForum =
        Own(8, "Forum des alliances du Nord (exemple fictif)", new PartOfMonth(new YearMonth(2020, 10), MonthPart.Mid)).Serving(new MeasureNumber(9), new MeasureNumber(12));

    private static readonly Milestone NordReview = Own(9, "Bilan d'étape du Nord (exemple fictif)", new ExactDay(new LocalDate(2021, 3, 18)));

    private static Milestone Own(int sequence, string title, ImpreciseDate date) =>
        new(sequence, new LocalizedText(title, title.Replace("(exemple fictif)", "(invented example)", StringComparison.Ordinal)), MilestoneKind.Meeting, date);

    private static LedgerDraft Draft(params Milestone[] milestones) =>
        new() { Programme = Odd17.Programme, Territory = Nord, Milestones = [.. milestones] };

    private static Ledger NordLedger => Ledger.Create(Draft(NordReview, NordForum));

    [Fact]
    public void Milestones_AreTheLedgersOwn_InSequenceOrder_AndTheBaseIsLeftAlone()
    {
        NordLedger.Milestones.Should().Equal(NordForum, NordReview);
        NordLedger.Programme.Milestones.Should().HaveCount(7).And.NotContain(NordForum);
        Ledger.ForTerritory(Odd17.Programme, Nord).Milestones.Should().BeEmpty();
    }

    [Fact]
    public void ToDraft_GivesTheMilestonesBack_AndEqualityComparesThem()
    {
        NordLedger.ToDraft().Milestones.Should().Equal(NordForum, NordReview);
        Ledger.Create(NordLedger.ToDraft()).Should().Be(NordLedger);
        Ledger.Create(Draft(NordForum)).Should().NotBe(NordLedger);
        Ledger.Create(Draft(NordForum, NordReview.Confirm(new LocalDate(2021, 3, 18)))).Should().NotBe(NordLedger, "a confirmation adds to the history");
    }

    [Fact]
    public void WithMilestone_AddsTheNextOne_AndNextMilestoneSequenceCountsTheBase()
    {
        var ledger = Ledger.ForTerritory(Odd17.Programme, Nord);
        ledger.NextMilestoneSequence.Should().Be(8);

        var added = ledger.WithMilestone(NordForum);

        added.Milestones.Should().Equal(NordForum);
        added.NextMilestoneSequence.Should().Be(9);
        ledger.Milestones.Should().BeEmpty("a ledger is immutable");
        Expect.Violation(() => added.WithMilestone(NordForum), Rules.LedgerMilestonesFollowBase);
    }

    [Theory]
    [InlineData(new[] { 8, 9 }, -1, "")]
    [InlineData(new[] { 9, 8 }, -1, "")]
    [InlineData(new[] { 8, 10 }, 1, "A ledger's own milestones number on from its programme's 7: these 2 run from 8 to 9; milestone 10 is outside.")]
    [InlineData(new[] { 9 }, 0, "A ledger's own milestones number on from its programme's 7: these 1 run from 8 to 8; milestone 9 is outside.")]
    [InlineData(new[] { 7 }, 0, "A ledger's own milestones number on from its programme's 7: these 1 run from 8 to 8; milestone 7 is outside.")]
    [InlineData(new[] { 8, 8 }, 1, "Each of a ledger's own milestones has its own sequence number; 8 appears at index 0 and again here.")]
    public void SequenceNumbers_FollowTheBase_EachOnce_WithoutAGap_Led009(int[] sequences, int broken, string message)
    {
        var result = Ledger.Validate(Draft([.. sequences.Select(s => NordReview.WithSequence(s))]));

        if (broken < 0)
        {
            result.IsValid.Should().BeTrue(result.ToString());
            return;
        }

        result.Violations.Should().ContainSingle().Which.Should().Match<RuleViolation>(v => v.Code == "LED009" && v.Path == $"$.milestones[{broken}].sequence");
        result.Violations[0].Message.Should().Be(message);
    }

    [Theory]
    [InlineData("2020-05-07", null, true)]
    [InlineData("2020-05-06", null, false)]
    [InlineData("2023-05-07", null, true)]
    [InlineData("2023-05-08", null, false)]
    [InlineData("2023-05", null, false)]
    [InlineData("2023-04", null, true)]
    [InlineData("2020-05-07", "2020-06-01", false)]
    [InlineData("2020-06-01", "2020-06-01", true)]
    public void Dates_LieWithinTheProgrammesLife_FromTheLedgersLaunch_Led010(string date, string? launch, bool valid)
    {
        ImpreciseDate when = date.Length == 7
            ? new WholeMonth(new YearMonth(int.Parse(date[..4], CultureInfo.InvariantCulture), int.Parse(date[5..], CultureInfo.InvariantCulture)))
            : new ExactDay(Day(date));
        var draft = Draft(Own(8, "Forum (exemple fictif)", when)) with { LaunchDate = launch is null ? null : Day(launch) };

        var result = Ledger.Validate(draft);

        if (valid)
        {
            result.IsValid.Should().BeTrue(result.ToString());
        }
        else
        {
            result.Violations.Should().ContainSingle().Which.Should().Match<RuleViolation>(v => v.Code == "LED010" && v.Path == "$.milestones[0].date");
        }
    }

    [Fact]
    public void AMilestoneBeforeTheLaunch_NamesTheLifeAndTheDay_Led010()
    {
        var result = Ledger.Validate(Draft(Own(8, "Forum (exemple fictif)", new WholeMonth(new YearMonth(2020, 5)))));

        result.Violations.Should().ContainSingle().Which.Message.Should().Be(
            "A ledger's own milestone falls within the programme's life, 2020-05-07 to 2023-05-07; milestone 8 can fall on 2020-05-01.");
    }

    [Fact]
    public void AMilestoneAfterTheResults_NamesItsLatestDay_Led010()
    {
        var result = Ledger.Validate(Draft(Own(8, "Forum (exemple fictif)", new WholeMonth(new YearMonth(2023, 5)))));

        result.Violations.Should().ContainSingle().Which.Message.Should().EndWith("milestone 8 can fall on 2023-05-31.");
    }

    [Fact]
    public void ServedMeasures_AreThoseOfTheProgramme_EachOnce_Prg015()
    {
        var unknown = Ledger.Validate(Draft(NordReview.WithSequence(8).Serving(new MeasureNumber(3), new MeasureNumber(22))));
        var twice = Ledger.Validate(Draft(NordReview.WithSequence(8).Serving(new MeasureNumber(3), new MeasureNumber(3))));

        unknown.Violations.Should().ContainSingle().Which.Should().Match<RuleViolation>(v => v.Code == "PRG015" && v.Path == "$.milestones[0].serves[1]");
        unknown.Violations[0].Message.Should().Be("A milestone serves only measures its programme has (1 to 21), each once; milestone 8 names measure 22.");
        twice.Violations.Should().ContainSingle().Which.Message.Should().EndWith("milestone 8 names measure 3 twice.");
    }

    [Fact]
    public void AMissingMilestone_BreaksLed008_AndTheOthersAreStillChecked()
    {
        var result = Ledger.Validate(Draft(NordForum, null!, NordReview.WithSequence(12)));

        result.Violations.Select(v => (v.Code, v.Path)).Should().Equal(("LED008", "$.milestones[1]"), ("LED009", "$.milestones[2].sequence"));
    }

    [Fact]
    public void MilestonesOf_GivesTheBasesThenTheLedgersOwn()
    {
        var nine = NordLedger.MilestonesOf(new MeasureNumber(9));
        var one = NordLedger.MilestonesOf(new MeasureNumber(1));

        nine.Should().Equal([.. Odd17.Programme.MilestonesOf(new MeasureNumber(9)), NordForum]);
        nine[0].ServesEveryMeasure.Should().BeTrue("the early-June meeting serves every measure");
        one.Should().Equal(Odd17.Programme.MilestonesOf(new MeasureNumber(1)));
        Ledger.ForTerritory(Odd17.Programme, Nord).MilestonesOf(new MeasureNumber(9)).Should().Equal(Odd17.Programme.MilestonesOf(new MeasureNumber(9)));
    }

    [Fact]
    public void MilestonesOf_AMeasureTheProgrammeLacks_ThrowsOrReturnsFalse()
    {
        FluentActions.Invoking(() => NordLedger.MilestonesOf(new MeasureNumber(22))).Should().Throw<KeyNotFoundException>()
            .WithMessage("Programme odd17-2020 has measures 1 to 21; there is no measure 22.");
        NordLedger.TryGetMilestonesOf(new MeasureNumber(22), out var none).Should().BeFalse();
        none.Should().BeEmpty();
        NordLedger.TryGetMilestonesOf(new MeasureNumber(12), out var twelve).Should().BeTrue();
        twelve.Should().EndWith(NordForum);
    }

    [Fact]
    public void AMilestoneServingEveryMeasure_ServesEachOfThem()
    {
        var ledger = Ledger.Create(Draft(NordReview.WithSequence(8).ServingEveryMeasure()));

        ledger.MilestonesOf(new MeasureNumber(21)).Should().HaveCount(2).And.EndWith(ledger.Milestones[0]);
    }
}
