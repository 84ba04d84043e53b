using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using NodaTime;
using static Alliances.Domain.Tests.Support.Drafts;
using static Alliances.Domain.Tests.Support.LedgerFixtures;

namespace Alliances.Domain.Tests.Validation;

/// <summary>
/// Every constraint at its boundary: the last valid value passes, the first invalid one breaks exactly that rule. The
/// table must name every constraint the library has; computations are walked across their edges in their own tests.
/// </summary>
public class RuleBoundaryTest
{
    private static readonly LocalizedText Text = new("x");
    private static readonly Person Someone = new("Gabriel ATTAL", Text);

    /// <summary>For each code: an action at the last valid value, and one at the first invalid value.</summary>
    private static readonly Dictionary<string, (Action LastValid, Action FirstInvalid)> Boundaries = new()
    {
        ["TXT001"] = (() => _ = new LocalizedText("a"), () => _ = new LocalizedText(" ")),
        ["TXT002"] = (() => _ = new LocalizedText("a", "b"), () => _ = new LocalizedText("a", " ")),
        ["IDS001"] = (() => _ = new ProgrammeId(new string('a', 64)), () => _ = new ProgrammeId(new string('a', 65))),
        ["PCT001"] = (() => _ = new Percentage(100), () => _ = new Percentage(BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(100) + 1))),
        ["CNT001"] = (() => ApproximateCount.Exactly(0), () => ApproximateCount.Exactly(-1)),
        ["MEA001"] = (() => _ = new MeasureNumber(1), () => _ = new MeasureNumber(0)),
        ["HOR001"] = (() => _ = new EffectHorizon(0, 0), () => _ = new EffectHorizon(-1, 0)),
        ["HOR002"] = (() => _ = new EffectHorizon(9, 9), () => _ = new EffectHorizon(10, 9)),
        ["DAT001"] = (() => ImpreciseDate.Between(new LocalDate(2020, 9, 3), new LocalDate(2020, 9, 4)), () => ImpreciseDate.Between(new LocalDate(2020, 9, 3), new LocalDate(2020, 9, 3))),
        ["DAT002"] = (() => ImpreciseDate.InYear(9999), () => ImpreciseDate.InYear(10000)),
        ["DAT003"] = (() => ImpreciseDate.On(new LocalDate(2020, 5, 7)), () => ImpreciseDate.On(new LocalDate(2020, 5, 7, CalendarSystem.Gregorian))),
        ["DAT005"] = (() => ImpreciseDate.InPartOf(new YearMonth(2020, 6), MonthPart.Early).Confirm(new LocalDate(2020, 6, 10)), () => ImpreciseDate.InPartOf(new YearMonth(2020, 6), MonthPart.Early).Confirm(new LocalDate(2020, 6, 11))),
        ["MIL002"] = (() => _ = new Milestone(1, Text, MilestoneKind.Other, ImpreciseDate.InYear(2020), timeZoneId: "Europe/Paris"), () => _ = new Milestone(1, Text, MilestoneKind.Other, ImpreciseDate.InYear(2020), timeZoneId: "Europe/Pariss")),
        ["MIL003"] = (() => _ = new MilestoneDateChange(ImpreciseDate.InYear(2020), MilestoneDateChangeKind.Rescheduled, "r"), () => _ = new MilestoneDateChange(ImpreciseDate.InYear(2020), MilestoneDateChangeKind.Rescheduled)),
        ["SCH008"] = (() => new EffectHorizon(0, 11).WindowFrom(new LocalDate(9999, 1, 31)), () => new EffectHorizon(0, 12).WindowFrom(new LocalDate(9999, 1, 1))),
        ["EVA002"] = (() => Build(Canonical with { LaunchDate = new LocalDate(2022, 12, 31) }), () => Build(Canonical with { LaunchDate = new LocalDate(2023, 1, 1) })),
        ["MIL001"] = (() => _ = new Milestone(1, Text, MilestoneKind.Other, ImpreciseDate.InYear(2020)), () => _ = new Milestone(0, Text, MilestoneKind.Other, ImpreciseDate.InYear(2020))),
        ["GOV001"] = (() => _ = new FollowUpCommittee(Text, Text, [new GovernanceBody(Text)]), () => _ = new FollowUpCommittee(Text, Text, [])),
        ["MIS001"] = (() => Mission([Someone], new LocalDate(2019, 10, 1)), () => Mission([], new LocalDate(2019, 10, 1))),
        ["MIS002"] = (() => Mission([Someone], new LocalDate(2019, 10, 1)), () => Mission([Someone], new LocalDate(2019, 9, 30))),
        ["POL001"] = (() => Poll(new PollAnswer(Text, Percentage.Full)), () => Poll()),
        ["POL002"] = (() => Poll(new PollAnswer(Text, new Percentage(100))), () => Poll(new PollAnswer(Text, new Percentage(99.99)))),
        ["TXT003"] = (() => _ = new LocalizedText("a\uD83D\uDE00"), () => _ = new LocalizedText("a\uD83D")),
        ["POL010"] = (() => Nest(20), () => Nest(21)),
        ["POL003"] = (() => _ = new PollAnswer(Text, new Percentage(29), [new PollAnswer(Text, new Percentage(29))]), () => _ = new PollAnswer(Text, new Percentage(29), [new PollAnswer(Text, new Percentage(29.01))])),
        ["EVA001"] = (() => _ = new PlannedEvaluation(ImpreciseDate.InYear(2022), Text, Period.FromDays(1)), () => _ = new PlannedEvaluation(ImpreciseDate.InYear(2022), Text, Period.Zero)),
        ["LIF001"] = (() => Ledger(Report(1, "2020-06-01", LifecycleStatus.InProgress), Report(1, "2020-07-01", LifecycleStatus.EffectsObserved)), () => Ledger(Report(1, "2020-06-01", LifecycleStatus.InProgress), Report(1, "2020-07-01", LifecycleStatus.Completed))),
        ["REP001"] = (() => _ = new MeasureReport(new MeasureNumber(1), Day("2020-06-01"), LifecycleStatus.InProgress, nextUpdateDue: Day("2020-06-02")), () => _ = new MeasureReport(new MeasureNumber(1), Day("2020-06-01"), LifecycleStatus.InProgress, nextUpdateDue: Day("2020-06-01"))),
        ["REP002"] = (() => _ = new MeasureReport(new MeasureNumber(1), Day("2020-06-01"), LifecycleStatus.EffectsObserved, firstEffectsObserved: Day("2020-06-01")), () => _ = new MeasureReport(new MeasureNumber(1), Day("2020-06-01"), LifecycleStatus.EffectsObserved, firstEffectsObserved: Day("2020-06-02"))),
        ["REP003"] = (() => _ = new MeasureReport(new MeasureNumber(1), Day("2020-06-01"), LifecycleStatus.InProgress, new Percentage(12.34)), () => _ = new MeasureReport(new MeasureNumber(1), Day("2020-06-01"), LifecycleStatus.InProgress, new Percentage(12.345))),
        ["IND001"] = (() => Indicator(new IndicatorPoint(1, Day("2020-06-02"))), () => Indicator(null)),
        ["IND002"] = (() => Indicator(new IndicatorPoint(1, Day("2020-06-02"))), () => Indicator(new IndicatorPoint(1, Day("2020-06-01")))),
        ["IND003"] = (() => _ = new IndicatorPoint(1e12, Day("2020-06-01")), () => _ = new IndicatorPoint(double.PositiveInfinity, Day("2020-06-01"))),
        ["WGT001"] = (() => _ = new MeasureWeight(new MeasureNumber(1), 0.000001), () => _ = new MeasureWeight(new MeasureNumber(1), 0)),
        ["WGT010"] = (() => _ = new MeasureWeight(new MeasureNumber(1), 1e9), () => _ = new MeasureWeight(new MeasureNumber(1), Math.BitIncrement(1e9))),
        ["IND010"] = (() => _ = new IndicatorPoint(-1e12, Day("2020-06-01")), () => _ = new IndicatorPoint(Math.BitDecrement(-1e12), Day("2020-06-01"))),
        ["MEA010"] = (() => _ = new MeasureNumber(999), () => _ = new MeasureNumber(1000)),
        ["MIL004"] = (() => _ = new Milestone(1, Text, MilestoneKind.Other, ImpreciseDate.InYear(2020), servesEveryMeasure: true), () => _ = new Milestone(1, Text, MilestoneKind.Other, ImpreciseDate.InYear(2020), serves: [new MeasureNumber(9)], servesEveryMeasure: true)),
        ["MIL010"] = (() => _ = new Milestone(999, Text, MilestoneKind.Other, ImpreciseDate.InYear(2020)), () => _ = new Milestone(1000, Text, MilestoneKind.Other, ImpreciseDate.InYear(2020))),
        ["DAT010"] = (() => _ = new PlannedEvaluation(ImpreciseDate.InYear(2022), Text, Period.FromWeeks(142_857)), () => _ = new PlannedEvaluation(ImpreciseDate.InYear(2022), Text, Period.FromWeeks(142_858))),
        ["TER001"] = (() => _ = new TerritoryCode(new string('9', 16)), () => _ = new TerritoryCode(new string('9', 17))),
        ["PLN001"] = (() => _ = new MeasurePlan(new MeasureNumber(1), Day("2020-06-01"), Day("2020-06-02")), () => _ = new MeasurePlan(new MeasureNumber(1), Day("2020-06-01"), Day("2020-06-01"))),
        ["LED001"] = (() => Ledger(Report(21, "2020-06-01", LifecycleStatus.InProgress)), () => Ledger(Report(22, "2020-06-01", LifecycleStatus.InProgress))),
        ["LED002"] = (() => Ledger(Report(1, "2020-06-01", LifecycleStatus.InProgress), Report(1, "2020-06-02", LifecycleStatus.InProgress)), () => Ledger(Report(1, "2020-06-01", LifecycleStatus.InProgress), Report(1, "2020-06-01", LifecycleStatus.InProgress))),
        ["LED003"] = (() => Ledger(Report(1, "2020-05-07", LifecycleStatus.InProgress)), () => Ledger(Report(1, "2020-05-06", LifecycleStatus.InProgress))),
        ["LED004"] = (() => Indicators(LedgerFixtures.Indicator("a", 1, 0, 1), LedgerFixtures.Indicator("b", 1, 0, 1)), () => Indicators(LedgerFixtures.Indicator("a", 1, 0, 1), LedgerFixtures.Indicator("a", 2, 0, 1))),
        ["LED005"] = (() => Observations(LedgerFixtures.Observation("a", "2020-06-01", 1)), () => Observations(LedgerFixtures.Observation("b", "2020-06-01", 1))),
        ["LED006"] = (() => Observations(LedgerFixtures.Observation("a", "2020-06-01", 1), LedgerFixtures.Observation("a", "2020-06-02", 1)), () => Observations(LedgerFixtures.Observation("a", "2020-06-01", 1), LedgerFixtures.Observation("a", "2020-06-01", 2))),
        ["LED007"] = (() => Plans(1, 2), () => Plans(1, 1)),
        ["LED008"] = (() => _ = Domain.Progress.Ledger.Create(new LedgerDraft { Programme = Odd17.Programme }), () => _ = Domain.Progress.Ledger.Create(new LedgerDraft { Programme = null! })),
        ["LED009"] = (() => OwnMilestones(8, 9), () => OwnMilestones(8, 10)),
        ["LED010"] = (() => OwnMilestones(Day("2023-05-07")), () => OwnMilestones(Day("2023-05-08"))),
        ["COM001"] = (() => LedgerFixtures.Commitment(Association, 9, CommitmentRole.Contributor, "2020-06-01", until: "2020-06-01"), () => LedgerFixtures.Commitment(Association, 9, CommitmentRole.Contributor, "2020-06-01", until: "2020-05-31")),
        ["COM002"] = (() => Withdrawn(LedgerFixtures.Commitment(Association, 9, CommitmentRole.Contributor, "2020-06-01", "2020-12-31"), "2020-12-31"), () => Withdrawn(LedgerFixtures.Commitment(Association, 9, CommitmentRole.Contributor, "2020-06-01", "2020-12-31"), "2021-01-01")),
        ["COM003"] = (() => LedgerCommitted(LedgerFixtures.Commitment(Association, 9, CommitmentRole.Lead, "2020-05-07", "2023-05-07")), () => LedgerCommitted(LedgerFixtures.Commitment(Association, 9, CommitmentRole.Lead, "2020-05-06"))),
        ["COM004"] = (() => LedgerCommitted(Withdrawn(LedgerFixtures.Commitment(Association, 9, CommitmentRole.Lead, "2020-06-01"), "2021-01-01"), LedgerFixtures.Commitment(Company, 9, CommitmentRole.Lead, "2021-01-01")), () => LedgerCommitted(Withdrawn(LedgerFixtures.Commitment(Association, 9, CommitmentRole.Lead, "2020-06-01"), "2021-01-01"), LedgerFixtures.Commitment(Company, 9, CommitmentRole.Lead, "2020-12-31"))),
        ["COM005"] = (() => LedgerCommitted(LedgerFixtures.Commitment(Association, 9, CommitmentRole.Contributor, "2020-06-01"), LedgerFixtures.Commitment(Association, 9, CommitmentRole.Contributor, "2020-06-02")), () => LedgerCommitted(LedgerFixtures.Commitment(Association, 9, CommitmentRole.Contributor, "2020-06-01"), LedgerFixtures.Commitment(Association, 9, CommitmentRole.Contributor, "2020-06-01"))),
        ["COM006"] = (() => LedgerCommitted(LedgerFixtures.Commitment(Actor.For(Odd17.Programme.Worlds[0]), 9, CommitmentRole.Contributor, "2020-06-01")), () => LedgerCommitted(LedgerFixtures.Commitment(Actor.For(new World("foundations", new LocalizedText("fondations", "foundations"))), 9, CommitmentRole.Contributor, "2020-06-01"))),
        ["LED011"] = (() => Settled(new ProgressOptions { MeasureWeights = [new MeasureWeight(new MeasureNumber(21), 2)] }), () => Settled(new ProgressOptions { MeasureWeights = [new MeasureWeight(new MeasureNumber(22), 2)] })),
        ["POR002"] = (() => Portfolio.Create(new PortfolioDraft { Ledgers = [Settled("13", new Percentage(5)), Settled("59", new Percentage(5))] }), () => Portfolio.Create(new PortfolioDraft { Ledgers = [Settled("13", new Percentage(5)), Settled("59", new Percentage(5.01))] })),
        ["POR001"] = (() => Portfolio.Create(new PortfolioDraft { Ledgers = [LedgerFixtures.TerritorialLedgerOf("13")] }), () => Portfolio.Create(new PortfolioDraft { Ledgers = [LedgerFixtures.TerritorialLedgerOf("13"), LedgerFixtures.TerritorialLedgerOf("13")] })),
        ["JSN001"] = (() => ReadProgramme(CanonicalJson), () => ReadProgramme(CanonicalJson.Replace("\"id\":\"odd17-2020\",", "\"id\":\"odd17-2020\",\"id\":\"odd17-2020\","))),
        ["JSN002"] = (() => ReadProgramme(CanonicalJson), () => ReadProgramme(CanonicalJson.Replace("\"schemaVersion\":2", "\"schemaVersion\":3"))),
        ["JSN003"] = (() => ReadLedger("odd17-2020"), () => ReadLedger("odd17-2021")),
        ["JSN010"] = (() => ReadProgramme(CanonicalJson, System.Text.Encoding.UTF8.GetByteCount(CanonicalJson)), () => ReadProgramme(CanonicalJson, System.Text.Encoding.UTF8.GetByteCount(CanonicalJson) - 1)),
        ["PRG001"] = (() => Build(Canonical with { Poll = null }), () => Build(Canonical with { Mission = null! })),
        ["PRG002"] = (() => Build(Canonical with { Dimensions = [Canonical.Dimensions[0]], Measures = [Measure(1)] }), () => Build(Canonical with { Dimensions = [], Measures = [] })),
        ["PRG003"] = (() => Build(Canonical), () => Build(Canonical with { Dimensions = [.. Canonical.Dimensions, Canonical.Dimensions[2]] })),
        ["PRG004"] = (() => Build(Canonical), () => Build(Canonical with { Measures = [.. Canonical.Measures, Measure(21, DimensionKind.Political)] })),
        ["PRG005"] = (() => Build(Canonical), () => Build(Canonical with { Measures = [.. Canonical.Measures, Measure(23, DimensionKind.Political)] })),
        ["PRG006"] = (() => Build(FollowUp), () => Build(FollowUp with { Measures = [.. FollowUp.Measures.Select((x, i) => i == 0 ? Measure(1, DimensionKind.Operational) : x)] })),
        ["PRG007"] = (() => Build(Canonical with { Measures = [Measure(1), Measure(2, DimensionKind.Strategic), Measure(3, DimensionKind.Political)] }), () => Build(Canonical with { Measures = [Measure(1), Measure(2, DimensionKind.Strategic)] })),
        ["PRG008"] = (() => Build(Canonical), () => Build(Canonical with { Milestones = [.. Canonical.Milestones, Canonical.Milestones[6]] })),
        ["PRG009"] = (() => Build(Canonical), () => Build(Canonical with { Milestones = [.. Canonical.Milestones.Where((_, i) => i != 0)] })),
        ["PRG010"] = (() => Build(Canonical), () => Build(Canonical with { Worlds = [.. Canonical.Worlds, Canonical.Worlds[3]] })),
        ["PRG011"] = (() => Build(Canonical), () => Build(Canonical with { Audiences = [.. Canonical.Audiences, Canonical.Audiences[3]] })),
        ["PRG012"] = (() => Build(Canonical with { LaunchDate = new LocalDate(2020, 5, 7) }), () => Build(Canonical with { LaunchDate = new LocalDate(2020, 5, 6) })),
        ["PRG015"] = (() => Build(Canonical with { Milestones = [.. Canonical.Milestones.Select(m => m.Sequence == 4 ? m.Serving(new MeasureNumber(21), new MeasureNumber(1)) : m)] }), () => Build(Canonical with { Milestones = [.. Canonical.Milestones.Select(m => m.Sequence == 4 ? m.Serving(new MeasureNumber(22)) : m)] })),
        ["PRG013"] = (() => Build(AnswerableFor9(Canonical.Governance.Bodies[1])), () => Build(AnswerableFor9(new GovernanceBody(new LocalizedText("Comité opérationnel", "Operating committee"))))),
        ["PRG014"] = (() => Build(Canonical with { RequiresAnswerableBodies = true, Measures = [.. Canonical.Measures.Select(m => m.WithAnswerableBody(Canonical.Governance.Bodies[0]))] }), () => Build(AnswerableFor9(Canonical.Governance.Bodies[1]) with { RequiresAnswerableBodies = true })),
    };

    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var rule in Rules.All.Where(r => r.Kind == RuleKind.Constraint))
        {
            data.Add(rule.Code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Rule_LastValidValuePasses(string code)
    {
        Boundaries.Should().ContainKey(code, "every rule is tested at its boundary");

        Boundaries[code].LastValid.Should().NotThrow();
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Rule_FirstInvalidValueBreaksExactlyThatRule(string code)
    {
        Boundaries.Should().ContainKey(code, "every rule is tested at its boundary");

        var exception = Boundaries[code].FirstInvalid.Should().Throw<RuleViolationException>().Which;

        exception.Violations.Select(v => v.Code).Distinct().Should().Equal(code);
        exception.Message.Should().Contain(code);
    }

    private static string CanonicalJson => Domain.Serialization.ProgrammeJson.Serialize(Odd17.Programme, indented: false);

    private static void Build(ProgrammeDraft draft) => _ = Programme.Create(draft);

    /// <summary>Makes an answer holding that many levels of answers.</summary>
    private static void Nest(int levels)
    {
        var answer = new PollAnswer(Text, Percentage.Full);
        for (var i = 0; i < levels; i++)
        {
            answer = new PollAnswer(Text, Percentage.Full, [answer]);
        }
    }

    private static void ReadProgramme(string json) => Domain.Serialization.ProgrammeJson.Validate(json).ThrowIfInvalid();

    private static void ReadProgramme(string json, int maxBytes) =>
        Domain.Serialization.ProgrammeJson.Validate(json, new Domain.Serialization.DocumentReadOptions { MaxDocumentBytes = maxBytes }).ThrowIfInvalid();

    private static void ReadLedger(string programme) =>
        Domain.Serialization.LedgerJson.Validate($$"""{"kind":"ledger","schemaVersion":1,"scope":"national","programme":"{{programme}}","reports":[]}""").ThrowIfInvalid();

    private static void Ledger(params MeasureReport[] reports) => _ = LedgerFixtures.LedgerOf(reports);

    private static LocalDate Day(string iso) => LedgerFixtures.Day(iso);

    private static MeasureReport Report(int measure, string date, LifecycleStatus status) => LedgerFixtures.Report(measure, date, status);

    private static void Indicator(IndicatorPoint? target) =>
        _ = new Indicator("a", new MeasureNumber(1), Text, "u", IndicatorDirection.HigherIsBetter, new IndicatorPoint(0, Day("2020-06-01")), target);

    private static void Indicators(params Indicator[] indicators) =>
        _ = Domain.Progress.Ledger.Create(new LedgerDraft { Programme = Odd17.Programme, Indicators = [.. indicators] });

    private static void Observations(params Observation[] observations) =>
        _ = Domain.Progress.Ledger.Create(new LedgerDraft { Programme = Odd17.Programme, Indicators = [LedgerFixtures.Indicator("a", 1, 0, 1)], Observations = [.. observations] });

    private static void OwnMilestones(params int[] sequences) =>
        _ = Domain.Progress.Ledger.Create(new LedgerDraft { Programme = Odd17.Programme, Milestones = [.. sequences.Select(s => new Milestone(s, Text, MilestoneKind.Meeting, ImpreciseDate.On(Day("2021-03-18"))))] });

    private static void OwnMilestones(LocalDate day) =>
        _ = Domain.Progress.Ledger.Create(new LedgerDraft { Programme = Odd17.Programme, Milestones = [new Milestone(8, Text, MilestoneKind.Meeting, ImpreciseDate.On(day))] });

    private static void Settled(ProgressOptions settings) =>
        _ = Domain.Progress.Ledger.Create(new LedgerDraft { Programme = Odd17.Programme, RollupSettings = settings });

    private static Ledger Settled(string territory, Percentage tolerance) =>
        Domain.Progress.Ledger.Create(TerritorialLedgerOf(territory).ToDraft() with { RollupSettings = new ProgressOptions { Tolerance = tolerance } });

    private static void Plans(params int[] measures) =>
        _ = Domain.Progress.Ledger.Create(new LedgerDraft { Programme = Odd17.Programme, Plans = [.. measures.Select(m => new MeasurePlan(new MeasureNumber(m), Day("2020-06-01"), Day("2021-06-01")))] });

    private static void Mission(Person[] leaders, LocalDate delivered) =>
        _ = new Mission(Text, Text, Someone, new YearMonth(2019, 10), [.. leaders], new Contributors(default, default), new MissionReport(Text, delivered, Someone));

    private static void Poll(params PollAnswer[] answers) =>
        _ = new OpinionPoll([new Organisation("OpinionWay")], new Organisation("x"), new LocalDate(2020, 5, 7), Text, Text, [.. answers]);

    /// <summary>The canonical draft with measure 9 answerable to a body.</summary>
    private static ProgrammeDraft AnswerableFor9(GovernanceBody body) =>
        Canonical with { Measures = [.. Canonical.Measures.Select(m => m.Number.Value == 9 ? m.WithAnswerableBody(body) : m)] };
}
