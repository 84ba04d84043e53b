using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Scheduling;
using NodaTime;
using NodaTime.Testing;

namespace Alliances.Domain.Tests.Scheduling;

public class MilestoneCalendarTest
{
    private static readonly MilestoneCalendar Calendar = MilestoneCalendar.For(Odd17.Programme);

    private static int[] Sequences(ReadOnlySpan<Milestone> milestones) => milestones.ToArray().Select(m => m.Sequence).ToArray();

    [Fact]
    public void OnTheDayOfTheReport_ItIsHappeningAndEverythingElseIsUpcoming()
    {
        var day = new LocalDate(2020, 5, 7);

        Sequences(Calendar.PastAt(day)).Should().BeEmpty();
        Calendar.HappeningAt(day).Select(m => m.Sequence).Should().Equal(1);
        Sequences(Calendar.UpcomingAt(day)).Should().Equal(2, 3, 4, 5, 6, 7);
        Calendar.NextAt(day)!.Sequence.Should().Be(2);
        Calendar.DaysUntilNextAt(day).Should().Be(25);
    }

    [Fact]
    public void InEarlyJune_TheMobilisationIsUncertain()
    {
        var day = new LocalDate(2020, 6, 5);

        Sequences(Calendar.PastAt(day)).Should().Equal(1);
        Calendar.UncertainAt(day).Select(m => m.Sequence).Should().Equal(2);
        Calendar.HappeningAt(day).Should().BeEmpty();
        Calendar.NextAt(day)!.Sequence.Should().Be(3);
        Calendar.DaysUntilNextAt(day).Should().Be(33);
    }

    [Theory]
    [InlineData(2020, 6, 10, MilestoneTiming.Uncertain)]
    [InlineData(2020, 6, 11, MilestoneTiming.Past)]
    [InlineData(2020, 5, 31, MilestoneTiming.Upcoming)]
    [InlineData(2020, 6, 1, MilestoneTiming.Uncertain)]
    public void TimingOf_EarlyJune_FollowsItsPossibleDays(int year, int month, int day, MilestoneTiming expected) =>
        MilestoneCalendar.TimingOf(Odd17.Programme.Milestones[1], new LocalDate(year, month, day)).Should().Be(expected);

    [Fact]
    public void DuringConvergences_TheConferenceIsHappeningOnBothDays()
    {
        Calendar.HappeningAt(new LocalDate(2020, 9, 3)).Select(m => m.Sequence).Should().Equal(5);
        Calendar.HappeningAt(new LocalDate(2020, 9, 4)).Select(m => m.Sequence).Should().Equal(5);
        Calendar.HappeningAt(new LocalDate(2020, 9, 5)).Should().BeEmpty();
        Sequences(Calendar.PastAt(new LocalDate(2020, 9, 5))).Should().Equal(1, 2, 3, 4, 5);
    }

    [Fact]
    public void AfterTheLastMilestone_NothingIsNext()
    {
        var day = new LocalDate(2020, 10, 16);

        Sequences(Calendar.PastAt(day)).Should().Equal(1, 2, 3, 4, 5, 6, 7);
        Calendar.NextAt(day).Should().BeNull();
        Calendar.DaysUntilNextAt(day).Should().BeNull();
        Sequences(Calendar.UpcomingAt(day)).Should().BeEmpty();
    }

    [Fact]
    public void Clock_GivesTodayInParis()
    {
        // 22:30 UTC on 13 October is already 14 October in Paris: the Lille forum is happening there.
        var clock = new FakeClock(Instant.FromUtc(2020, 10, 13, 22, 30));

        Calendar.Today(clock).Should().Be(new LocalDate(2020, 10, 14));
        Calendar.HappeningAt(clock).Select(m => m.Sequence).Should().Equal(6);
        Calendar.NextAt(clock)!.Sequence.Should().Be(7);
        Calendar.DaysUntilNextAt(clock).Should().Be(1);
        Sequences(Calendar.PastAt(clock)).Should().Equal(1, 2, 3, 4, 5);
        Sequences(Calendar.UpcomingAt(clock)).Should().Equal(7);
        Calendar.UncertainAt(clock).Should().BeEmpty();
    }

    [Fact]
    public void Clock_InAnotherZone_GivesThatZonesToday()
    {
        var clock = new FakeClock(Instant.FromUtc(2020, 10, 13, 22, 30));
        var calendar = MilestoneCalendar.For(Odd17.Programme.Milestones, DateTimeZoneProviders.Tzdb["America/Cayenne"]);

        calendar.Today(clock).Should().Be(new LocalDate(2020, 10, 13));
        calendar.NextAt(clock)!.Sequence.Should().Be(6);
    }

