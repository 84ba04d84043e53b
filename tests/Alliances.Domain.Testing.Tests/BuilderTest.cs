using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Alliances.Domain.Testing.Tests;

public class BuilderTest
{
    [Fact]
    public void ProgrammeBuilder_Canonical_IsTheCanonicalProgramme() =>
        ProgrammeBuilder.Canonical().Build().Should().Be(Odd17.Programme);

    [Fact]
    public void ProgrammeBuilder_TwelveMeasuresInTwoDimensions_IsValid()
    {
        var programme = ProgrammeBuilder.Canonical().WithId("follow-up").WithMeasures(12, DimensionKind.Strategic, DimensionKind.Political).Build();

        programme.Measures.Should().HaveCount(12);
        programme.MeasuresIn(DimensionKind.Strategic).Select(m => m.Number.Value).Should().Equal(1, 2, 3, 4, 5, 6);
        programme.Dimensions.Select(d => d.Kind).Should().Equal(DimensionKind.Strategic, DimensionKind.Political);
    }

    [Theory]
    [InlineData("2019-01-15")]
    [InlineData("2024-09-01")]
    public void ProgrammeBuilder_LaterOrEarlierLaunch_StaysValid(string launch)
    {
        var programme = ProgrammeBuilder.Canonical().LaunchedOn(TestData.Day(launch)).Build();

        programme.LaunchDate.Should().Be(TestData.Day(launch));
        programme.Schedule().EvaluationCheck.IsValid.Should().BeTrue();
    }

    [Fact]
    public void ProgrammeBuilder_OtherHorizons_AreKept()
    {
        var programme = ProgrammeBuilder.Canonical().WithHorizon(DimensionKind.Operational, 1, 4).WithResultsHorizon(12, 24).WithoutPoll().WithoutEvaluation().Build();

        programme.GetDimension(DimensionKind.Operational).Horizon.Should().Be(new EffectHorizon(1, 4));
        programme.ResultsHorizon.Should().Be(new EffectHorizon(12, 24));
        programme.Poll.Should().BeNull();
    }

    [Fact]
    public void ProgrammeBuilder_With_CanBreakARuleOnPurpose() =>
        RuleAssert.Throws(() => ProgrammeBuilder.Canonical().With(d => d with { Measures = [.. d.Measures.Where((_, i) => i != 3)] }).Build(), "PRG005");

    [Fact]
    public void LedgerBuilder_Default_ReportsMonthlyOnEveryMeasureForThreeYears()
    {
        var ledger = new LedgerBuilder(Odd17.Programme).Build();

        ledger.Territory.Should().BeNull();
        Enumerable.Range(1, 21).Should().OnlyContain(m => ledger.ReportsOf(new MeasureNumber(m)).Count > 10);
        ledger.Reports.Should().OnlyContain(r => r.Date >= Odd17.LaunchDate && r.Date <= Odd17.LaunchDate.PlusYears(3));
    }

    [Fact]
    public void LedgerBuilder_FollowsTheCurveAndTheLifecycle()
    {
        var curve = ProgressCurve.Linear(new LocalDate(2020, 6, 1), new LocalDate(2021, 6, 1));
        var ledger = new LedgerBuilder(Odd17.Programme).FollowingCurve(curve).Weekly().Build();

        var reports = ledger.ReportsOf(new MeasureNumber(1));
        reports.Should().OnlyContain(r => r.DeclaredProgress != null && Math.Abs(r.DeclaredProgress.Value.Points - Math.Round(curve.PointsOn(r.Date))) < 1e-9 || r.Status == LifecycleStatus.Completed);
        reports.Select(r => r.Status).Distinct().Should().Equal(LifecycleStatus.NotStarted, LifecycleStatus.InProgress, LifecycleStatus.EffectsObserved, LifecycleStatus.Completed);
        reports.Single(r => r.FirstEffectsObserved != null).Status.Should().Be(LifecycleStatus.EffectsObserved);
        reports[^1].Status.Should().Be(LifecycleStatus.Completed);
    }

