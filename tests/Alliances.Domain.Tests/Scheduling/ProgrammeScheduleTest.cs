using Alliances.Domain.Catalogue;
using Alliances.Domain.Scheduling;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using NodaTime;
using static Alliances.Domain.Tests.Support.Drafts;

namespace Alliances.Domain.Tests.Scheduling;

public class ProgrammeScheduleTest
{
    private static readonly ProgrammeSchedule Canonical = Odd17.Programme.Schedule();

    [Fact]
    public void Windows_OfTheCanonicalProgramme_AreTheHandWorkedOnes()
    {
        Span(Canonical.WindowOf(DimensionKind.Operational)).Should().Be((new LocalDate(2020, 8, 7), new LocalDate(2021, 2, 7)));
        Span(Canonical.WindowOf(DimensionKind.Strategic)).Should().Be((new LocalDate(2020, 11, 7), new LocalDate(2021, 5, 7)));
        Span(Canonical.WindowOf(DimensionKind.Political)).Should().Be((new LocalDate(2021, 5, 7), new LocalDate(2021, 11, 7)));
        Span(Canonical.ResultsWindow).Should().Be((new LocalDate(2021, 11, 7), new LocalDate(2023, 5, 7)));
        Canonical.LaunchDate.Should().Be(new LocalDate(2020, 5, 7));
        Canonical.DimensionWindows.Select(w => w.Dimension.Kind).Should().Equal(DimensionKind.Operational, DimensionKind.Strategic, DimensionKind.Political);
    }

    [Fact]
    public void WindowOf_Measure_IsItsDimensionsWindow() =>
        Canonical.WindowOf(new MeasureNumber(9)).Should().BeSameAs(Canonical.WindowOf(DimensionKind.Strategic));

    [Fact]
    public void WindowOf_MissingDimension_Throws() =>
        FluentActions.Invoking(() => Programme.Create(FollowUp).Schedule().WindowOf(DimensionKind.Operational)).Should().Throw<KeyNotFoundException>();

    [Fact]
    public void Schedule_FromALaterLaunch_ShiftsTheWindowsWithoutRebuildingTheProgramme()
    {
        var territory = Odd17.Programme.Schedule(new LocalDate(2021, 1, 31));

        territory.Programme.Should().BeSameAs(Odd17.Programme);
        Span(territory.WindowOf(DimensionKind.Operational)).Should().Be((new LocalDate(2021, 4, 30), new LocalDate(2021, 10, 31)));
        Span(territory.WindowOf(DimensionKind.Strategic)).Should().Be((new LocalDate(2021, 7, 31), new LocalDate(2022, 1, 31)));
        Span(territory.ResultsWindow).Should().Be((new LocalDate(2022, 7, 31), new LocalDate(2024, 1, 31)));
    }

    [Fact]
    public void EvaluationCheck_CanonicalProgramme_IsValid() => Canonical.EvaluationCheck.IsValid.Should().BeTrue();

    [Fact]
    public void EvaluationCheck_LaunchOnTheLastDayOf2022_IsTheLastValidLaunch() =>
        Odd17.Programme.Schedule(new LocalDate(2022, 12, 31)).EvaluationCheck.IsValid.Should().BeTrue();

    [Fact]
    public void EvaluationCheck_LaunchAfter2022_BreaksEVA002()
    {
        var check = Odd17.Programme.Schedule(new LocalDate(2023, 1, 1)).EvaluationCheck;

        var violation = check.Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be("EVA002");
        violation.Path.Should().Be("$.evaluation.when");
    }

    [Fact]
    public void EvaluationCheck_ResultsWindowEndingOnNewYearsDay2022_IsTheLastValidEnd()
    {
        // Results at 6–20 months: launched on 1 May 2020 the window ends on 1 January 2022, the evaluation's first possible day.
        var programme = Programme.Create(Drafts.Canonical with { ResultsHorizon = new EffectHorizon(6, 20) });

        var lastValid = programme.Schedule(new LocalDate(2020, 5, 1));
        var firstInvalid = programme.Schedule(new LocalDate(2020, 4, 30));

        lastValid.ResultsWindow.End.Should().Be(new LocalDate(2022, 1, 1));
        lastValid.EvaluationCheck.IsValid.Should().BeTrue();
        firstInvalid.ResultsWindow.End.Should().Be(new LocalDate(2021, 12, 30));
        firstInvalid.EvaluationCheck.Codes.Should().Equal("EVA002");
    }

