using Alliances.Domain.Serialization;

namespace Alliances.Domain.Cli.Tests;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>The instant the tests' clock shows: 1 March 2021, noon in Paris.</summary>
    public static readonly NodaTime.Instant Now = NodaTime.Instant.FromUtc(2021, 3, 1, 11, 0);

    public static CliRun Of(params string[] args) => Run(args, interactive: false);

    /// <summary>
    /// Runs as if a person read the output in a terminal: tables rather than plain text, in a terminal 100 columns wide
    /// with colour, so that the output is the same on every machine.
    /// </summary>
    public static CliRun InTerminal(params string[] args) => Run(args, interactive: true);

    /// <summary>Runs in a terminal of a given width, with or without colour.</summary>
    public static CliRun InTerminal(TerminalShape shape, params string[] args) => Run(args, interactive: true, shape: shape);

    /// <summary>Runs with what standard input gives, and documents of at most a given size.</summary>
    public static CliRun WithInput(Stream input, DocumentReadOptions? options, params string[] args) => Run(args, interactive: false, input, options);

    private static CliRun Run(string[] args, bool interactive, Stream? input = null, DocumentReadOptions? options = null, TerminalShape? shape = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApp.Run(args, output, error, new NodaTime.Testing.FakeClock(Now), interactive, input is null ? null : () => input, options, shape ?? new TerminalShape(100, Colour: true));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
