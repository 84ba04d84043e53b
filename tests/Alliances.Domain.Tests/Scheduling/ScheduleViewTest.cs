using System.Text.Json;
using System.Text.Json.Nodes;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Scheduling;
using Alliances.Domain.Serialization;
using Alliances.Domain.Testing;
using Alliances.Domain.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Alliances.Domain.Tests.Scheduling;

/// <summary>The schedule view: windows, milestones and statuses at a date, in the JSON its schema describes.</summary>
public class ScheduleViewTest
{
    private static readonly LocalDate AsOf = new(2020, 9, 15);

    private static Ledger Nord => LedgerJson.Deserialize(Files.Docs("examples", "odd17.portfolio.json")).Portfolio!.GetLedger(new TerritoryCode("59"));

    private static JsonNode Json(ScheduleView view) => JsonNode.Parse(JsonSerializer.Serialize(view))!;

    [Fact]
    public void TheProgrammesView_HasEveryMilestoneWithItsTiming_AndTheNextOne()
    {
        var calendar = MilestoneCalendar.For(Odd17.Programme);
        var at = new LocalDate(2020, 6, 3);

        var view = ScheduleView.Of(Odd17.Programme.Schedule(), at);

        view.Milestones.Select(m => m.Milestone).Should().Equal(calendar.Milestones);
        view.Milestones.Select(m => m.Timing).Should().Equal(calendar.Milestones.Select(m => MilestoneCalendar.TimingOf(m, at)));
        view.Milestones.Should().OnlyContain(m => !m.IsAddition);
        view.Next!.Milestone.Should().Be(calendar.NextAt(at));
        view.DaysUntilNext.Should().Be(calendar.DaysUntilNextAt(at));
        view.WithoutLead.Should().BeNull();
        view.Statuses.Should().Be(Odd17.Programme.Schedule().StatusesAt(at));
    }

    [Fact]
    public void TheNextMilestone_IsWrittenWithItsTitleAndItsDateObject()
    {
        var at = new LocalDate(2020, 6, 3);
        var next = Json(ScheduleView.Of(Odd17.Programme.Schedule(), at))["next"]!;
        var expected = MilestoneCalendar.For(Odd17.Programme).NextAt(at)!;

        next["sequence"]!.GetValue<int>().Should().Be(expected.Sequence);
        next["title"]!["fr"]!.GetValue<string>().Should().Be(expected.Title.French);
        JsonNode.DeepEquals(next["date"], JsonNode.Parse(JsonSerializer.Serialize(expected.Date))).Should().BeTrue("the date is the contract's date object");
        next["daysLeft"]!.GetValue<int>().Should().Be(MilestoneCalendar.For(Odd17.Programme).DaysUntilNextAt(at));
    }

    [Fact]
    public void AnUncertainMilestone_IsWrittenWithTheSpanItMayFallIn()
    {
        var milestones = Json(ScheduleView.Of(Odd17.Programme.Schedule(), new LocalDate(2020, 6, 3)))["milestones"]!.AsArray();
        var uncertain = milestones.Single(m => m!["timing"]!.GetValue<string>() == "uncertain")!;

        uncertain["date"]!["toBeConfirmed"]!.GetValue<bool>().Should().BeTrue();
        uncertain["earliest"]!.GetValue<string>().Should().Be("2020-06-01");
        uncertain["latest"]!.GetValue<string>().Should().Be("2020-06-10");
    }

    [Fact]
    public void ALedgersView_CountsFromItsLaunch_ShowsItsOwnMilestones_AndWhoLacksALead()
    {
        var ledger = Nord;

        var view = ScheduleView.Of(ledger, AsOf);
        var json = Json(view);

        view.Territory.Should().Be(ledger.Territory);
        view.Schedule.Should().Be(ledger.Schedule);
        view.Statuses.Should().Be(ledger.ScheduleAt(AsOf));
        view.Milestones.Where(m => m.IsAddition).Select(m => m.Milestone).Should().Equal(ledger.Milestones);
        json["milestones"]!.AsArray().Where(m => m!["added"]!.GetValue<bool>()).Should().HaveCount(ledger.Milestones.Count);
        if (ledger.Commitments.IsEmpty)
        {
            view.WithoutLead.Should().BeNull();
        }
        else
        {
            view.WithoutLead!.Value.Should().Equal(ledger.ScheduleAt(AsOf).WithoutLead);
        }
    }

