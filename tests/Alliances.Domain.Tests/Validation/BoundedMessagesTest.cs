using Alliances.Domain.Catalogue;
using Alliances.Domain.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Tests.Validation;

/// <summary>
/// Whatever a document holds, the message that refuses it stays short: long names and values are shortened, long lists
/// are cut with a count of the rest, and the violations themselves are all kept.
/// </summary>
public class BoundedMessagesTest
{
    /// <summary>A ceiling generous for every message the library writes, and far below what the inputs below would give.</summary>
    private const int Short = 4096;

    private static readonly string Programme = ProgrammeJson.Serialize(Odd17.Programme, indented: false);

    private static string Ledger(string reports) =>
        $$"""{"kind":"ledger","schemaVersion":1,"scope":"national","programme":"odd17-2020","reports":[{{reports}}]}""";

    [Fact]
    public void RuleViolationException_OfAMillionViolations_NamesTheFirstAndCountsTheRest()
    {
        var violation = new RuleViolation(Rules.LedgerOneReportPerDay, new LocalizedText("Un registre tient au plus un rapport par mesure et par jour.", "A ledger holds at most one report per measure and day."), "$.reports[1]");

        var thrown = new RuleViolationException(Domain.ValueList.CreateRange(Enumerable.Repeat(violation, 1_000_000)));

        thrown.Violations.Count.Should().Be(1_000_000);
        thrown.Message.Length.Should().BeLessThan(Short);
        thrown.Message.Should().StartWith("1000000 programme rules are broken:").And.EndWith("… and 999,980 more");
    }

    [Fact]
    public void Ledger_WithTwentyThousandDuplicateReports_KeepsEveryViolationUnderAShortMessage()
    {
        var json = Ledger(string.Join(",", Enumerable.Repeat("""{"measure":1,"date":"2020-06-10","status":"inProgress"}""", 20_000)));

        var thrown = FluentActions.Invoking(() => LedgerJson.Deserialize(json)).Should().Throw<AlliancesJsonException>().Which;

        thrown.RuleCode.Should().Be("LED002");
        thrown.Violations.Count.Should().Be(19_999);
        thrown.Message.Length.Should().BeLessThan(Short);
        thrown.Message.Should().Contain("and 19,988 more");
        ((RuleViolationException)thrown.InnerException!).Message.Length.Should().BeLessThan(Short);
    }

    [Fact]
    public void Programme_WithAHugePropertyName_IsRefusedInAShortMessage()
    {
        var name = new string('x', 10_000_000);

        var thrown = FluentActions.Invoking(() => ProgrammeJson.Deserialize(Programme.Replace("\"schemaVersion\":2,", $"\"schemaVersion\":2,\"{name}\":1,")))
            .Should().Throw<AlliancesJsonException>().Which;

        thrown.RuleCode.Should().Be("JSN001");
        thrown.Message.Length.Should().BeLessThan(Short);
        thrown.Message.Should().Contain(new string('x', 64) + "…");
    }

    [Fact]
    public void Report_WithAHugePropertyName_IsRefusedInAShortMessageThatKeepsTheWholePath()
    {
        var name = new string('x', 10_000_000);

        var thrown = FluentActions.Invoking(() => LedgerJson.Deserialize(Ledger($$"""{"measure":1,"{{name}}":1}""")))
            .Should().Throw<AlliancesJsonException>().Which;

        thrown.RuleCode.Should().Be("JSN001");
        thrown.Message.Length.Should().BeLessThan(Short);
        thrown.Violations.Should().ContainSingle().Which.Path.Should().Be("$.reports[0]." + name);
    }

    [Theory]
    [InlineData("\"kind\":\"programme\"", "\"kind\":\"{0}\"")]
    [InlineData("\"launchDate\":\"2020-05-07\"", "\"launchDate\":\"{0}\"")]
    [InlineData("\"looksBackOver\":\"P3Y\"", "\"looksBackOver\":\"{0}\"")]
    [InlineData("\"id\":\"odd17-2020\"", "\"id\":\"{0}\"")]
    [InlineData("\"timeZone\":\"Europe/Paris\"", "\"timeZone\":\"{0}\"")]
    public void Programme_WithAHugeValue_IsRefusedInAShortMessage(string value, string replacement)
    {
        Programme.Should().Contain(value);
        var json = Programme.Replace(value, string.Format(System.Globalization.CultureInfo.InvariantCulture, replacement, new string('x', 10_000_000)));

        var thrown = FluentActions.Invoking(() => ProgrammeJson.Deserialize(json)).Should().Throw<AlliancesJsonException>().Which;

        thrown.Message.Length.Should().BeLessThan(Short);
    }

    [Fact]
    public void Evaluation_LookingBackOverMoreWeeksThanDaysCanCount_IsRefusedAsNotCanonical_NotArithmetic()
    {
        // Weeks are written as days (P7D), so a document never holds weeks; the canonical form counts the days in a long.
        var thrown = FluentActions.Invoking(() => ProgrammeJson.Deserialize(Programme.Replace("\"P3Y\"", "\"P2147483647W\"")))
            .Should().Throw<AlliancesJsonException>().Which;

        thrown.RuleCode.Should().Be("JSN001");
        thrown.Message.Should().Contain("P2147483647W").And.NotContain("Arithmetic");
    }

    [Theory]
    [InlineData("\"number\":21", "MEA010")]
    [InlineData("\"sequence\":7", "MIL010")]
    public void Programme_NumberedToTheEndOfInt32_IsRefusedAtTheNumber(string value, string code)
    {
        Programme.Should().Contain(value);
        var json = Programme.Replace(value, value[..(value.IndexOf(':') + 1)] + "2147483647");

        var thrown = FluentActions.Invoking(() => ProgrammeJson.Deserialize(json)).Should().Throw<AlliancesJsonException>().Which;

        thrown.RuleCode.Should().Be(code);
        thrown.Message.Length.Should().BeLessThan(Short);
        ProgrammeJson.Validate(json).Codes.Should().Equal(code);
    }
}
