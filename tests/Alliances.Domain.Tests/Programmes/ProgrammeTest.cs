using Alliances.Domain.Catalogue;
using Alliances.Domain.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Alliances.Domain.Tests.Support.Drafts;

namespace Alliances.Domain.Tests.Programmes;

public class ProgrammeTest
{
    [Fact]
    public void Create_InvalidDraft_ThrowsWithEveryViolation()
    {
        var draft = Canonical with
        {
            LaunchDate = new LocalDate(2020, 1, 1),
            Worlds = [.. Canonical.Worlds, Canonical.Worlds[0]],
        };

        var exception = FluentActions.Invoking(() => Programme.Create(draft)).Should().Throw<RuleViolationException>().Which;

        exception.Violations.Select(v => v.Code).Should().Equal("PRG010", "PRG012");
        exception.Message.Should().Contain("$.worlds[4].id: PRG010").And.Contain("$.launchDate: PRG012");
    }

    [Fact]
    public void TryCreate_ReportsInsteadOfThrowing()
    {
        Programme.TryCreate(Canonical with { Dimensions = [] }, out var programme, out var result).Should().BeFalse();
        programme.Should().BeNull();
        result.IsValid.Should().BeFalse();

        Programme.TryCreate(Canonical, out programme, out result).Should().BeTrue();
        programme.Should().Be(Odd17.Programme);
        result.IsValid.Should().BeTrue();
    }

    [Fact]
    public void Create_FollowUpProgramme_IsBuiltWithoutChangingTheLibrary()
    {
        var programme = Programme.Create(FollowUp);

        programme.Measures.Should().HaveCount(12);
        programme.Dimensions.Select(d => d.Kind).Should().Equal(DimensionKind.Strategic, DimensionKind.Political);
        programme.MeasuresIn(DimensionKind.Strategic).Select(m => m.Number.Value).Should().Equal(1, 2, 3, 4, 5, 6);
        programme.MeasuresIn(DimensionKind.Operational).Should().BeEmpty();
        programme.TryGetDimension(DimensionKind.Operational, out _).Should().BeFalse();
    }

    [Fact]
    public void Create_HoldsMeasuresInNumberOrder()
    {
        var reversed = Canonical with { Measures = ValueList.CreateRange(Canonical.Measures.Reverse()) };

        var programme = Programme.Create(reversed);

        programme.Measures.Select(m => m.Number.Value).Should().Equal(Enumerable.Range(1, 21));
        programme.Should().Be(Odd17.Programme);
    }

    [Fact]
    public void ToDraft_RoundTrips()
    {
        Programme.Create(Odd17.Programme.ToDraft()).Should().Be(Odd17.Programme);
        Odd17.Programme.ToDraft().Should().Be(Odd17.Draft);
    }

    [Fact]
    public void GetMeasure_ByNumber_FindsIt()
    {
        Odd17.Programme.GetMeasure(new MeasureNumber(9)).Title.English.Should().Be("Support strategic alliances");
        Odd17.Programme.TryGetMeasure(new MeasureNumber(22), out var missing).Should().BeFalse();
        missing.Should().BeNull();
        FluentActions.Invoking(() => Odd17.Programme.GetMeasure(new MeasureNumber(22))).Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void DimensionOf_GivesTheMeasuresDimension() =>
        Odd17.Programme.DimensionOf(Odd17.Programme.GetMeasure(new MeasureNumber(15))).Kind.Should().Be(DimensionKind.Political);

    [Fact]
    public void GetDimension_Missing_Throws() =>
        FluentActions.Invoking(() => Programme.Create(FollowUp).GetDimension(DimensionKind.Operational)).Should().Throw<KeyNotFoundException>();

    [Fact]
    public void WithMilestone_AppendsWithTheNextSequence()
    {
        var added = new Milestone(
            99,
            new LocalizedText("Rencontre territoriale à Lyon", "Territorial meeting in Lyon"),
            MilestoneKind.Meeting,
            ImpreciseDate.InMonth(new YearMonth(2020, 11), isToBeConfirmed: true),
            place: "Lyon");

        var extended = Odd17.Programme.WithMilestone(added);

        extended.Milestones.Should().HaveCount(8);
        extended.Milestones[7].Sequence.Should().Be(8);
        extended.Milestones[7].Place.Should().Be("Lyon");
        Odd17.Programme.Milestones.Should().HaveCount(7);
    }

    [Fact]
    public void Equality_DependsOnEveryPart()
    {
        var renamed = Programme.Create(Canonical with { Name = new LocalizedText("Autre nom") });

        renamed.Should().NotBe(Odd17.Programme);
        Programme.Create(Canonical).Should().Be(Odd17.Programme);
        Programme.Create(Canonical).GetHashCode().Should().Be(Odd17.Programme.GetHashCode());
    }

    [Property(MaxTest = 50)]
    public Property Create_DoesNotDependOnTheOrderOfMeasures() =>
        Prop.ForAll(
            Gen.Shuffle(Canonical.Measures.ToArray()).ToArbitrary(),
            measures => Programme.Create(Canonical with { Measures = ValueList.Create<Measure>(measures) }) == Odd17.Programme);
}
