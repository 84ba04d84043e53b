using System.Text.Json;

namespace Alliances.Domain.Cli.Tests;

public class ValidateAndSchemaCommandTest
{
    [Theory]
    [InlineData("docs/catalogue/odd17.programme.json", "programme")]
    [InlineData("docs/examples/odd17.portfolio.json", "ledger")]
    [InlineData("docs/examples/odd17.ledger-13.json", "ledger")]
    public void Validate_AValidDocument_ExitsZero(string file, string kind)
    {
        var run = CliRun.Of("validate", Repository.PathOf(file.Split('/')));

        run.ExitCode.Should().Be(0);
        run.Output.Should().EndWith($"valid {kind} document\n");
    }

    [Fact]
    public void Validate_AnInvalidDocument_PrintsEachViolationAndExitsOne()
    {
        var path = WriteTemp(File.ReadAllText(Repository.PathOf("docs", "catalogue", "odd17.programme.json")).Replace("\"number\": 5,", "\"number\": 4,", StringComparison.Ordinal));

        var run = CliRun.Of("validate", path);

        run.ExitCode.Should().Be(1);
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "$.measures[4].number: PRG004 Each measure number appears once; 4 appears at index 3 and again here.",
            "$.measures: PRG005 Measure numbers run from 1 to the highest, 21, without a gap; missing 5.");
    }

    [Theory]
    [InlineData("\"number\": 21,", "\"number\": 2147483647,", "$.measures[20].number: MEA010 A measure number is at most 999; got 2147483647.")]
    [InlineData("\"number\": 21,", "\"number\": 999,", "$.measures: PRG005 Measure numbers run from 1 to the highest, 999, without a gap; missing 21, 22, 23, 24, 25, 26, 27, 28, 29, 30 and 968 more.")]
    public void Validate_AMeasureNumberedFarAway_PrintsOneShortLinePromptly(string value, string replacement, string line)
    {
        var path = WriteTemp(File.ReadAllText(Repository.PathOf("docs", "catalogue", "odd17.programme.json")).Replace(value, replacement, StringComparison.Ordinal));

        var run = CliRun.Of("validate", path);

        run.ExitCode.Should().Be(1);
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(line);
    }

    [Theory]
    [InlineData("fr", "$.measures: PRG005 Les numéros de mesure vont sans trou de 1 au plus grand, 999\u202F; il manque 21, 22, 23, 24, 25, 26, 27, 28, 29, 30 et 968 de plus.")]
    [InlineData("EN", "$.measures: PRG005 Measure numbers run from 1 to the highest, 999, without a gap; missing 21, 22, 23, 24, 25, 26, 27, 28, 29, 30 and 968 more.")]
    public void Validate_InALanguage_PrintsTheMessagesInIt_WithTheSameCodeAndPath(string language, string line)
    {
        var path = WriteTemp(File.ReadAllText(Repository.PathOf("docs", "catalogue", "odd17.programme.json")).Replace("\"number\": 21,", "\"number\": 999,", StringComparison.Ordinal));

        var run = CliRun.Of("validate", path, "--lang", language);

        run.ExitCode.Should().Be(1);
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(line);
    }

    [Fact]
    public void Validate_JsonInFrench_GivesTheFrenchMessage()
    {
        var path = WriteTemp(File.ReadAllText(Repository.PathOf("docs", "examples", "odd17.ledger-13.json")).Replace("\"programme\": \"odd17-2020\"", "\"programme\": \"other\"", StringComparison.Ordinal));

        var run = CliRun.Of("validate", path, "--json", "--lang", "fr");

        using var document = JsonDocument.Parse(run.Output);
        var violation = document.RootElement.GetProperty("violations")[0];
        violation.GetProperty("code").GetString().Should().Be("JSN003");
        violation.GetProperty("message").GetString().Should().StartWith("Ce lecteur connaît les programmes odd17-2020\u202F; le document suit 'other'.");
    }

    [Fact]
    public void Validate_AHugePropertyName_PrintsAShortLine()
    {
        var name = new string('x', 1_000_000);
        var path = WriteTemp(File.ReadAllText(Repository.PathOf("docs", "catalogue", "odd17.programme.json")).Replace("\"schemaVersion\": 2,", $"\"schemaVersion\": 2, \"{name}\": 1,", StringComparison.Ordinal));

        var run = CliRun.Of("validate", path);

        run.ExitCode.Should().Be(1);
        run.Output.Should().StartWith("$.xxxx").And.Contain(": JSN001 ");
        run.Output.Length.Should().BeLessThan(1000);
    }

    [Fact]
    public void Validate_MalformedJson_ExitsOneWithTheShapeRule()
    {
        var run = CliRun.Of("validate", WriteTemp("{\"kind\": \"programme\","));

        run.ExitCode.Should().Be(1);
        run.Output.Should().StartWith("$: JSN001 ");
    }

    [Fact]
    public void Validate_Json_IsMachineReadable()
    {
        var path = WriteTemp(File.ReadAllText(Repository.PathOf("docs", "examples", "odd17.ledger-13.json")).Replace("\"programme\": \"odd17-2020\"", "\"programme\": \"other\"", StringComparison.Ordinal));

        var run = CliRun.Of("validate", path, "--json");

        run.ExitCode.Should().Be(1);
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetProperty("kind").GetString().Should().Be("ledger");
        document.RootElement.GetProperty("valid").GetBoolean().Should().BeFalse();
        var violation = document.RootElement.GetProperty("violations")[0];
        violation.GetProperty("code").GetString().Should().Be("JSN003");
        violation.GetProperty("path").GetString().Should().Be("$.programme");
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "/no/such/file.json")]
    public void Validate_UsageErrors_ExitTwo(params string[] args) => CliRun.Of(args).ExitCode.Should().Be(2);

    [Theory]
    [InlineData("programme")]
    [InlineData("ledger")]
    [InlineData("progress-view")]
    [InlineData("schedule-view")]
    public void Schema_PrintsThePublishedSchema(string kind) =>
        CliRun.Of("schema", kind).Output.Should().Be(File.ReadAllText(Repository.PathOf("docs", "schema", $"{kind}.schema.json")));

    [Theory]
    [InlineData("programme", "v2")]
    [InlineData("ledger", "v2")]
    [InlineData("progress-view", "v1")]
    [InlineData("schedule-view", "v1")]
    public void Schema_TypeScript_PrintsTheShippedDeclarations_GeneratedFromTheSchema(string kind, string version)
    {
        var run = CliRun.Of("schema", kind, "--typescript");

        run.Output.Should().Be(File.ReadAllText(Repository.PathOf("docs", "schema", $"{kind}.d.ts")))
            .And.StartWith($"/* Generated from https://alliances-domain.example/schema/{version}/{kind}.schema.json by json-schema-to-typescript");
    }

    [Fact]
    public void Schema_OfAnUnknownKind_IsAUsageError() => CliRun.Of("schema", "portfolio").ExitCode.Should().Be(2);

    private static string WriteTemp(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"alliances-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        return path;
    }
}
