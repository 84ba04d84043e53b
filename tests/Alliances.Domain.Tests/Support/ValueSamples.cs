using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Scheduling;
using Alliances.Domain.Serialization;
using Alliances.Domain.Testing;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Tests.Support;

/// <summary>
/// Sample values of every public value type and record of the library, for the equality contract: each sample makes
/// a value afresh on every call, so that two calls give equal values that are distinct instances, and makes a value
/// different from it. For an ordered type, the different value is the greater.
/// </summary>
internal static class ValueSamples
{
    private static readonly LocalDate Day = new(2021, 3, 1);
    private static readonly LocalDate Launch = Odd17.LaunchDate;
    private static readonly string CanonicalJson = ProgrammeJson.Serialize(Odd17.Programme);
    private static readonly LocalizedText Twice = new("La mesure 4 apparaît deux fois.", "Measure 4 appears twice.");

    /// <summary>Gets the samples by type; a generic type by its definition.</summary>
    public static IReadOnlyDictionary<Type, ValueSample> ByType { get; } = All().ToDictionary(s => s.Key);

    private static IEnumerable<ValueSample> All()
    {
        // Quantities, numbers and codes.
        yield return Ordered(() => new MeasureNumber(9), () => new MeasureNumber(10));
        yield return Ordered(() => new Percentage(12.5), () => new Percentage(81));
        yield return Ordered(() => new TerritoryCode("2A"), () => new TerritoryCode("59"));
        yield return Ordered(() => new Rule("PRG004", "Measure numbers are unique.", "Les numéros de mesure sont uniques."), () => Rules.MeasureNumbersContiguous);
        yield return Sample(() => ApproximateCount.About(100), () => ApproximateCount.Exactly(100));
        yield return Sample(() => new EffectHorizon(3, 9), () => new EffectHorizon(3, 12));
        yield return Sample(() => new ProgrammeId("odd17-2020"), () => new ProgrammeId("odd17-2021"));
        yield return Sample(() => new LocalizedText("Pilotage", "Steering"), () => new LocalizedText("Pilotage"));
        yield return Sample<ValueList<MeasureNumber>>(() => [new MeasureNumber(1), new MeasureNumber(2)], () => [new MeasureNumber(2), new MeasureNumber(1)]);

        // Dates: the abstract record compares across its cases.
        yield return Sample<ImpreciseDate>(() => ImpreciseDate.InMonth(new YearMonth(2020, 6)), () => ImpreciseDate.InPartOf(new YearMonth(2020, 6), MonthPart.Early));
        yield return Sample(() => ImpreciseDate.On(Day), () => ImpreciseDate.On(Day, isToBeConfirmed: true));
        yield return Sample(() => ImpreciseDate.Between(Day, Day.PlusDays(1)), () => ImpreciseDate.Between(Day, Day.PlusDays(2)));
        yield return Sample(() => ImpreciseDate.InPartOf(new YearMonth(2020, 6), MonthPart.Early), () => ImpreciseDate.InPartOf(new YearMonth(2020, 6), MonthPart.Late));
        yield return Sample(() => ImpreciseDate.InMonth(new YearMonth(2020, 6)), () => ImpreciseDate.InMonth(new YearMonth(2020, 7)));
        yield return Sample(() => ImpreciseDate.InYear(2022), () => ImpreciseDate.InYear(2022, isToBeConfirmed: true));

        // The programme and its parts, read afresh from the canonical document.
        yield return Sample(Canonical, () => ProgrammeBuilder.Canonical().WithId("odd17-follow-up").Build());
        yield return Sample(() => Canonical().ToDraft(), () => Canonical().ToDraft() with { LaunchDate = Launch.PlusDays(1) });
        yield return Sample(() => Canonical().Measures[0], () => Canonical().Measures[1]);
        yield return Sample(() => Canonical().Dimensions[0], () => Canonical().Dimensions[1]);
        yield return Sample(() => Canonical().Milestones[0], () => Canonical().Milestones[1]);
        yield return Sample(() => Canonical().Governance, () =>
        {
            var committee = Canonical().Governance;
            return new FollowUpCommittee(committee.Name, committee.Purpose, [committee.Bodies[0]]);
        });
        yield return Sample(() => Canonical().Governance.Bodies[0], () => Canonical().Governance.Bodies[1]);
        yield return Sample(() => Canonical().Mission, () =>
        {
            var mission = Canonical().Mission;
            return new Mission(mission.Title, mission.Subject, mission.CommissionedBy, mission.Commissioned.PlusMonths(1), mission.LedBy, mission.Contributors, mission.Report);
        });
        yield return Sample(() => Canonical().Mission.Report, () =>
        {
            var report = Canonical().Mission.Report;
            return new MissionReport(report.Title, Day, report.DeliveredTo);
        });
        yield return Sample(() => Canonical().Mission.Contributors, () => new Contributors(ApproximateCount.Exactly(1), ApproximateCount.Exactly(2)));
        yield return Sample(() => Canonical().Mission.CommissionedBy, () => Canonical().Mission.LedBy[0]);
        yield return Sample(() => Canonical().Source!, () =>
        {
            var source = Canonical().Source!;
            return new SourceDocument(source.Title, source.Publisher, Day);
        });
        yield return Sample(() => Canonical().Source!.Publisher, () => new Organisation("Ipsos"));
        yield return Sample(() => Canonical().Evaluation!, () =>
        {
            var evaluation = Canonical().Evaluation!;
            return new PlannedEvaluation(evaluation.When, evaluation.Purpose, Period.FromYears(1));
        });
        yield return Sample(() => Canonical().Worlds[0], () => Canonical().Worlds[1]);
        yield return Sample(() => Canonical().Audiences[0], () => Canonical().Audiences[1]);
        yield return Sample(() => Canonical().Poll!, () =>
        {
            var poll = Canonical().Poll!;
            return new OpinionPoll(poll.Pollsters, poll.CommissionedBy, Day, poll.Population, poll.Question, poll.Answers);
        });
        yield return Sample(() => Canonical().Poll!.Answers[0], () => Canonical().Poll!.Answers[1]);
        yield return Sample(
            () => new MilestoneDateChange(ImpreciseDate.InMonth(new YearMonth(2020, 6)), MilestoneDateChangeKind.Rescheduled, "Covid-19"),
            () => new MilestoneDateChange(ImpreciseDate.InMonth(new YearMonth(2020, 6)), MilestoneDateChangeKind.Rescheduled, "Travaux"));
        yield return Sample(() => new Territory(new TerritoryCode("2A"), "Corse-du-Sud", TerritoryLevel.Departement), () => new Territory(new TerritoryCode("2B"), "Haute-Corse", TerritoryLevel.Departement));

        // Ledgers and what they hold.
        // A ledger compares every part it holds: one sample differs in each.
        yield return Sample(
            () => LedgerOf(seed: 1),
            () => LedgerOf(seed: 2),
            () => Ledger.Create(DraftOf(seed: 1) with { Territory = FrenchDepartements.All[1] }),
            () => Ledger.Create(DraftOf(seed: 1) with { Plans = [new MeasurePlan(new MeasureNumber(3), Launch, Day)] }),
            () => Changed(draft => draft with { Reports = [.. draft.Reports.Select(OtherComment)] }),
            () => Changed(draft => draft with { Observations = [.. draft.Observations.Select(OtherValue)] }),
            () => Ledger.Create(DraftOf(seed: 1) with { Commitments = [ACommitment()] }),
            () => Ledger.Create(DraftOf(seed: 1) with { Commitments = [ACommitment()], AllowsCoLeads = true }));
        yield return Sample(() => DraftOf(seed: 1), () => DraftOf(seed: 2));
        yield return Sample(() => DraftOf(seed: 1).Reports[0], () => DraftOf(seed: 1).Reports[1]);
        // Who does what: the actor's cases compare across one another, a commitment on each of its parts.
        yield return Sample<Actor>(() => Actor.For(new Organisation("Le RAMEAU")), () => Actor.For(Canonical().Worlds[0]), () => Actor.For(FrenchDepartements.All[0], Canonical().Governance.Bodies[1]));
        yield return Sample(() => Actor.For(new Organisation("Le RAMEAU")), () => Actor.For(new Organisation("Ipsos")));
        yield return Sample(() => Actor.For(Canonical().Worlds[0]), () => Actor.For(Canonical().Worlds[1]));
        yield return Sample(
            () => Actor.For(FrenchDepartements.All[0], Canonical().Governance.Bodies[1]),
            () => Actor.For(FrenchDepartements.All[1], Canonical().Governance.Bodies[1]),
            () => Actor.For(FrenchDepartements.All[0], Canonical().Governance.Bodies[0]));
        yield return Sample(
            ACommitment,
            () => new Commitment(Actor.For(new Organisation("Ipsos")), new MeasureNumber(9), CommitmentRole.Lead, Launch),
            () => new Commitment(Actor.For(new Organisation("Le RAMEAU")), new MeasureNumber(10), CommitmentRole.Lead, Launch),
            () => new Commitment(Actor.For(new Organisation("Le RAMEAU")), new MeasureNumber(9), CommitmentRole.Contributor, Launch),
            () => new Commitment(Actor.For(new Organisation("Le RAMEAU")), new MeasureNumber(9), CommitmentRole.Lead, Launch.PlusDays(1)),
            () => new Commitment(Actor.For(new Organisation("Le RAMEAU")), new MeasureNumber(9), CommitmentRole.Lead, Launch, Day),
            () => ACommitment().Withdraw(Day, new LocalizedText("Fin", "End")));
        yield return Sample(() => new Withdrawal(Day, new LocalizedText("Fin", "End")), () => new Withdrawal(Day.PlusDays(1), new LocalizedText("Fin", "End")), () => new Withdrawal(Day, new LocalizedText("Fin")));
        yield return Sample(() => new MeasurePlan(new MeasureNumber(3), Launch, Day), () => new MeasurePlan(new MeasureNumber(3), Launch, Day.PlusDays(1)));
        yield return Sample(
            () => new Indicator("visits", new MeasureNumber(9), new LocalizedText("Visites"), "visits", IndicatorDirection.HigherIsBetter, new IndicatorPoint(0, Launch), new IndicatorPoint(100, Day)),
            () => new Indicator("visits", new MeasureNumber(9), new LocalizedText("Visites"), "visits", IndicatorDirection.HigherIsBetter, new IndicatorPoint(0, Launch), new IndicatorPoint(100, Day), weight: 2));
        yield return Sample(() => new IndicatorPoint(12.5, Day), () => new IndicatorPoint(12.5, Day.PlusDays(1)));
        yield return Sample(() => new Observation("visits", Day, 40), () => new Observation("visits", Day, 41));

        // Progress: options, weights and the figures a rollup gives.
        yield return Sample(() => new ProgressOptions(), () => new ProgressOptions { Tolerance = new Percentage(5) });
        yield return Sample(() => new MeasureWeight(new MeasureNumber(3), 2), () => new MeasureWeight(new MeasureNumber(3), 2.5));
        yield return Sample(() => new DimensionWeight(DimensionKind.Political, 2), () => new DimensionWeight(DimensionKind.Strategic, 2));
        yield return Sample(() => new TerritoryWeight(new TerritoryCode("2A"), 2), () => new TerritoryWeight(new TerritoryCode("2B"), 2));
        yield return Sample(() => Rollup(), () => Rollup(Day.PlusMonths(1)), () => LedgerOf(seed: 1).RollupAt(Day, new ProgressOptions { Tolerance = new Percentage(1) }));
        yield return Sample(() => Rollup().GetMeasure(new MeasureNumber(1)), () => Rollup().GetMeasure(new MeasureNumber(2)));
        yield return Sample(() => Rollup().GetDimension(DimensionKind.Operational), () => Rollup().GetDimension(DimensionKind.Strategic));
        yield return Sample(() => Rollup().ScheduleCounts[0], () => Rollup().ScheduleCounts[1]);
        yield return Sample(() => LedgerOf(seed: 1).ChangeBetween(new MeasureNumber(1), Launch, Day), () => LedgerOf(seed: 1).ChangeBetween(new MeasureNumber(1), Launch, Day.PlusDays(40)));
        yield return Sample(() => LedgerOf(seed: 1).ForecastCompletion(new MeasureNumber(1), Day), () => LedgerOf(seed: 1).ForecastCompletion(new MeasureNumber(2), Day));
        yield return Sample(
            () => PortfolioOf(seed: 1),
            () => PortfolioOf(seed: 2),
            () => new PortfolioBuilder(Odd17.Programme).WithTerritories(FrenchDepartements.Take(3)).WithSeed(1).Build());
        yield return Sample(() => PortfolioOf(seed: 1).ToDraft(), () => PortfolioOf(seed: 1).ToDraft() with { Weights = [] });
        yield return Sample(() => National(), () => National(Day.PlusMonths(1)));
        yield return Sample(() => National().Ranking[0], () => National().Ranking[1]);
        yield return Sample(() => National().Dimensions[0], () => National().Dimensions[1]);
        yield return Sample(() => National().Measures[0], () => National().Measures[1]);

        // Scheduling.
        yield return Sample(() => Canonical().Schedule().StatusesAt(Day), () => Canonical().Schedule().StatusesAt(Day.PlusDays(1)));
        yield return Sample(() => Canonical().Schedule().DimensionWindows[0], () => Canonical().Schedule().DimensionWindows[1]);
        yield return Sample(() => Canonical().Schedule().StatusOf(new MeasureNumber(1), Day), () => Canonical().Schedule().StatusOf(new MeasureNumber(2), Day));

        // Views.
        yield return Sample(() => ProgressView.Of(PortfolioOf(seed: 1), Day), () => ProgressView.Of(PortfolioOf(seed: 1), Day.PlusDays(1)), () => ProgressView.Of(PortfolioOf(seed: 2), Day), () => ProgressView.Of(LedgerOf(seed: 1), Day));
        yield return Sample(() => ProgressView.Of(LedgerOf(seed: 1), Day).Ledgers[0], () => ProgressView.Of(LedgerOf(seed: 2), Day).Ledgers[0]);
        yield return Sample(() => ProgressView.Of(LedgerOf(seed: 1), Day).Ledgers[0].Measures[0], () => ProgressView.Of(LedgerOf(seed: 1), Day).Ledgers[0].Measures[1]);
        yield return Sample(() => ScheduleView.Of(Canonical().Schedule(), Day), () => ScheduleView.Of(Canonical().Schedule(), Day.PlusDays(1)), () => ScheduleView.Of(LedgerOf(seed: 1), Day));
        yield return Sample(() => ScheduleView.Of(Canonical().Schedule(), Day).Milestones[0], () => ScheduleView.Of(Canonical().Schedule(), Day).Milestones[1]);

        // Validation and reading.
        yield return Sample(
            () => new RuleViolation(Rules.MeasureNumbersUnique, Twice, "$.measures[4]"),
            () => new RuleViolation(Rules.MeasureNumbersUnique, Twice, "$.measures[5]"),
            () => new RuleViolation(Rules.MeasureNumbersUnique, new LocalizedText("Le numéro 4 apparaît deux fois.", "Measure 4 appears twice."), "$.measures[4]"));
        yield return Sample(() => new ValidationResult([new RuleViolation(Rules.MeasureNumbersUnique, Twice, "$.measures[4]")]), () => ValidationResult.Valid);
        yield return Sample(() => new DocumentReadOptions(), () => new DocumentReadOptions { MaxDocumentBytes = 1024 });
    }

