using Alliances.Domain.Catalogue;
using Alliances.Domain.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Testing.Tests;

public class RuleAssertTest
{
    private static readonly string Valid = ProgrammeJson.Serialize(Odd17.Programme);

    [Fact]
    public void Violates_AValidDocument_SaysSo()
    {
        var exception = FluentActions.Invoking(() => RuleAssert.ProgrammeDocumentViolates(Valid, "PRG003", "$.measures[4]"))
            .Should().Throw<RuleAssertionException>().Which;

        exception.Message.Should().Be("expected rule PRG003 to be violated at $.measures[4], but the document is valid");
    }

    [Fact]
    public void Violates_AnotherRule_ListsWhatWasFound()
    {
        var json = InvalidDocuments.For("PRG004").Json;

        FluentActions.Invoking(() => RuleAssert.ProgrammeDocumentViolates(json, "PRG003"))
            .Should().Throw<RuleAssertionException>().WithMessage("expected rule PRG003 to be violated, but found:*PRG004*");
        RuleAssert.ProgrammeDocumentViolates(json, "PRG004");
        RuleAssert.ProgrammeDocumentViolates(json, "PRG004", "$.measures[21].number");
    }

    [Fact]
    public void ViolatesOnly_RefusesASecondRule()
    {
        var result = new ValidationResult([
            new RuleViolation(Rules.MeasureNumbersUnique, new LocalizedText("m", "m"), "$.measures[3].number"),
            new RuleViolation(Rules.MeasureNumbersContiguous, new LocalizedText("m", "m"), "$.measures"),
        ]);

        FluentActions.Invoking(() => RuleAssert.ViolatesOnly(result, "PRG004")).Should().Throw<RuleAssertionException>().WithMessage("*also found*PRG005*");
    }

    [Fact]
    public void IsValid_ListsTheViolations()
    {
        RuleAssert.IsValid(ValidationResult.Valid);
        FluentActions.Invoking(() => RuleAssert.IsValid(ProgrammeJson.Validate(InvalidDocuments.For("PRG010").Json)))
            .Should().Throw<RuleAssertionException>().WithMessage("*PRG010*");
    }

    [Fact]
    public void Throws_RecognisesRuleViolationsAndJsonExceptions()
    {
        RuleAssert.Throws(() => _ = new MeasureNumber(0), "MEA001");
        RuleAssert.Throws(() => ProgrammeJson.Deserialize(InvalidDocuments.For("PRG011").Json), "PRG011");
        FluentActions.Invoking(() => RuleAssert.Throws(() => _ = new MeasureNumber(1), "MEA001"))
            .Should().Throw<RuleAssertionException>().WithMessage("*but the action succeeded");
        FluentActions.Invoking(() => RuleAssert.Throws(() => _ = new MeasureNumber(0), "PRG001"))
            .Should().Throw<RuleAssertionException>().WithMessage("*MEA001*");
    }

    [Fact]
    public void LedgerDocumentViolates_ReadsLedgers() =>
        RuleAssert.LedgerDocumentViolates(InvalidDocuments.For("LED001").Json, "LED001");
}
