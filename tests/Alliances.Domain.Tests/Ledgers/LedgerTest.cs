using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using NodaTime;
using static Alliances.Domain.Progress.LifecycleStatus;
using static Alliances.Domain.Tests.Support.LedgerFixtures;

namespace Alliances.Domain.Tests.Ledgers;

public class LedgerTest
{
    private static readonly Ledger Sample = LedgerOf(
        Report(1, "2020-06-01", InProgress, 10),
        Report(1, "2020-09-01", InProgress, comment: "Plateforme ouverte"),
        Report(1, "2020-12-01", EffectsObserved, 55, effects: "2020-11-20"),
        Report(9, "2020-07-01", InProgress));

    [Fact]
    public void Reports_AreGivenBackExactlyAsRecorded_ByMeasureThenDate()
    {
        Sample.ReportCount.Should().Be(4);
        Sample.Reports.Should().Equal(
            Report(1, "2020-06-01", InProgress, 10),
            Report(1, "2020-09-01", InProgress, comment: "Plateforme ouverte"),
            Report(1, "2020-12-01", EffectsObserved, 55, effects: "2020-11-20"),
            Report(9, "2020-07-01", InProgress));
        Sample.ReportsOf(new MeasureNumber(9)).Should().ContainSingle();
    }

    [Fact]
    public void Lists_AreBuiltOnce_EveryReadGivesTheSameList()
    {
        var ledger = Ledger.Create(new LedgerDraft
        {
            Programme = Odd17.Programme,
            Reports = [Report(9, "2020-07-01", InProgress, 90)],
            Indicators = [Indicator("a", 9, 0, 40)],
            Observations = [Observation("a", "2020-08-01", 10)],
            Plans = [new MeasurePlan(new MeasureNumber(9), Day("2020-06-01"), Day("2021-06-01"))],
        });

        // The same array behind both reads: the list was built once, not again for the second read.
        (ledger.Reports.AsImmutableArray() == ledger.Reports.AsImmutableArray()).Should().BeTrue();
        (ledger.Indicators.AsImmutableArray() == ledger.Indicators.AsImmutableArray()).Should().BeTrue();
        (ledger.Observations.AsImmutableArray() == ledger.Observations.AsImmutableArray()).Should().BeTrue();
        (ledger.Plans.AsImmutableArray() == ledger.Plans.AsImmutableArray()).Should().BeTrue();
        ledger.Observations.Should().ContainSingle().Which.Should().Be(Observation("a", "2020-08-01", 10));
        ledger.Plans.Should().ContainSingle();
    }

    [Fact]
    public void ReportsOf_AKnownMeasureWithoutReports_IsEmpty_AndNoError()
    {
        Sample.ReportsOf(new MeasureNumber(21)).Should().BeEmpty();
        Sample.TryGetReportsOf(new MeasureNumber(21), out var reports).Should().BeTrue("measure 21 is the programme's, it only has no report yet");
        reports.Should().BeEmpty();
    }

    [Fact]
    public void ReportsOf_AMeasureTheProgrammeLacks_Throws_AndTryGetSaysFalse()
    {
        FluentActions.Invoking(() => Sample.ReportsOf(new MeasureNumber(22))).Should().Throw<KeyNotFoundException>()
            .WithMessage("Programme odd17-2020 has measures 1 to 21; there is no measure 22.");
        Sample.TryGetReportsOf(new MeasureNumber(22), out var reports).Should().BeFalse();
        reports.Should().BeEmpty();
    }

    [Fact]
    public void LatestReport_AKnownMeasureWithoutReports_IsNull_AndTryGetSaysTrue()
    {
        Sample.LatestReport(new MeasureNumber(21), Day("2021-01-01")).Should().BeNull();
        Sample.TryGetLatestReport(new MeasureNumber(21), Day("2021-01-01"), out var report).Should().BeTrue("measure 21 is the programme's");
        report.Should().BeNull();
    }

    [Fact]
    public void LatestReport_AMeasureTheProgrammeLacks_Throws_AndTryGetSaysFalse()
    {
        FluentActions.Invoking(() => Sample.LatestReport(new MeasureNumber(22), Day("2021-01-01"))).Should().Throw<KeyNotFoundException>()
            .WithMessage("Programme odd17-2020 has measures 1 to 21; there is no measure 22.");
        Sample.TryGetLatestReport(new MeasureNumber(22), Day("2021-01-01"), out var report).Should().BeFalse();
        report.Should().BeNull();
    }