    [Fact]
    public void LedgerBuilder_CancelsAndSuspendsWhenAsked()
    {
        var ledger = new LedgerBuilder(Odd17.Programme)
            .Cancelling(5, new LocalDate(2021, 1, 1))
            .Suspending(2, new LocalDate(2021, 1, 1), new LocalDate(2021, 4, 1))
            .Build();

        ledger.ReportsOf(new MeasureNumber(5))[^1].Status.Should().Be(LifecycleStatus.Cancelled);
        ledger.ReportsOf(new MeasureNumber(2)).Select(r => r.Status).Should().Contain(LifecycleStatus.Suspended);
        ledger.RollupAt(new LocalDate(2021, 2, 1)).Cancelled.Should().Equal(new MeasureNumber(5));
    }

    [Fact]
    public void LedgerBuilder_IndicatorsAndComments_AreGenerated()
    {
        var ledger = new LedgerBuilder(Odd17.Programme).WithIndicators(9, 10).WithComments(0.5).Build();

        ledger.Indicators.Select(i => i.Measure.Value).Should().Equal(9, 10);
        ledger.ObservationsOf("indicator-9").Should().NotBeEmpty();
        ledger.Reports.Count(r => r.Comment != null).Should().BePositive();
        ledger.ProgressOf(new MeasureNumber(9), new LocalDate(2021, 6, 1)).Source.Should().Be(Progress.ProgressSource.Indicators);
    }

    [Fact]
    public void LedgerBuilder_SameSeed_SameLedger_OtherSeed_OtherLedger()
    {
        LedgerBuilder Builder() => new LedgerBuilder(Odd17.Programme).WithComments(0.3).DeclaringProgress(0.7);

        Builder().WithSeed(7).Build().Should().Be(Builder().WithSeed(7).Build());
        Builder().WithSeed(7).Build().Should().NotBe(Builder().WithSeed(8).Build());
    }

    [Fact]
    public void PortfolioBuilder_BuildsOneLedgerPerTerritory_Deterministically()
    {
        var builder = new PortfolioBuilder(Odd17.Programme).WithTerritories(FrenchDepartements.Take(5)).Weighted().WithSeed(3);

        var portfolio = builder.Build();

        portfolio.Ledgers.Select(l => l.Territory!.Code.Value).Should().Equal("01", "02", "03", "04", "05");
        portfolio.Weights.Should().HaveCount(5);
        portfolio.Should().Be(builder.Build());
        LedgerJson.Deserialize(LedgerJson.Serialize(portfolio)).Portfolio.Should().Be(portfolio);
    }

    [Fact]
    public void FrenchDepartements_AreTheHundredAndOne() =>
        FrenchDepartements.All.Should().HaveCount(101).And.OnlyHaveUniqueItems(t => t.Code);

