using System.Text;

namespace Alliances.Domain.Cli.Tests;

/// <summary>
/// What every command prints, in each language and each of its formats, compared whole with a file kept in
/// <c>Golden/</c>: plain text (output redirected), rich (a terminal 100 columns wide, with colour), narrow (a terminal
/// 40 columns wide, without colour) and JSON. Any change
/// in the output fails until the file is written again, on purpose, with <c>ALLIANCES_GOLDEN=update dotnet test</c>,
/// and the change is read in the diff.
/// </summary>
public class GoldenOutputTest
{
    private const string Ledger = "<ledger>", Portfolio = "<portfolio>", Invalid = "<invalid>";

    private static readonly string[] Languages = ["en", "fr"];

    /// <summary>Each command's runs: a name, the format, and its arguments without <c>--lang</c>.</summary>
    private static readonly (string Name, string Format, string[] Args)[] Runs =
    [
        ("catalogue", "text", ["catalogue"]),
        ("catalogue", "rich", ["catalogue"]),
        ("catalogue", "json", ["catalogue", "--json"]),
        ("catalogue-ledger", "text", ["catalogue", Ledger, "--as-of", "2021-03-01"]),
        ("catalogue-ledger", "rich", ["catalogue", Ledger, "--as-of", "2021-03-01"]),
        ("schedule", "text", ["schedule", "--as-of", "2021-03-01"]),
        ("schedule", "rich", ["schedule", "--as-of", "2021-03-01"]),
        ("schedule", "json", ["schedule", "--as-of", "2021-03-01", "--json"]),
        ("schedule-ledger", "text", ["schedule", Ledger, "--as-of", "2020-09-15"]),
        ("schedule-ledger", "rich", ["schedule", Ledger, "--as-of", "2020-09-15"]),
        ("schedule-ledger", "json", ["schedule", Ledger, "--as-of", "2020-09-15", "--json"]),
        ("progress-ledger", "text", ["progress", Ledger, "--as-of", "2021-03-01"]),
        ("progress-ledger", "rich", ["progress", Ledger, "--as-of", "2021-03-01"]),
        ("progress-ledger", "json", ["progress", Ledger, "--as-of", "2021-03-01", "--json"]),
        ("progress-portfolio", "text", ["progress", Portfolio, "--as-of", "2021-11-07", "--territory", "13"]),
        ("progress-portfolio", "rich", ["progress", Portfolio, "--as-of", "2021-11-07", "--territory", "13"]),
        ("progress-portfolio", "json", ["progress", Portfolio, "--as-of", "2021-11-07", "--json"]),
        ("who", "text", ["who", Ledger, "--as-of", "2021-03-01"]),
        ("who", "rich", ["who", Ledger, "--as-of", "2021-03-01"]),
        ("who", "json", ["who", Ledger, "--as-of", "2021-03-01", "--json"]),
        ("timeline", "mermaid", ["timeline"]),
        ("timeline-ledger", "mermaid", ["timeline", Ledger]),
        ("calendar", "ics", ["calendar"]),
        ("report", "html", ["report", Portfolio, "--as-of", "2021-11-07"]),
        ("catalogue", "narrow", ["catalogue"]),
        ("schedule-ledger", "narrow", ["schedule", Ledger, "--as-of", "2020-09-15"]),
        ("progress-portfolio", "narrow", ["progress", Portfolio, "--as-of", "2021-11-07", "--territory", "13"]),
        ("who", "narrow", ["who", Ledger, "--as-of", "2021-03-01"]),
        ("validate", "text", ["validate", Invalid]),
        ("validate", "json", ["validate", Invalid, "--json"]),
    ];

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (name, format, _) in Runs)
        {
            foreach (var language in Languages)
            {
                data.Add(name, language, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Output_IsTheOneKeptInGolden(string name, string language, string format)
    {
        var args = Runs.Single(r => r.Name == name && r.Format == format).Args;
        var resolved = args.Select(Resolve).Concat(["--lang", language]).ToArray();

        var run = format switch
        {
            "rich" => CliRun.InTerminal(resolved),
            "narrow" => CliRun.InTerminal(new TerminalShape(40, Colour: false), resolved),
            _ => CliRun.Of(resolved),
        };

        run.Error.Should().BeEmpty();
        Compare($"{name}.{language}.{format}.txt", run.Output.Replace(Repository.Root, "<repo>", StringComparison.Ordinal).Replace(Path.GetTempPath(), "<temp>/", StringComparison.Ordinal));
    }

    /// <summary>The commands whose output has no language: the example documents and the schemas.</summary>
    public static TheoryData<string, string> WithoutLanguage() => new()
    {
        { "example-programme", "example programme" },
        { "example-ledger", "example ledger" },
        { "example-portfolio", "example portfolio" },
        { "schema-ledger", "schema ledger" },
        { "schema-progress-view", "schema progress-view --typescript" },
    };

    [Theory]
    [MemberData(nameof(WithoutLanguage))]
    public void OutputWithoutALanguage_IsTheOneKeptInGolden(string name, string commandLine)
    {
        var run = CliRun.Of(commandLine.Split(' '));

        run.ExitCode.Should().Be(0, run.Error);
        Compare($"{name}.txt", run.Output);
    }

    public static TheoryData<string> Commands() => ["catalogue", "schedule", "timeline", "calendar", "progress", "who", "report", "validate", "example", "schema"];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_IsTheOneKeptInGolden(string command)
    {
        var run = CliRun.Of(command, "--help");

        run.ExitCode.Should().Be(0);
        Compare($"help-{command}.txt", run.Output);
    }

    private static string Resolve(string arg) => arg switch
    {
        Ledger => Repository.PathOf("docs", "examples", "odd17.ledger-13.json"),
        Portfolio => Repository.PathOf("docs", "examples", "odd17.portfolio.json"),
        Invalid => InvalidProgramme.Value,
        _ => arg,
    };

    /// <summary>The canonical programme with measure 21 numbered 999: one violation, with a list cut short.</summary>
    private static readonly Lazy<string> InvalidProgramme = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), "alliances-golden-invalid.programme.json");
        File.WriteAllText(path, File.ReadAllText(Repository.PathOf("docs", "catalogue", "odd17.programme.json")).Replace("\"number\": 21,", "\"number\": 999,", StringComparison.Ordinal));
        return path;
    });

    private static void Compare(string file, string actual)
    {
        var path = Repository.PathOf("tests", "Alliances.Domain.Cli.Tests", "Golden", file);
        if (Environment.GetEnvironmentVariable("ALLIANCES_GOLDEN") == "update")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        File.Exists(path).Should().BeTrue($"the golden file {file} is kept; write it with ALLIANCES_GOLDEN=update and read it");
        actual.Should().Be(File.ReadAllText(path), $"the output is the one kept in Golden/{file}");
    }
}
