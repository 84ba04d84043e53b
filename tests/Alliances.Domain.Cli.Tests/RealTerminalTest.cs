using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Alliances.Domain.Cli.Tests;

/// <summary>
/// The installed command as a person meets it, in a real pseudo-terminal (util-linux's <c>script</c>): colour and tables
/// in a terminal, tables without colour under <c>NO_COLOR</c>, tables that fit a narrow terminal, and plain text when
/// the output goes to a pipe.
/// </summary>
public partial class RealTerminalTest
{
    private static readonly string Alliances = Path.Combine(AppContext.BaseDirectory, "alliances");

    private static readonly string Ledger = Repository.PathOf("docs", "examples", "odd17.ledger-13.json");

    [Fact]
    public void InATerminal_TablesAreDrawnInColour()
    {
        var output = InTerminal($"{Alliances} schedule {Ledger} --as-of 2020-09-15", columns: 120);

        Colour().IsMatch(output).Should().BeTrue("a terminal that shows colour gets it");
        Visible(output).Should().Contain("│").And.Contain("(Bouches-du-Rhône)");
    }

    [Fact]
    public void NoColor_KeepsTheTables_WithoutColour()
    {
        var output = InTerminal($"{Alliances} schedule {Ledger} --as-of 2020-09-15", columns: 120, noColor: true);

        Colour().IsMatch(output).Should().BeFalse("NO_COLOR turns colour off");
        Visible(output).Should().Contain("│").And.Contain("(Bouches-du-Rhône)");
    }

    [Theory]
    [InlineData("schedule", "--as-of", "2020-09-15")]
    [InlineData("progress", "--as-of", "2021-03-01")]
    [InlineData("catalogue")]
    [InlineData("who")]
    public void ANarrowTerminal_GetsTablesThatFitIt(string command, params string[] options)
    {
        var output = InTerminal($"{Alliances} {command} {Ledger} {string.Join(' ', options)} --lang fr", columns: 40);

        var lines = Visible(output).Split('\n');
        lines.Should().HaveCountGreaterThan(10);
        lines.Should().OnlyContain(line => line.Length <= 40, "every line fits the 40 columns of the terminal");
    }

    [Fact]
    public void Redirected_TheOutputIsPlainText()
    {
        using var process = Process.Start(new ProcessStartInfo(Alliances, ["schedule", Ledger, "--as-of", "2020-09-15"])
        {
            RedirectStandardOutput = true,
            Environment = { ["TERM"] = "xterm-256color" },
        })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        process.ExitCode.Should().Be(0);
        output.Should().Contain("[Bouches-du-Rhône]").And.NotContain("│").And.NotContain("\u001b");
    }

    /// <summary>Runs a command line in a pseudo-terminal of a width, as a person's terminal would run it.</summary>
    private static string InTerminal(string commandLine, int columns, bool noColor = false)
    {
        var start = new ProcessStartInfo("script", ["-qec", $"stty cols {columns} rows 50; {commandLine}", "/dev/null"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["TERM"] = "xterm-256color" },
        };
        start.Environment.Remove("NO_COLOR");
        if (noColor)
        {
            start.Environment["NO_COLOR"] = "1";
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, process.StandardError.ReadToEnd());
        return output;
    }

    /// <summary>The text a person sees: without escape sequences and carriage returns.</summary>
    private static string Visible(string output) => Escape().Replace(output, string.Empty).Replace("\r", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"\u001b(\[[0-9;?]*[A-Za-z]|[=>])")]
    private static partial Regex Escape();

    /// <summary>A colour: an SGR sequence with a foreground or background colour (30–37, 38;…, 40–47, 90–97, 100–107).</summary>
    [GeneratedRegex(@"\u001b\[(?:[0-9;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9;]*)?m")]
    private static partial Regex Colour();
}