    private static Programme Canonical() => ProgrammeJson.Deserialize(CanonicalJson);

    private static LedgerDraft DraftOf(int seed) =>
        new LedgerBuilder(Odd17.Programme).ForTerritory(FrenchDepartements.All[0]).WithIndicators(9).WithComments(0.5).WithSeed(seed).BuildDraft();

    private static MeasureReport OtherComment(MeasureReport report) =>
        report.Comment is null
            ? report
            : new MeasureReport(report.Measure, report.Date, report.Status, report.DeclaredProgress, report.Health, report.Comment + "!", report.NextUpdateDue, report.FirstEffectsObserved);

    private static Observation OtherValue(Observation observation, int index) =>
        index == 0 ? new Observation(observation.Indicator, observation.Date, observation.Value + 1) : observation;

    private static Ledger LedgerOf(int seed) => Ledger.Create(DraftOf(seed));

    private static Ledger Changed(Func<LedgerDraft, LedgerDraft> change) => Ledger.Create(change(DraftOf(seed: 1)));

    private static ProgrammeProgress Rollup(LocalDate? asOf = null) => LedgerOf(seed: 1).RollupAt(asOf ?? Day);

    private static Portfolio PortfolioOf(int seed) =>
        new PortfolioBuilder(Odd17.Programme).WithTerritories(FrenchDepartements.Take(3)).Weighted().WithSeed(seed).Build();