    [Fact]
    public void ALedgerThatSaysWhoDoesWhat_ListsTheMeasuresWithoutALead()
    {
        var bouches = LedgerJson.Deserialize(Files.Docs("examples", "odd17.ledger-13.json")).Ledger!;
        bouches.Commitments.Should().NotBeEmpty();

        var view = ScheduleView.Of(bouches, new LocalDate(2021, 2, 1));

        view.WithoutLead.Should().NotBeNull();
        view.WithoutLead!.Value.Should().Equal(bouches.ScheduleAt(new LocalDate(2021, 2, 1)).WithoutLead).And.NotContain(new MeasureNumber(1));
        view.ToString().Should().Be("odd17-2020 13 schedule as of 2021-02-01");
        ScheduleView.Of(Odd17.Programme.Schedule(), AsOf).ToString().Should().Be("odd17-2020 schedule as of 2020-09-15");
    }

    [Fact]
    public void Views_AtTwoDates_DifferEvenWithOneLaunch()
    {
        var schedule = Odd17.Programme.Schedule();

        ScheduleView.Of(schedule, AsOf).Should().Be(ScheduleView.Of(schedule, AsOf));
        ScheduleView.Of(schedule, AsOf).Should().NotBe(ScheduleView.Of(schedule, AsOf.PlusDays(1)));
        ScheduleView.Of(Nord, AsOf).Should().NotBe(ScheduleView.Of(schedule, AsOf), "the ledger adds its territory and milestones");
    }

    [Fact]
    public void AfterTheLastMilestone_NoneIsNext()
    {
        var view = ScheduleView.Of(Odd17.Programme.Schedule(), new LocalDate(2030, 1, 1));

        view.Next.Should().BeNull();
        view.DaysUntilNext.Should().BeNull();
        Json(view)["next"].Should().BeNull();
        view.Milestones.Should().OnlyContain(m => m.Timing == MilestoneTiming.Past);
    }

    [Fact]
    public void TheCounts_NameEveryStatus_AndAddUpToTheMeasures()
    {
        var counts = Json(ScheduleView.Of(Odd17.Programme.Schedule(), new LocalDate(2021, 3, 1)))["counts"]!.AsObject();

        counts.Select(p => p.Key).Should().Equal("notDue", "due", "overdue", "early", "onTime", "late");
        counts.Sum(p => p.Value!.GetValue<int>()).Should().Be(21);
    }

    [Fact]
    public void AView_IsWrittenNotRead() =>
        FluentActions.Invoking(() => JsonSerializer.Deserialize<ScheduleView>(JsonSerializer.Serialize(ScheduleView.Of(Nord, AsOf))))
            .Should().Throw<NotSupportedException>().WithMessage("*ScheduleView.Of*");

    [Fact]
    public void TheExampleInTheDocs_IsWhatTheLibraryWrites() =>
        JsonNode.DeepEquals(Json(ScheduleView.Of(Nord, AsOf)), JsonNode.Parse(Files.Docs("examples", "views", "odd17.portfolio-59.schedule-view.json")))
            .Should().BeTrue("docs/examples/views/odd17.portfolio-59.schedule-view.json is `alliances schedule --ledger docs/examples/odd17.portfolio.json --territory 59 --as-of 2020-09-15 --json`");

    [Fact]
    public void TheJson_IsTheSameThroughTheContext()
    {
        var view = ScheduleView.Of(Nord, AsOf);

        JsonSerializer.Serialize(view, AlliancesJsonContext.Default.ScheduleView).Should().Be(JsonSerializer.Serialize(view));
    }

    [Property(MaxTest = 60)]
    public Property EveryView_OfAGeneratedLedgerAtAnyDate_IsValidAgainstItsSchema() =>
        Prop.ForAll(AlliancesGenerators.Ledgers.ToArbitrary(), Gen.Choose(-400, 3000).ToArbitrary(), (ledger, days) =>
        {
            var json = JsonSerializer.Serialize(ScheduleView.Of(ledger, Odd17.LaunchDate.PlusDays(days)));
            var error = PublishedSchemas.FirstError(PublishedSchemas.ScheduleView, json);
            return (error is null).Label(error ?? string.Empty);
        });
}