    [Fact]
    public void TryGetLatestReport_AReportByThen_IsTheOneLatestReportGives()
    {
        Sample.TryGetLatestReport(new MeasureNumber(1), Day("2020-11-30"), out var report).Should().BeTrue();
        report.Should().NotBeNull().And.Be(Report(1, "2020-09-01", InProgress, comment: "Plateforme ouverte"));
    }

    [Theory]
    [InlineData("2020-05-31", null)]
    [InlineData("2020-06-01", "2020-06-01")]
    [InlineData("2020-11-30", "2020-09-01")]
    [InlineData("2021-01-01", "2020-12-01")]
    public void LatestReport_IsTheLastOnOrBeforeTheDate(string asOf, string? expected)
    {
        var latest = Sample.LatestReport(new MeasureNumber(1), Day(asOf));

        // Asserted on the nullable date itself: a report missing where one is expected, or found where none is, fails.
        NodaTime.LocalDate? date = latest?.Date;
        date.Should().Be(expected is null ? null : Day(expected));
    }

    [Fact]
    public void Create_ReportsInAnyOrder_GiveTheSameLedger()
    {
        var shuffled = Ledger.Create(new LedgerDraft { Programme = Odd17.Programme, Reports = [.. Sample.Reports.Reverse()] });

        shuffled.Should().Be(Sample);
        (shuffled == Sample).Should().BeTrue();
    }

    [Fact]
    public void Add_KeepsTheOriginalAndReturnsANewLedger()
    {
        var added = Sample.Add(Report(9, "2021-01-01", EffectsObserved, 30));

        added.ReportCount.Should().Be(5);
        Sample.ReportCount.Should().Be(4);
        added.Should().NotBe(Sample);
    }

    [Fact]
    public void Add_InTheMiddle_CarriesDeclaredProgressForward()
    {
        var added = Sample.Add(Report(1, "2020-08-01", InProgress, 25));

        added.ProgressOf(new MeasureNumber(1), Day("2020-10-01")).Progress.Should().Be(new Percentage(25));
        added.ReportsOf(new MeasureNumber(1))[2].Should().Be(Report(1, "2020-09-01", InProgress, comment: "Plateforme ouverte"));
        added.Should().Be(LedgerOf([.. Sample.Reports, Report(1, "2020-08-01", InProgress, 25)]));
    }

    [Fact]
    public void Add_ForAMeasureTheProgrammeLacks_BreaksLED001AndLeavesTheLedgerAsItWas()
    {
        Expect.Violation(() => Sample.Add(Report(22, "2021-01-01", InProgress)), Rules.LedgerMeasureKnown);
        Sample.ReportCount.Should().Be(4);
    }

    [Fact]
    public void Add_OnADayAlreadyReported_BreaksLED002() =>
        Expect.Violation(() => Sample.Add(Report(1, "2020-09-01", InProgress)), Rules.LedgerOneReportPerDay);

    [Fact]
    public void Add_OnLaunchDay_IsTheLastValidValue() =>
        Sample.Add(Report(2, "2020-05-07", InProgress)).ReportCount.Should().Be(5);

    [Fact]
    public void Add_TheDayBeforeLaunch_BreaksLED003() =>
        Expect.Violation(() => Sample.Add(Report(2, "2020-05-06", InProgress)), Rules.LedgerAfterLaunch);

    [Fact]
    public void Add_AMoveTheLifecycleForbids_BreaksLIF001()
    {
        Expect.Violation(() => Sample.Add(Report(1, "2021-01-01", NotStarted)), Rules.LifecycleTransition);
        Expect.Violation(() => Sample.Add(Report(2, "2021-01-01", Completed)), Rules.LifecycleTransition);
    }

    [Fact]
    public void Add_InTheMiddle_MustFitTheNextReportToo() =>
        Expect.Violation(() => Sample.Add(Report(1, "2020-10-01", Completed)), Rules.LifecycleTransition);

