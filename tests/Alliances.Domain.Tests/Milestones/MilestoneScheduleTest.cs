using Alliances.Domain.Catalogue;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Tests.Milestones;

/// <summary>Confirmation, rescheduling with history, and time zones.</summary>
public class MilestoneScheduleTest
{
    private static readonly Milestone Mobilisation = Odd17.Programme.Milestones[1];
    private static readonly Milestone Visit = Odd17.Programme.Milestones[3];

    [Fact]
    public void Confirm_WithinTheInterval_SettlesTheDayAndRecordsThePreviousDate()
    {
        var confirmed = Mobilisation.Confirm(new LocalDate(2020, 6, 4));

        confirmed.Date.Should().Be(new ExactDay(new LocalDate(2020, 6, 4)));
        confirmed.History.Should().ContainSingle().Which.Should().Be(
            new MilestoneDateChange(Mobilisation.Date, MilestoneDateChangeKind.Confirmed));
        Mobilisation.History.Should().BeEmpty();
    }

    [Fact]
    public void Confirm_OutsideTheInterval_BreaksDAT005() =>
        Expect.Violation(() => Mobilisation.Confirm(new LocalDate(2020, 6, 11)), Rules.ConfirmWithinPossibleDays);

    [Fact]
    public void Reschedule_OutsideTheInterval_KeepsTheHistoryOfSlips()
    {
        var september = ImpreciseDate.InPartOf(new YearMonth(2020, 9), MonthPart.Mid, isToBeConfirmed: true);

        var moved = Visit
            .Reschedule(september, "Report de la visite à la rentrée")
            .Confirm(new LocalDate(2020, 9, 17));

        moved.Date.Should().Be(new ExactDay(new LocalDate(2020, 9, 17)));
        moved.History.Select(h => (h.Previous, h.Kind, h.Reason)).Should().Equal(
            (Visit.Date, MilestoneDateChangeKind.Rescheduled, "Report de la visite à la rentrée"),
            (september, MilestoneDateChangeKind.Confirmed, null));
        moved.WithSequence(9).History.Should().HaveCount(2);
    }

    [Fact]
    public void Reschedule_ToTheSameDate_BreaksMIL003() =>
        Expect.Violation(() => Visit.Reschedule(Visit.Date, "no change"), Rules.RescheduleExplained);

    [Fact]
    public void Reschedule_ToTheSameDate_NamesTheDateInWords() =>
        Expect.Violation(() => Visit.Reschedule(Visit.Date, "no change"), Rules.RescheduleExplained)
            .Message.Should().Contain("it is already late August 2020 (to be confirmed).");

    [Fact]
    public void Reschedule_WithBlankReason_BreaksTXT001() =>
        Expect.Violation(() => Visit.Reschedule(ImpreciseDate.InYear(2021), " "), Rules.TextRequired);

    [Fact]
    public void DateChange_RescheduleWithoutReason_BreaksMIL003() =>
        Expect.Violation(() => _ = new MilestoneDateChange(Visit.Date, MilestoneDateChangeKind.Rescheduled), Rules.RescheduleExplained);

    [Fact]
    public void TimeZone_DefaultsToParis()
    {
        Visit.TimeZoneId.Should().Be("Europe/Paris");
        Visit.TimeZone.Id.Should().Be("Europe/Paris");
    }

    [Theory]
    [InlineData("Europe/Paris")]
    [InlineData("America/Cayenne")]
    [InlineData("Indian/Reunion")]
    public void TimeZone_KnownIdentifier_IsAccepted(string zone) =>
        new Milestone(1, new LocalizedText("x"), MilestoneKind.Other, ImpreciseDate.InYear(2020), timeZoneId: zone).TimeZoneId.Should().Be(zone);

    [Theory]
    [InlineData("Europe/Pariss")]
    [InlineData("")]
    [InlineData("CET+1")]
    public void TimeZone_UnknownIdentifier_BreaksMIL002(string zone) =>
        Expect.Violation(() => _ = new Milestone(1, new LocalizedText("x"), MilestoneKind.Other, ImpreciseDate.InYear(2020), timeZoneId: zone), Rules.MilestoneTimeZoneKnown);

    [Fact]
    public void PossibleInstants_OfADayInParisSummer_StartsAtMidnightParisTime()
    {
        var pioneers = Odd17.Programme.Milestones[2];   // 8 July 2020

        var instants = pioneers.PossibleInstants();

        instants.Start.Should().Be(Instant.FromUtc(2020, 7, 7, 22, 0));
        instants.End.Should().Be(Instant.FromUtc(2020, 7, 8, 22, 0));
        instants.Start.InZone(DateTimeZoneProviders.Tzdb["America/New_York"]).LocalDateTime
            .Should().Be(new LocalDateTime(2020, 7, 7, 18, 0));
    }

    [Fact]
    public void PossibleInstants_OnTheCalendarsLastDayInParis_EndAt24HoursAfterItStarts()
    {
        var milestone = new Milestone(1, new LocalizedText("x"), MilestoneKind.Other, ImpreciseDate.On(new LocalDate(9999, 12, 31)));

        var instants = milestone.PossibleInstants();

        instants.Start.Should().Be(Instant.FromUtc(9999, 12, 30, 23, 0));
        instants.End.Should().Be(Instant.FromUtc(9999, 12, 31, 23, 0));
    }

    [Fact]
    public void PossibleInstants_OnTheCalendarsLastDayWestOfGreenwich_EndAtTheLastInstantThereIs()
    {
        var milestone = new Milestone(1, new LocalizedText("x"), MilestoneKind.Other, ImpreciseDate.InYear(9999), timeZoneId: "America/Cayenne");

        var instants = milestone.PossibleInstants();

        instants.Start.Should().Be(Instant.FromUtc(9999, 1, 1, 3, 0));
        instants.End.Should().Be(Instant.MaxValue);
    }

