using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;
using NodaTime;
using static Alliances.Domain.Tests.Support.Drafts;

namespace Alliances.Domain.Tests.Programmes;

public class ProgrammeRulesTest
{
    private static readonly ImpreciseDate SomeDay = ImpreciseDate.On(new LocalDate(2020, 7, 8));

    private static Milestone MilestoneNumber(int sequence) =>
        new(sequence, new LocalizedText($"Étape {sequence}"), MilestoneKind.Meeting, SomeDay);

    [Fact]
    public void Validate_CanonicalDraft_IsValid() => Programme.Validate(Canonical).IsValid.Should().BeTrue();

    [Fact]
    public void Validate_FollowUpOfTwelveMeasuresInTwoDimensions_IsValid() =>
        Programme.Validate(FollowUp).IsValid.Should().BeTrue();

    [Fact]
    public void Validate_SingleMeasureInSingleDimension_IsValid() =>
        Programme.Validate(Canonical with { Dimensions = [Canonical.Dimensions[0]], Measures = [Measure(1)] }).IsValid.Should().BeTrue();

    [Fact]
    public void Validate_MissingParts_BreakPRG001WithTheirPaths()
    {
        var draft = Canonical with { Id = null!, Name = null!, Mission = null!, Governance = null! };

        var result = Programme.Validate(draft);

        result.Violations.Select(v => (v.Code, v.Path)).Should().BeEquivalentTo(new[]
        {
            ("PRG001", "$.id"),
            ("PRG001", "$.name"),
            ("PRG001", "$.mission"),
            ("PRG001", "$.governance"),
        });
    }

    [Fact]
    public void Validate_NullElementInList_BreaksPRG001AtItsIndex()
    {
        var draft = Canonical with { Worlds = [.. Canonical.Worlds.Select((x, i) => i == 2 ? null! : x)] };

        var violation = Programme.Validate(draft).Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be("PRG001");
        violation.Path.Should().Be("$.worlds[2]");
    }

    [Fact]
    public void Validate_NoDimension_BreaksPRG002()
    {
        var result = Programme.Validate(Canonical with { Dimensions = [] });

        result.Violations.Should().Contain(v => v.Code == "PRG002" && v.Path == "$.dimensions");
    }

    [Fact]
    public void Validate_TwoDimensionsOfOneKind_BreaksPRG003()
    {
        var operational = Canonical.Dimensions[0];
        var draft = Canonical with { Dimensions = [.. Canonical.Dimensions, operational] };

        var violation = Programme.Validate(draft).Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be("PRG003");
        violation.Path.Should().Be("$.dimensions[3].kind");
    }

    [Fact]
    public void Validate_DuplicateMeasureNumber_BreaksOnlyPRG004()
    {
        var draft = Canonical with { Measures = [.. Canonical.Measures, Measure(5)] };

        var violation = Programme.Validate(draft).Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be("PRG004");
        violation.Path.Should().Be("$.measures[21].number");
        violation.Message.Should().Contain("5 appears at index 4");
    }

    [Fact]
    public void Validate_GapInMeasureNumbers_BreaksPRG005()
    {
        var draft = Canonical with { Measures = [.. Canonical.Measures.Where((_, i) => i != 9)] };

        var violation = Programme.Validate(draft).Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be("PRG005");
        violation.Path.Should().Be("$.measures");
        violation.Message.Should().Contain("missing 10");
    }

    [Fact]
    public void Validate_MeasureNumberedTheHighestThereIs_NamesTheFirstTenMissingAndCountsTheRest()
    {
        var draft = Canonical with { Measures = [.. Canonical.Measures, Measure(MeasureNumber.MaximumValue, DimensionKind.Political)] };

        var violation = Programme.Validate(draft).Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be("PRG005");
        violation.Message.Should().Be("Measure numbers run from 1 to the highest, 999, without a gap; missing 22, 23, 24, 25, 26, 27, 28, 29, 30, 31 and 967 more.");
    }

    [Fact]
    public void Validate_MilestoneSequencedTheHighestThereIs_NamesTheFirstTenMissingAndCountsTheRest()
    {
        var draft = Canonical with { Milestones = [.. Canonical.Milestones, MilestoneNumber(Milestone.MaximumSequence)] };

        var violation = Programme.Validate(draft).Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be("PRG009");
        violation.Message.Should().EndWith("missing 8, 9, 10, 11, 12, 13, 14, 15, 16, 17 and 981 more.");
    }

    [Fact]
    public void Validate_NumbersStartingAtTwo_BreaksPRG005() =>
        Expect.Codes(Programme.Validate(WithMeasures(Measure(2), Measure(3), Measure(4, DimensionKind.Strategic), Measure(5, DimensionKind.Political))), "PRG005");

    [Fact]
    public void Validate_LastMeasureRemoved_StaysValid() =>
        Programme.Validate(Canonical with { Measures = [.. Canonical.Measures.Where((_, i) => i != 20)] }).IsValid.Should().BeTrue();

