namespace Alliances.Domain.Cli.Tests;

/// <summary>
/// Shell completion through System.CommandLine's own support: the <c>[suggest]</c> directive that dotnet-suggest's
/// shell shims call (docs/cli.md says how to register the tool).
/// </summary>
public class CompletionTest
{
    [Fact]
    public void TheCommands_AreSuggestedFromWhatIsTyped() =>
        Lines(CliRun.Of("[suggest]", "sch")).Should().Equal("schedule", "schema");

    [Fact]
    public void TheLanguages_AreSuggestedAsTheOptionTakesThem() =>
        Lines(CliRun.Of("[suggest:14]", "report --lang ")).Should().Equal("en", "fr");

    [Fact]
    public void TheExampleDocuments_AreSuggested() =>
        Lines(CliRun.Of("[suggest:8]", "example ")).Should().Contain(["ledger", "portfolio", "programme"]);

    [Fact]
    public void TheSchemaKinds_AreSuggested() =>
        Lines(CliRun.Of("[suggest:7]", "schema ")).Should().Contain(["ledger", "programme", "progress-view", "schedule-view"]);

    private static string[] Lines(CliRun run)
    {
        run.ExitCode.Should().Be(0);
        return run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