    [Fact]
    public void PossibleInstants_OnTheCalendarsFirstDay_StartAtItsMidnight()
    {
        var milestone = new Milestone(1, new LocalizedText("x"), MilestoneKind.Other, ImpreciseDate.On(new LocalDate(1, 1, 1)));

        var instants = milestone.PossibleInstants();

        instants.Start.InZone(milestone.TimeZone).LocalDateTime.Should().Be(new LocalDateTime(1, 1, 1, 0, 0));
        instants.Duration.Should().Be(Duration.FromDays(1));
    }

    [Fact]
    public void PossibleInstants_OnTheDayClocksGoBack_Last25Hours()
    {
        var milestone = new Milestone(1, new LocalizedText("x"), MilestoneKind.Other, ImpreciseDate.On(new LocalDate(2020, 10, 25)));

        milestone.PossibleInstants().Duration.Should().Be(Duration.FromHours(25));
    }

    [Fact]
    public void PossibleInstants_OnTheDayClocksGoForward_Last23Hours()
    {
        var milestone = new Milestone(1, new LocalizedText("x"), MilestoneKind.Other, ImpreciseDate.On(new LocalDate(2020, 3, 29)));

        milestone.PossibleInstants().Duration.Should().Be(Duration.FromHours(23));
    }

    [Fact]
    public void PossibleInstants_OfASpan_ConvertToAnotherZoneAcrossItsOwnDaylightSavingChange()
    {
        // Convergences, 3–4 September 2020, read from Sydney, where clocks go forward on 4 October: not within the span.
        var convergences = Odd17.Programme.Milestones[4];
        var sydney = DateTimeZoneProviders.Tzdb["Australia/Sydney"];

        var instants = convergences.PossibleInstants();

        instants.Duration.Should().Be(Duration.FromHours(48));
        instants.Start.InZone(sydney).LocalDateTime.Should().Be(new LocalDateTime(2020, 9, 3, 8, 0));
        instants.End.InZone(sydney).LocalDateTime.Should().Be(new LocalDateTime(2020, 9, 5, 8, 0));
    }

    [Fact]
    public void PossibleInstants_ReadFromNewYork_ShiftWhenOnlyOneZoneChangesClocks()
    {
        // Paris goes back on 25 October 2020, New York only on 1 November: the offset between them is 5 h, then 6 h.
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        var milestone = new Milestone(1, new LocalizedText("x"), MilestoneKind.Other, ImpreciseDate.Between(new LocalDate(2020, 10, 24), new LocalDate(2020, 10, 26)));

        var instants = milestone.PossibleInstants();

        instants.Start.InZone(newYork).LocalDateTime.Should().Be(new LocalDateTime(2020, 10, 23, 18, 0));
        instants.End.InZone(newYork).LocalDateTime.Should().Be(new LocalDateTime(2020, 10, 26, 19, 0));
        instants.Duration.Should().Be(Duration.FromHours(73));
    }

    [Fact]
    public void DisplayOrder_SortsByEarliestThenLatestThenSequence()
    {
        var sameDayAsPioneers = Odd17.Programme.Milestones[2].WithSequence(8);
        Milestone[] all = [sameDayAsPioneers, .. Odd17.Programme.Milestones.Reverse()];

        all.Order(Milestone.DisplayOrder).Select(m => m.Sequence).Should().Equal(1, 2, 3, 8, 4, 5, 6, 7);
    }

    [Fact]
    public void History_ConfirmingOutsideThePreviousDays_BreaksDAT005() =>
        Expect.Violation(
            () => _ = new Milestone(2, Mobilisation.Title, Mobilisation.Kind, ImpreciseDate.On(new LocalDate(2020, 6, 20)),
                history: [new MilestoneDateChange(Mobilisation.Date, MilestoneDateChangeKind.Confirmed)]),
            Rules.ConfirmWithinPossibleDays);

    [Fact]
    public void History_ConfirmingASpanThatEndsOutsideThePreviousDays_BreaksDAT005_NamingTheSpan()
    {
        var exception = Expect.Violation(
            () => _ = new Milestone(2, Mobilisation.Title, Mobilisation.Kind, ImpreciseDate.Between(new LocalDate(2020, 6, 9), new LocalDate(2020, 6, 12)),
                history: [new MilestoneDateChange(Mobilisation.Date, MilestoneDateChangeKind.Confirmed)]),
            Rules.ConfirmWithinPossibleDays);

        exception.Message.Should().Contain("and 2020-06-09 to 2020-06-12 lies outside");
    }

    [Fact]
    public void History_ReschedulingToTheSameDate_BreaksMIL003() =>
        Expect.Violation(
            () => _ = new Milestone(2, Mobilisation.Title, Mobilisation.Kind, Mobilisation.Date,
                history: [new MilestoneDateChange(Mobilisation.Date, MilestoneDateChangeKind.Rescheduled, "no change")]),
            Rules.RescheduleExplained);

    [Fact]
    public void History_AsConfirmAndRescheduleWriteIt_IsAccepted()
    {
        var moved = Visit.Reschedule(ImpreciseDate.InMonth(new YearMonth(2020, 9)), "rentrée").Confirm(new LocalDate(2020, 9, 17));

        var rebuilt = new Milestone(moved.Sequence, moved.Title, moved.Kind, moved.Date, moved.Place, moved.HostEvent, moved.TimeZoneId, moved.History);

        rebuilt.Should().Be(moved);
    }
}