    [Fact]
    public void Validate_ReportsEveryMistakeWithItsPath()
    {
        var draft = new LedgerDraft
        {
            Programme = Odd17.Programme,
            Reports =
            [
                Report(1, "2020-06-01", InProgress),
                Report(22, "2020-06-01", InProgress),
                Report(1, "2020-06-01", InProgress),
                Report(2, "2020-01-01", InProgress),
                Report(3, "2020-06-01", Completed),
            ],
            Indicators = [Indicator("a", 1, 0, 10), Indicator("a", 2, 0, 10), Indicator("b", 40, 0, 10)],
            Observations = [Observation("zz", "2020-06-01", 3), Observation("a", "2020-06-01", 3), Observation("a", "2020-06-01", 4), Observation("a", "2020-01-01", 1)],
            Plans = [new MeasurePlan(new MeasureNumber(1), Day("2020-06-01"), Day("2021-06-01")), new MeasurePlan(new MeasureNumber(1), Day("2020-06-01"), Day("2022-06-01")), new MeasurePlan(new MeasureNumber(50), Day("2020-06-01"), Day("2021-06-01"))],
        };

        var result = Ledger.Validate(draft);

        result.Violations.Select(v => (v.Code, v.Path)).Should().BeEquivalentTo(new[]
        {
            ("LED001", "$.reports[1].measure"),
            ("LED003", "$.reports[3].date"),
            ("LED002", "$.reports[2].date"),
            ("LIF001", "$.reports[4].status"),
            ("LED004", "$.indicators[1].id"),
            ("LED001", "$.indicators[2].measure"),
            ("LED005", "$.observations[0].indicator"),
            ("LED003", "$.observations[3].date"),
            ("LED006", "$.observations[2].date"),
            ("LED007", "$.plans[1].measure"),
            ("LED001", "$.plans[2].measure"),
        });
        FluentActions.Invoking(() => Ledger.Create(draft)).Should().Throw<RuleViolationException>().Which.Violations.Should().HaveCount(11);
    }

    [Fact]
    public void Validate_NullElements_BreakLED008() =>
        Ledger.Validate(new LedgerDraft { Programme = Odd17.Programme, Reports = [null!] }).Violations.Should().ContainSingle()
            .Which.Should().Match<RuleViolation>(v => v.Code == "LED008" && v.Path == "$.reports[0]");

    [Fact]
    public void Territory_MayHaveItsOwnLaunch()
    {
        var marseille = new Territory(new TerritoryCode("13"), "Bouches-du-Rhône", TerritoryLevel.Departement);
        var ledger = Domain.Progress.Ledger.ForTerritory(Odd17.Programme, marseille, Day("2021-01-31"));

        ledger.Territory.Should().Be(marseille);
        ledger.LaunchDate.Should().Be(Day("2021-01-31"));
        ledger.Schedule.WindowOf(Domain.DimensionKind.Operational).Start.Should().Be(Day("2021-04-30"));
        Expect.Violation(() => ledger.Add(Report(1, "2021-01-30", InProgress)), Rules.LedgerAfterLaunch);
        ledger.Add(Report(1, "2021-01-31", InProgress)).ReportCount.Should().Be(1);
    }

    [Fact]
    public void National_IsEmptyAndHasNoTerritory()
    {
        var ledger = Domain.Progress.Ledger.National(Odd17.Programme);

        ledger.Territory.Should().BeNull();
        ledger.ReportCount.Should().Be(0);
        ledger.LaunchDate.Should().Be(Odd17.LaunchDate);
        ledger.ToString().Should().Be("odd17-2020 national: 0 reports");
    }

    [Fact]
    public void ToDraft_RoundTripsEverything()
    {
        var ledger = Sample
            .WithIndicator(Indicator("alliances", 9, 0, 40))
            .Observe(Observation("alliances", "2020-12-01", 10))
            .WithPlan(new MeasurePlan(new MeasureNumber(9), Day("2020-06-01"), Day("2021-12-31")));

        Ledger.Create(ledger.ToDraft()).Should().Be(ledger);
        ledger.Indicators.Should().ContainSingle();
        ledger.Observations.Should().ContainSingle().Which.Value.Should().Be(10);
        ledger.ObservationsOf("alliances").Should().ContainSingle();
        ledger.ObservationsOf("unknown").Should().BeEmpty();
        ledger.Plans.Should().ContainSingle();
    }