    [Property(MaxTest = 200)]
    public Property LedgerBuilder_AnySettings_GiveAValidLedger() =>
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            Gen.Choose(1, 60).ToArbitrary(),
            Gen.Choose(5, 30).ToArbitrary(),
            (seed, cadenceDays, pace) =>
            {
                var ledger = new LedgerBuilder(Odd17.Programme)
                    .ForTerritory(FrenchDepartements.All[seed % 101], Odd17.LaunchDate.PlusDays(seed % 400))
                    .Every(Period.FromDays(cadenceDays))
                    .WithPace(pace / 10.0)
                    .WithSeed(seed)
                    .WithComments(0.1)
                    .DeclaringProgress(0.8)
                    .Cancelling(1 + (seed % 21), Odd17.LaunchDate.PlusDays(seed % 900))
                    .WithIndicators(1 + (seed % 21))
                    .Build();
                return LedgerJson.Validate(LedgerJson.Serialize(ledger)).IsValid;
            });

    [Fact]
    public void LedgerBuilder_Commitments_ReachTheLedgerAndItsDocument()
    {
        var association = Actor.For(new Organisation("Association Exemple (fictive)"));
        var companies = Actor.For(Odd17.Programme.Worlds[1]);
        var ledger = new LedgerBuilder(Odd17.Programme)
            .Committing(association, 9, CommitmentRole.Lead, new LocalDate(2020, 6, 10))
            .Committing(new Commitment(companies, new MeasureNumber(9), CommitmentRole.Contributor, new LocalDate(2020, 6, 10)).Withdraw(new LocalDate(2021, 1, 1), new LocalizedText("Exemple", "Example")))
            .Build();

        ledger.LeadsOf(new MeasureNumber(9), new LocalDate(2020, 7, 1)).Should().Equal(association);
        ledger.ContributorsOf(new MeasureNumber(9), new LocalDate(2020, 12, 31)).Should().Equal(companies);
        ledger.ContributorsOf(new MeasureNumber(9), new LocalDate(2021, 1, 1)).Should().BeEmpty();
        LedgerJson.Deserialize(LedgerJson.Serialize(ledger)).Ledger.Should().Be(ledger);
    }

    [Fact]
    public void LedgerBuilder_TerritoryMilestones_AreNumberedOnFromTheBase_AndReachTheDocument()
    {
        var nord = new Territory(new TerritoryCode("59"), "Nord", TerritoryLevel.Departement);
        var ledger = new LedgerBuilder(Odd17.Programme)
            .ForTerritory(nord)
            .AddingMilestone(new LocalizedText("Forum du Nord (exemple fictif)", "Nord forum (invented example)"), ImpreciseDate.InMonth(new YearMonth(2020, 11)), MilestoneKind.Meeting, 9, 12)
            .AddingMilestone(new LocalizedText("Bilan (exemple fictif)", "Review (invented example)"), ImpreciseDate.On(new LocalDate(2021, 3, 18)))
            .Build();

        ledger.Milestones.Select(m => m.Sequence).Should().Equal(8, 9);
        ledger.Milestones[0].Serves.Should().Equal(new MeasureNumber(9), new MeasureNumber(12));
        ledger.Milestones[1].Kind.Should().Be(MilestoneKind.Meeting);
        LedgerJson.Deserialize(LedgerJson.Serialize(ledger)).Ledger.Should().Be(ledger);
    }

    [Fact]
    public void LedgerBuilder_AMilestoneAsItIs_IsCheckedWhenTheLedgerIsBuilt()
    {
        var builder = new LedgerBuilder(Odd17.Programme)
            .AddingMilestone(new Milestone(9, new LocalizedText("Forum", "Forum"), MilestoneKind.Meeting, ImpreciseDate.On(new LocalDate(2020, 11, 5))));

        Ledger.Validate(builder.BuildDraft()).Codes.Should().Equal("LED009");
        FluentActions.Invoking(() => builder.AddingMilestone(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void LedgerBuilder_SecondLead_IsRefusedUnlessCoLeadsAreAllowed()
    {
        var builder = new LedgerBuilder(Odd17.Programme)
            .Committing(Actor.For(new Organisation("Association Exemple (fictive)")), 9, CommitmentRole.Lead, new LocalDate(2020, 6, 10))
            .Committing(Actor.For(new Organisation("Fondation Exemple (fictive)")), 9, CommitmentRole.Lead, new LocalDate(2020, 9, 1));

        Ledger.Validate(builder.BuildDraft()).Codes.Should().Equal("COM004");
        builder.AllowingCoLeads().Build().LeadsOf(new MeasureNumber(9), new LocalDate(2020, 9, 1)).Should().HaveCount(2);
    }

    [Fact]
    public void ProgrammeBuilder_AnswerableBodies_AreTheCommitteesAndRequiredOfEveryMeasure()
    {
        var committee = Odd17.Programme.Governance;
        var builder = ProgrammeBuilder.Canonical()
            .WithAnswerableBody(committee.Bodies[1], 1, 2, 3, 4, 5, 6, 7)
            .WithAnswerableBody(committee.Bodies[0], 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)
            .RequiringAnswerableBodies();

        Programme.Validate(builder.Draft).Codes.Should().Equal("PRG014");
        var programme = builder.WithAnswerableBody(committee.Bodies[0], 21).Build();

        programme.GetMeasure(new MeasureNumber(3)).AnswerableBody.Should().Be(committee.Bodies[1]);
        programme.GetMeasure(new MeasureNumber(21)).AnswerableBody.Should().Be(committee.Bodies[0]);
        ProgrammeJson.Deserialize(ProgrammeJson.Serialize(programme)).Should().Be(programme);
        ProgrammeJson.Serialize(programme, indented: false).Should().StartWith("{\"kind\":\"programme\",\"schemaVersion\":2,");
    }
}
