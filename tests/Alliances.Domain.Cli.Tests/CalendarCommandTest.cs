using Alliances.Domain.Catalogue;
using Ical.Net;

namespace Alliances.Domain.Cli.Tests;

public class CalendarCommandTest
{
    private static Calendar Parse(string ics) => Calendar.Load(ics)!;

    [Fact]
    public void Calendar_HasOneAllDayEventPerMilestone()
    {
        var run = CliRun.Of("calendar");

        run.ExitCode.Should().Be(0);
        run.Output.Should().StartWith("BEGIN:VCALENDAR");
        var events = Parse(run.Output).Events.OrderBy(e => e.Uid).ToList();
        events.Should().HaveCount(7);
        events.Should().OnlyContain(e => e.Start != null && !e.Start.HasTime);
        events.Select(e => e.Uid).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Calendar_SettledDates_AreConfirmedOnTheirDays()
    {
        var report = Parse(CliRun.Of("calendar").Output).Events.Single(e => e.Uid == "odd17-2020-milestone-1@alliances-domain");

        report.Status.Should().Be("CONFIRMED");
        (report.Start!.Year, report.Start.Month, report.Start.Day).Should().Be((2020, 5, 7));
        (report.End!.Year, report.End.Month, report.End.Day).Should().Be((2020, 5, 8), "the end of an all-day event is exclusive");
        report.Summary.Should().Be("Delivery of the report at a dedicated online event");
    }

    [Fact]
    public void Calendar_DatesToBeConfirmed_AreTentativeOverTheirPossibleDays()
    {
        var visit = Parse(CliRun.Of("calendar", "--lang", "fr").Output).Events.Single(e => e.Uid == "odd17-2020-milestone-4@alliances-domain");

        visit.Status.Should().Be("TENTATIVE");
        (visit.Start!.Year, visit.Start.Month, visit.Start.Day).Should().Be((2020, 8, 21));
        (visit.End!.Year, visit.End.Month, visit.End.Day).Should().Be((2020, 9, 1));
        visit.Summary.Should().Be("Visite inspirante à Marseille");
        visit.Location.Should().Be("Marseille");
        visit.Description.Should().Contain("fin août 2020 (date à définir)");
    }

    [Fact]
    public void Calendar_TheTwoDayConference_SpansBothDays()
    {
        var convergences = Parse(CliRun.Of("calendar").Output).Events.Single(e => e.Uid == "odd17-2020-milestone-5@alliances-domain");

        convergences.Status.Should().Be("CONFIRMED");
        (convergences.End!.Day - convergences.Start!.Day).Should().Be(2);
    }

    [Fact]
    public void Calendar_ToAFile_WritesTheSameText()
    {
        var path = Path.Combine(Path.GetTempPath(), $"alliances-{Guid.NewGuid():N}.ics");

        var run = CliRun.Of("calendar", "--output", path);

        run.ExitCode.Should().Be(0);
        File.ReadAllText(path).Should().Be(CliRun.Of("calendar").Output);
    }

    [Fact]
    public void Calendar_IsStampedWithTheClock() =>
        CliRun.Of("calendar").Output.Should().Contain("DTSTAMP:20210301T110000Z");

    [Fact]
    public void Calendar_ToAFolderThatDoesNotExist_IsAUsageError() =>
        CliRun.Of("calendar", "--output", "/no/such/folder/odd17.ics").ExitCode.Should().Be(2);

    [Fact]
    public void Calendar_Milestones_AreTheCataloguesSeven() =>
        Parse(CliRun.Of("calendar").Output).Events.Count.Should().Be(Odd17.Programme.Milestones.Count);
}