    [Fact]
    public void Validate_EvaluationBeforeLaunch_BreaksEVA002()
    {
        var draft = Drafts.Canonical with
        {
            Evaluation = new PlannedEvaluation(ImpreciseDate.InYear(2019), new LocalizedText("x"), Period.FromYears(1)),
        };

        Expect.Codes(Programme.Validate(draft), "EVA002");
    }

    [Fact]
    public void Validate_WindowsBeyond9999_BreakSCH008()
    {
        var draft = Drafts.Canonical with { LaunchDate = new LocalDate(9998, 1, 1), Evaluation = null };

        var violation = Programme.Validate(draft).Violations.Should().ContainSingle().Which;
        violation.Code.Should().Be("SCH008");
        violation.Path.Should().Be("$.launchDate");
    }

    public static TheoryData<int, string, ScheduleStatus> WalkWithoutEffects => new()
    {
        // Operational: 2020-08-07 to 2021-02-07.
        { 1, "2020-08-06", ScheduleStatus.NotDue },
        { 1, "2020-08-07", ScheduleStatus.Due },
        { 1, "2021-02-07", ScheduleStatus.Due },
        { 1, "2021-02-08", ScheduleStatus.Overdue },
        // Strategic: 2020-11-07 to 2021-05-07.
        { 9, "2020-11-06", ScheduleStatus.NotDue },
        { 9, "2020-11-07", ScheduleStatus.Due },
        { 9, "2021-05-07", ScheduleStatus.Due },
        { 9, "2021-05-08", ScheduleStatus.Overdue },
        // Political: 2021-05-07 to 2021-11-07.
        { 18, "2021-05-06", ScheduleStatus.NotDue },
        { 18, "2021-05-07", ScheduleStatus.Due },
        { 18, "2021-11-07", ScheduleStatus.Due },
        { 18, "2021-11-08", ScheduleStatus.Overdue },
    };

    [Theory]
    [MemberData(nameof(WalkWithoutEffects))]
    public void StatusOf_WithoutEffects_WalksAcrossTheWindow(int measure, string asOf, ScheduleStatus expected)
    {
        var status = Canonical.StatusOf(new MeasureNumber(measure), Day(asOf));

        status.Status.Should().Be(expected);
        status.Rule.Should().Be(expected.Rule());
        status.FirstEffects.Should().BeNull();
    }

    public static TheoryData<int, string, ScheduleStatus> WalkWithEffects => new()
    {
        { 1, "2020-08-06", ScheduleStatus.Early },
        { 1, "2020-08-07", ScheduleStatus.OnTime },
        { 1, "2021-02-07", ScheduleStatus.OnTime },
        { 1, "2021-02-08", ScheduleStatus.Late },
        { 9, "2020-11-06", ScheduleStatus.Early },
        { 9, "2020-11-07", ScheduleStatus.OnTime },
        { 9, "2021-05-07", ScheduleStatus.OnTime },
        { 9, "2021-05-08", ScheduleStatus.Late },
        { 18, "2021-05-06", ScheduleStatus.Early },
        { 18, "2021-05-07", ScheduleStatus.OnTime },
        { 18, "2021-11-07", ScheduleStatus.OnTime },
        { 18, "2021-11-08", ScheduleStatus.Late },
    };

    [Theory]
    [MemberData(nameof(WalkWithEffects))]
    public void StatusOf_WithEffects_ClassifiesTheirDay(int measure, string effects, ScheduleStatus expected)
    {
        var status = Canonical.StatusOf(new MeasureNumber(measure), new LocalDate(2023, 1, 1), Day(effects));

        status.Status.Should().Be(expected);
        status.FirstEffects.Should().Be(Day(effects));
        Span(status.Window).Should().Be(Span(Canonical.WindowOf(new MeasureNumber(measure))));
    }