    [Fact]
    public void Validate_MeasureInMissingDimension_BreaksPRG006()
    {
        var draft = FollowUp with { Measures = [.. FollowUp.Measures.Select((x, i) => i == 4 ? Measure(5, DimensionKind.Operational) : x)] };

        var violation = Programme.Validate(draft).Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be("PRG006");
        violation.Path.Should().Be("$.measures[4].dimension");
    }

    [Fact]
    public void Validate_DimensionWithoutMeasures_BreaksPRG007()
    {
        var draft = WithMeasures(Enumerable.Range(1, 14).Select(n => Measure(n, n <= 7 ? DimensionKind.Operational : DimensionKind.Strategic)).ToArray());

        var violation = Programme.Validate(draft).Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be("PRG007");
        violation.Path.Should().Be("$.dimensions[2]");
    }

    [Fact]
    public void Validate_DuplicateMilestoneSequence_BreaksOnlyPRG008()
    {
        var draft = Canonical with { Milestones = [.. Canonical.Milestones, MilestoneNumber(7)] };

        Expect.Codes(Programme.Validate(draft), "PRG008");
        Programme.Validate(draft).Violations[0].Path.Should().Be("$.milestones[7].sequence");
    }

    [Fact]
    public void Validate_GapInMilestoneSequence_BreaksPRG009() =>
        Expect.Codes(Programme.Validate(Canonical with { Milestones = [.. Canonical.Milestones, MilestoneNumber(9)] }), "PRG009");

    [Fact]
    public void Validate_NoMilestone_IsValid() =>
        Programme.Validate(Canonical with { Milestones = [] }).IsValid.Should().BeTrue();

    [Fact]
    public void Validate_DuplicateWorld_BreaksPRG010() =>
        Expect.Codes(Programme.Validate(Canonical with { Worlds = [.. Canonical.Worlds, new World("companies", new LocalizedText("sociétés"))] }), "PRG010");

    [Fact]
    public void Validate_DuplicateAudience_BreaksPRG011() =>
        Expect.Codes(Programme.Validate(Canonical with { Audiences = [.. Canonical.Audiences, Canonical.Audiences[0]] }), "PRG011");

    [Fact]
    public void Validate_LaunchOnReportDay_IsTheLastValidValue() =>
        Programme.Validate(Canonical with { LaunchDate = new LocalDate(2020, 5, 7) }).IsValid.Should().BeTrue();

    [Fact]
    public void Validate_LaunchTheDayBeforeTheReport_BreaksPRG012()
    {
        var violation = Programme.Validate(Canonical with { LaunchDate = new LocalDate(2020, 5, 6) }).Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be("PRG012");
        violation.Path.Should().Be("$.launchDate");
    }

    [Fact]
    public void Validate_LaunchInAnotherCalendar_BreaksDAT003() =>
        Expect.Codes(Programme.Validate(Canonical with { LaunchDate = new LocalDate(2021, 5, 7, CalendarSystem.Julian) }), "DAT003");

    [Fact]
    public void Validate_LaunchBeforeYearOne_BreaksDAT002() =>
        Expect.Codes(Programme.Validate(Canonical with { LaunchDate = new LocalDate(0, 5, 7) }), "DAT002");

    [Fact]
    public void Validate_SeveralMistakes_ReportsEveryOneAtOnce()
    {
        var draft = Canonical with
        {
            LaunchDate = new LocalDate(2020, 1, 1),
            Measures = [.. Canonical.Measures.Where((_, i) => i != 0), Measure(2)],
            Worlds = [.. Canonical.Worlds, Canonical.Worlds[0]],
        };

        Expect.Codes(Programme.Validate(draft), "PRG004", "PRG005", "PRG010", "PRG012");
    }

    [Fact]
    public void Validate_Null_Throws() =>
        FluentActions.Invoking(() => Programme.Validate(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Validate_MeasuresInAnyOrder_IsValid()
    {
        var shuffled = ValueList.CreateRange(Canonical.Measures.Reverse());

        Programme.Validate(Canonical with { Measures = shuffled }).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData(21)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(300)]
    public void Validate_LongAndShortLists_FindTheSameDuplicateAndGap(int count)
    {
        // Short lists are checked by scans, long ones with a dictionary: both find the same mistakes.
        var measures = Enumerable.Range(1, count).Select(n => Measure(n, (DimensionKind)(n % 3))).ToList();
        measures[9] = Measure(7, (DimensionKind)(7 % 3)); // 10 goes missing, 7 appears twice

        var violations = Programme.Validate(Canonical with { Measures = ValueList.CreateRange(measures) }).Violations;

        violations.Select(v => v.Code).Should().Equal("PRG004", "PRG005");
        violations[0].Path.Should().Be("$.measures[9].number");
        violations[0].Message.Should().Contain("7 appears at index 6");
        violations[1].Message.Should().EndWith("missing 10.");
    }

    [Theory]
    [InlineData(20)]
    [InlineData(200)]
    public void Validate_LongAndShortLists_WithoutMistakes_AreValid(int count) =>
        Programme.Validate(Canonical with { Measures = ValueList.CreateRange(Enumerable.Range(1, count).Select(n => Measure(n, (DimensionKind)(n % 3)))) })
            .IsValid.Should().BeTrue();
}