    private static PortfolioProgress National(LocalDate? asOf = null) => PortfolioOf(seed: 1).RollupAt(asOf ?? Day);

    private static Commitment ACommitment() => new(Actor.For(new Organisation("Le RAMEAU")), new MeasureNumber(9), CommitmentRole.Lead, Launch);

    private static ValueSample Sample<T>(Func<T> make, params Func<T>[] different)
        where T : IEquatable<T> => new ValueSample<T>(make, different);

    private static ValueSample Ordered<T>(Func<T> make, Func<T> greater)
        where T : IEquatable<T>, IComparable<T> => new OrderedValueSample<T>(make, [greater]);
}

/// <summary>A sample of one type: how to make a value, an equal one and a different one.</summary>
internal abstract class ValueSample
{
    /// <summary>Gets the type sampled; a generic type by its definition.</summary>
    public abstract Type Key { get; }

    /// <summary>Gets a value indicating whether the sample checks the type's ordering too.</summary>
    public abstract bool ChecksOrdering { get; }

    /// <summary>Asserts that the type keeps the equality contract, and the ordering contract when it checks it.</summary>
    public abstract void HoldsTheContract();

    /// <summary>Asserts that a struct's <c>default</c> keeps the equality contract, against a sample that differs from it.</summary>
    public abstract void DefaultHoldsTheContract();
}