    [Fact]
    public void StatusOf_EffectsRecordedAfterTheDate_AreNotYetKnown()
    {
        var status = Canonical.StatusOf(new MeasureNumber(1), new LocalDate(2020, 9, 1), new LocalDate(2020, 9, 2));

        status.Status.Should().Be(ScheduleStatus.Due);
        status.FirstEffects.Should().BeNull();
        Canonical.StatusOf(new MeasureNumber(1), new LocalDate(2020, 9, 2), new LocalDate(2020, 9, 2)).Status.Should().Be(ScheduleStatus.OnTime);
    }

    [Fact]
    public void StatusesAt_GivesEveryMeasureAndTheCountPerStatus()
    {
        var effects = new Dictionary<MeasureNumber, LocalDate>
        {
            [new MeasureNumber(1)] = new(2020, 7, 1),
            [new MeasureNumber(2)] = new(2020, 9, 15),
            [new MeasureNumber(8)] = new(2020, 12, 1),
        };

        var snapshot = Canonical.StatusesAt(new LocalDate(2021, 3, 1), effects);

        snapshot.AsOf.Should().Be(new LocalDate(2021, 3, 1));
        snapshot.Statuses.Should().HaveCount(21);
        snapshot.StatusOf(new MeasureNumber(1)).Status.Should().Be(ScheduleStatus.Early);
        snapshot.StatusOf(new MeasureNumber(2)).Status.Should().Be(ScheduleStatus.OnTime);
        snapshot.StatusOf(new MeasureNumber(3)).Status.Should().Be(ScheduleStatus.Overdue);
        snapshot.StatusOf(new MeasureNumber(8)).Status.Should().Be(ScheduleStatus.OnTime);
        snapshot.StatusOf(new MeasureNumber(9)).Status.Should().Be(ScheduleStatus.Due);
        snapshot.StatusOf(new MeasureNumber(15)).Status.Should().Be(ScheduleStatus.NotDue);
        snapshot.CountOf(ScheduleStatus.Early).Should().Be(1);
        snapshot.CountOf(ScheduleStatus.OnTime).Should().Be(2);
        snapshot.CountOf(ScheduleStatus.Overdue).Should().Be(5);
        snapshot.CountOf(ScheduleStatus.Due).Should().Be(6);
        snapshot.CountOf(ScheduleStatus.NotDue).Should().Be(7);
        snapshot.CountOf(ScheduleStatus.Late).Should().Be(0);
        snapshot.Counts.Sum(c => c.Count).Should().Be(21);
        FluentActions.Invoking(() => snapshot.StatusOf(new MeasureNumber(22))).Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void StatusesAt_AnswersForTheLastMeasureAndRefusesAStatusThatDoesNotExist()
    {
        var snapshot = Canonical.StatusesAt(new LocalDate(2021, 3, 1), new Dictionary<MeasureNumber, LocalDate>());

        snapshot.TryGetStatusOf(new MeasureNumber(21), out var last).Should().BeTrue();
        last.Measure.Should().Be(new MeasureNumber(21));
        last.Status.Should().Be(ScheduleStatus.NotDue);
        snapshot.TryGetStatusOf(new MeasureNumber(22), out _).Should().BeFalse();
        FluentActions.Invoking(() => snapshot.CountOf((ScheduleStatus)99)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void StatusRules_AreTheComputationsSCH002ToSCH007()
    {
        Enum.GetValues<ScheduleStatus>().Select(s => s.Rule().Code).Should().Equal("SCH002", "SCH003", "SCH004", "SCH005", "SCH006", "SCH007");
        Enum.GetValues<ScheduleStatus>().Should().OnlyContain(s => s.Rule().Kind == RuleKind.Computation);
        Enum.GetValues<ScheduleStatus>().Where(s => s.HasEffects()).Should().Equal(ScheduleStatus.Early, ScheduleStatus.OnTime, ScheduleStatus.Late);
    }

    private static (LocalDate Start, LocalDate End) Span(DateInterval interval) => (interval.Start, interval.End);

    private static LocalDate Day(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