    [Fact]
    public void ExactDayToBeConfirmed_IsUncertainOnThatDay()
    {
        var tentative = new Milestone(1, new LocalizedText("x"), MilestoneKind.Other, ImpreciseDate.On(new LocalDate(2020, 6, 2), isToBeConfirmed: true));

        MilestoneCalendar.TimingOf(tentative, new LocalDate(2020, 6, 2)).Should().Be(MilestoneTiming.Uncertain);
        MilestoneCalendar.TimingOf(tentative.Confirm(new LocalDate(2020, 6, 2)), new LocalDate(2020, 6, 2)).Should().Be(MilestoneTiming.Happening);
    }

    [Fact]
    public void Milestones_AreInDisplayOrder() =>
        Calendar.Milestones.Select(m => m.Sequence).Should().Equal(1, 2, 3, 4, 5, 6, 7);

    [Fact]
    public void For_NullMilestone_Throws() =>
        FluentActions.Invoking(() => MilestoneCalendar.For(new Milestone[] { null! })).Should().Throw<ArgumentNullException>();

    [Fact]
    public void For_NullAmongMilestones_Throws() =>
        FluentActions.Invoking(() => MilestoneCalendar.For([.. Odd17.Programme.Milestones, null!])).Should().Throw<ArgumentNullException>();

    [Fact]
    public void PastAt_MilestonesEndingTheSameDay_KeepDisplayOrder()
    {
        // A week-long forum and its closing session both end on 30 June: the forum starts earlier, so it comes first.
        var closing = new Milestone(1, new LocalizedText("Séance de clôture", "Closing session"), MilestoneKind.Other, ImpreciseDate.On(new LocalDate(2020, 6, 30)));
        var forum = new Milestone(2, new LocalizedText("Forum", "Forum"), MilestoneKind.Other, ImpreciseDate.Between(new LocalDate(2020, 6, 24), new LocalDate(2020, 6, 30)));
        var calendar = MilestoneCalendar.For([closing, forum]);

        Sequences(calendar.PastAt(new LocalDate(2020, 7, 1))).Should().Equal(2, 1);
        Sequences(calendar.PastAt(new LocalDate(2020, 6, 30))).Should().BeEmpty();
    }

    private static readonly Milestone NordForum = new(
        8, new LocalizedText("Forum du Nord (exemple fictif)", "Nord forum (invented example)"), MilestoneKind.Meeting, new ExactDay(new LocalDate(2020, 11, 5)));

    private static Ledger Nord => Ledger.ForTerritory(Odd17.Programme, new Territory(new TerritoryCode("59"), "Nord", TerritoryLevel.Departement)).WithMilestone(NordForum);

    [Fact]
    public void ForALedger_TheBaseAndTheTerritorysOwnMilestonesShareOneCalendar()
    {
        var calendar = MilestoneCalendar.For(Nord);

        calendar.Milestones.Should().HaveCount(8).And.Contain(NordForum);
        calendar.Additions.Should().Equal(NordForum);
        calendar.IsAddition(NordForum).Should().BeTrue();
        calendar.IsAddition(Odd17.Programme.Milestones[0]).Should().BeFalse();
        Sequences(calendar.UpcomingAt(new LocalDate(2020, 9, 30))).Should().Contain(8);
        calendar.NextAt(new LocalDate(2020, 11, 4)).Should().Be(NordForum);
        calendar.DaysUntilNextAt(new LocalDate(2020, 11, 4)).Should().Be(1);
        Sequences(calendar.PastAt(new LocalDate(2020, 11, 6))).Should().Contain(8);
    }

    [Fact]
    public void ForAProgramme_OrALedgerThatAddsNothing_TheCalendarIsTheBaseAlone()
    {
        Calendar.Additions.Should().BeEmpty();
        Calendar.IsAddition(NordForum).Should().BeFalse();
        MilestoneCalendar.For(Ledger.National(Odd17.Programme)).Milestones.Should().Equal(Calendar.Milestones);
        MilestoneCalendar.For(Nord).NextAt(new LocalDate(2020, 11, 4)).Should().NotBe(Calendar.NextAt(new LocalDate(2020, 11, 4)));
        FluentActions.Invoking(() => MilestoneCalendar.For((Ledger)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Calendar.IsAddition(null!)).Should().Throw<ArgumentNullException>();
    }
}