    [Fact]
    public void Equality_SeesEveryDifference()
    {
        LedgerOf(Report(1, "2020-06-01", InProgress, 10)).Should().NotBe(LedgerOf(Report(1, "2020-06-01", InProgress, 11)));
        LedgerOf(Report(1, "2020-06-01", InProgress, comment: "a")).Should().NotBe(LedgerOf(Report(1, "2020-06-01", InProgress, comment: "b")));
        LedgerOf(Report(1, "2020-06-01", InProgress)).Should().NotBe(TerritorialLedgerOf("13", Report(1, "2020-06-01", InProgress)));
    }

    [Fact]
    public void AddRange_ValidatesEveryReport()
    {
        var exception = FluentActions.Invoking(() => Sample.AddRange([Report(30, "2021-01-01", InProgress), Report(1, "2020-06-01", InProgress)]))
            .Should().Throw<RuleViolationException>().Which;

        exception.Violations.Select(v => v.Code).Should().BeEquivalentTo("LED001", "LED002");
        Sample.AddRange([Report(2, "2021-01-01", InProgress)]).ReportCount.Should().Be(5);
    }

    [Fact]
    public void ToDraft_KeepsAnOwnLaunch_AndLeavesOutTheProgrammes()
    {
        var territory = new Territory(new TerritoryCode("59"), "Nord", TerritoryLevel.Departement);

        Ledger.ForTerritory(Odd17.Programme, territory, Day("2021-01-31")).ToDraft().LaunchDate.Should().Be(Day("2021-01-31"));
        Ledger.ForTerritory(Odd17.Programme, territory, Odd17.LaunchDate).ToDraft().LaunchDate.Should().BeNull();
        Ledger.National(Odd17.Programme).ToDraft().LaunchDate.Should().BeNull();
    }

    [Fact]
    public void Add_NamesThePartItRefuses_ByItsRule()
    {
        var ledger = Ledger.National(Odd17.Programme);

        Expect.Violation(() => ledger.Add(Report(22, "2020-06-01", InProgress)), Rules.LedgerMeasureKnown).Message
            .Should().Contain("Every report is on a measure the programme has; odd17-2020 has measures 1 to 21, not 22.");
        Expect.Violation(() => ledger.Add(Report(1, "2020-05-06", InProgress)), Rules.LedgerAfterLaunch).Message
            .Should().Contain("No report is dated before the ledger's launch (2020-05-07); this one is dated 2020-05-06.");
    }

    [Fact]
    public void Validate_NamesMissingIndicatorsAndObservations_AndWhatIsWrongWithEach()
    {
        var result = Ledger.Validate(new LedgerDraft
        {
            Programme = Odd17.Programme,
            Indicators = [null!, Indicator("a", 22, 0, 1)],
            Observations = [null!, Observation("b", "2020-06-01", 1)],
        });
        var early = Ledger.Validate(new LedgerDraft
        {
            Programme = Odd17.Programme,
            Indicators = [Indicator("a", 1, 0, 1)],
            Observations = [Observation("a", "2020-05-06", 1)],
        });

        result.Violations.Select(v => (v.Code, v.Path)).Should().Equal(
            ("LED008", "$.indicators[0]"), ("LED001", "$.indicators[1].measure"), ("LED008", "$.observations[0]"), ("LED005", "$.observations[1].indicator"));
        result.Violations[1].Message.Should().Be("Every indicator is on a measure the programme has; odd17-2020 has measures 1 to 21, not 22.");
        early.Violations.Should().ContainSingle().Which.Message.Should().Be("No observation is dated before the ledger's launch (2020-05-07); this one is dated 2020-05-06.");
    }

    [Fact]
    public void ToString_SaysTheScopeAndTheReports()
    {
        Ledger.National(Odd17.Programme).ToString().Should().Be("odd17-2020 national: 0 reports");
        TerritorialLedgerOf("13", Report(1, "2020-06-01", InProgress)).ToString().Should().Be("odd17-2020 13 Territoire 13: 1 reports");
    }
}
