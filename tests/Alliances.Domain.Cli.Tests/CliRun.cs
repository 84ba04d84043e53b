namespace Alliances.Domain.Cli.Tests;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>The instant the tests' clock shows: 1 March 2021, noon in Paris.</summary>
    public static readonly NodaTime.Instant Now = NodaTime.Instant.FromUtc(2021, 3, 1, 11, 0);

    public static CliRun Of(params string[] args) => Run(args, interactive: false);

    /// <summary>Runs as if a person read the output in a terminal: tables rather than plain text.</summary>
    public static CliRun InTerminal(params string[] args) => Run(args, interactive: true);

    private static CliRun Run(string[] args, bool interactive)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApp.Run(args, output, error, new NodaTime.Testing.FakeClock(Now), interactive);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
