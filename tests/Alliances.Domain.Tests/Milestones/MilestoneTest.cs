using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Tests.Milestones;

public class MilestoneTest
{
    private static readonly LocalizedText Title = new("Visite inspirante à Marseille", "Inspiring visit to Marseille");
    private static readonly ImpreciseDate LateAugust = ImpreciseDate.InPartOf(new YearMonth(2020, 8), MonthPart.Late, isToBeConfirmed: true);

    [Fact]
    public void Constructor_KeepsItsParts()
    {
        var milestone = new Milestone(4, Title, MilestoneKind.Visit, LateAugust, place: "Marseille");

        milestone.Sequence.Should().Be(4);
        milestone.Title.Should().Be(Title);
        milestone.Kind.Should().Be(MilestoneKind.Visit);
        milestone.Date.Should().Be(LateAugust);
        milestone.Place.Should().Be("Marseille");
        milestone.HostEvent.Should().BeNull();
        milestone.ToString().Should().Be("#4 late August 2020 (to be confirmed): Visite inspirante à Marseille");
    }

    [Fact]
    public void Constructor_SequenceOne_IsTheLastValidValue() =>
        new Milestone(1, Title, MilestoneKind.Visit, LateAugust).Sequence.Should().Be(1);

    [Fact]
    public void Constructor_SequenceZero_BreaksMIL001() =>
        Expect.Violation(() => _ = new Milestone(0, Title, MilestoneKind.Visit, LateAugust), Rules.MilestoneSequencePositive);

    [Fact]
    public void Constructor_BlankPlace_BreaksTXT001() =>
        Expect.Violation(() => _ = new Milestone(1, Title, MilestoneKind.Visit, LateAugust, place: " "), Rules.TextRequired);

    [Fact]
    public void Constructor_UndefinedKind_Throws() =>
        FluentActions.Invoking(() => new Milestone(1, Title, (MilestoneKind)42, LateAugust))
            .Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Constructor_NullDate_Throws() =>
        FluentActions.Invoking(() => new Milestone(1, Title, MilestoneKind.Visit, null!))
            .Should().Throw<ArgumentNullException>();

    [Fact]
    public void WithSequence_ChangesOnlyTheSequence()
    {
        var milestone = new Milestone(4, Title, MilestoneKind.Visit, LateAugust, place: "Marseille");

        var moved = milestone.WithSequence(8);

        moved.Sequence.Should().Be(8);
        moved.Should().Be(new Milestone(8, Title, MilestoneKind.Visit, LateAugust, place: "Marseille"));
    }

    [Theory]
    [InlineData(MilestoneKind.DigitalEvent, "événement numérique", "digital event")]
    [InlineData(MilestoneKind.Meeting, "rencontre", "meeting")]
    [InlineData(MilestoneKind.Visit, "visite", "visit")]
    [InlineData(MilestoneKind.Conference, "conférence", "conference")]
    [InlineData(MilestoneKind.Workshop, "atelier", "workshop")]
    [InlineData(MilestoneKind.Other, "autre", "other")]
    public void DisplayName_NamesEveryKind(MilestoneKind kind, string french, string english) =>
        kind.DisplayName().Should().Be(new LocalizedText(french, english));

    [Fact]
    public void DateChange_OfAnUndefinedKind_OrWithABlankReason_IsRefused()
    {
        FluentActions.Invoking(() => new MilestoneDateChange(ImpreciseDate.InYear(2020), (MilestoneDateChangeKind)9)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new MilestoneDateChange(ImpreciseDate.InYear(2020), MilestoneDateChangeKind.Rescheduled, " "))
            .Should().Throw<RuleViolationException>().Which.Message.Should().Contain("The reason for a date change, when given,");
    }
}