/// <summary>A sample of a type with equality.</summary>
internal class ValueSample<T>(Func<T> make, Func<T>[] different) : ValueSample
    where T : IEquatable<T>
{
    public override Type Key => typeof(T).IsGenericType ? typeof(T).GetGenericTypeDefinition() : typeof(T);

    public override bool ChecksOrdering => false;

    protected Func<T> Make { get; } = make;

    protected Func<T>[] Different { get; } = different;

    public override void HoldsTheContract() => EqualityAssert.Holds(Make(), Make(), [.. Different.Select(d => d())]);

    public override void DefaultHoldsTheContract()
    {
        typeof(T).IsValueType.Should().BeTrue("only a struct has a default that is not null");
        var value = Make();
        var other = value.Equals(default(T)!) ? Different[0]() : value;
        EqualityAssert.Holds(default(T)!, default(T)!, other);
    }
}

/// <summary>A sample of an ordered type, whose different value is the greater.</summary>
internal sealed class OrderedValueSample<T>(Func<T> make, Func<T>[] greater) : ValueSample<T>(make, greater)
    where T : IEquatable<T>, IComparable<T>
{
    public override bool ChecksOrdering => true;

    public override void HoldsTheContract()
    {
        base.HoldsTheContract();
        EqualityAssert.HoldsOrdering(Make(), Make(), Different[0]());
    }
}
