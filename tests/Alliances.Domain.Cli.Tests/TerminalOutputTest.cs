namespace Alliances.Domain.Cli.Tests;

/// <summary>In a terminal the commands draw tables; redirected, they write plain text; every command explains itself.</summary>
public class TerminalOutputTest
{
    [Theory]
    [InlineData("catalogue")]
    [InlineData("schedule", "--as-of", "2021-03-01")]
    [InlineData("progress", "--ledger", "docs/examples/odd17.portfolio.json", "--as-of", "2021-11-07", "--territory", "13")]
    public void InATerminal_OutputIsDrawnAsTables(params string[] args)
    {
        var run = CliRun.InTerminal(Resolve(args));

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("│").And.Contain("─");
    }

    [Theory]
    [InlineData("Operational measures (first effects 3–9 months after launch)", "catalogue")]
    [InlineData("schedule as of 1 March 2021", "schedule", "--as-of", "2021-03-01")]
    [InlineData("National view: 4 territories", "progress", "--ledger", "docs/examples/odd17.portfolio.json", "--as-of", "2021-11-07")]
    public void Redirected_OutputIsPlainText(string line, params string[] args)
    {
        var run = CliRun.Of(Resolve(args));

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain(line, "the text is there, written plainly").And.NotContain("│").And.NotContain("\u001b[");
    }

    [Theory]
    [InlineData("catalogue")]
    [InlineData("schedule")]
    [InlineData("timeline")]
    [InlineData("calendar")]
    [InlineData("progress")]
    [InlineData("validate")]
    [InlineData("schema")]
    public void EveryCommand_HasHelpWithExamples(string command)
    {
        var run = CliRun.Of(command, "--help");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("Examples:").And.Contain($"alliances {command}");
    }

    [Fact]
    public void RootHelp_ListsEveryCommandAndTheExitCodes()
    {
        var run = CliRun.Of("--help");

        foreach (var command in new[] { "catalogue", "schedule", "timeline", "calendar", "progress", "validate", "schema" })
        {
            run.Output.Should().Contain(command);
        }

        run.Output.Should().Contain("Exit codes: 0 success, 1 invalid input or a failure, 2 usage error.");
    }

    private static string[] Resolve(string[] args) =>
        args.Select(a => a.StartsWith("docs/", StringComparison.Ordinal) ? Repository.PathOf(a.Split('/')) : a).ToArray();
}
