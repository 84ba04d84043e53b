using System.CommandLine;
using Alliances.Domain.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Alliances.Domain.Cli;

/// <summary>The <c>alliances</c> command line: its commands, options and exit codes.</summary>
internal static class CliApp
{
    /// <summary>Runs the command line and returns the exit code.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, output, error, SystemClock.Instance);

    /// <summary>Runs the command line for a person at a terminal: tables and colour, unless the output is redirected.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int RunInConsole(string[] args) =>
        Run(args, Console.Out, Console.Error, SystemClock.Instance, interactive: !Console.IsOutputRedirected, Console.OpenStandardInput);

    /// <summary>Runs the command line with a given clock, and returns the exit code.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="clock">The clock that gives today's date where a command defaults to it.</param>
    /// <param name="interactive">Whether a person reads the output in a terminal: tables and colour rather than plain text.</param>
    /// <param name="standardInput">Opens what a command reads for the file <c>-</c>; nothing when null.</param>
    /// <param name="options">The largest document read; the library's default when null.</param>
    /// <param name="shape">For interactive output, a terminal of a fixed width and colour instead of the one detected.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, IClock clock, bool interactive = false, Func<Stream>? standardInput = null, DocumentReadOptions? options = null, TerminalShape? shape = null)
    {
        var terminal = interactive ? Terminal.Interactive(output, shape) : Terminal.Plain(output);
        var files = new DocumentFiles(standardInput ?? (() => Stream.Null), options ?? DocumentReadOptions.Default);
        var root = BuildRoot(terminal, error, clock, files);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // An unknown command also leaves the root without its required command: the unknown word is the one error
            // that says what is wrong.
            var unknown = parsed.UnmatchedTokens.Count > 0 && parsed.CommandResult.Command == root;
            foreach (var parseError in parsed.Errors.Where(e => !unknown || e.Message.Contains(parsed.UnmatchedTokens[0], StringComparison.Ordinal)).Take(unknown ? 1 : int.MaxValue))
            {
                error.WriteLine($"alliances: {parseError.Message}");
            }

            error.WriteLine("Run 'alliances --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // A person at a command line gets one line, never a stack trace: what failed, and the exception's type for
            // a bug report. The failures the commands know of are reported where they happen.
            error.WriteLine($"alliances: {e.Message} ({e.GetType().FullName})");
            return ExitCodes.Invalid;
        }
    }

    /// <summary>Builds the root command with every subcommand.</summary>
    internal static RootCommand BuildRoot(Terminal terminal, TextWriter error, IClock clock, DocumentFiles files)
    {
        var output = terminal.Writer;
        var root = new RootCommand(
            "Explore the programme of 21 measures for strategic alliances (SDG 17, \"ODD 17\").\n\n"
            + "Examples:\n"
            + "  alliances catalogue\n"
            + "  alliances catalogue --lang fr\n"
            + "  alliances catalogue --json\n"
            + "  alliances schedule --as-of 2021-03-01\n"
            + "  alliances timeline > timeline.mmd\n"
            + "  alliances example portfolio > odd17.portfolio.json\n"
            + "  alliances progress odd17.portfolio.json --as-of 2021-11-07\n"
            + "  alliances report odd17.portfolio.json --as-of 2021-11-07 --lang fr --output report.html\n"
            + "  alliances validate odd17.portfolio.json\n"
            + "  alliances schema ledger\n"
            + "  alliances calendar > odd17.ics\n\n"
            + "The example documents come from 'alliances example programme|ledger|portfolio'. A document file may be -, for standard input.\n"
            + "Exit codes: 0 success, 1 invalid input or a failure, 2 usage error.");
        root.Subcommands.Add(CatalogueCommand.Build(terminal, error, clock, files));
        root.Subcommands.Add(ScheduleCommand.Build(terminal, error, clock, files));
        root.Subcommands.Add(TimelineCommand.Build(output, error, files));
        root.Subcommands.Add(CalendarCommand.Build(output, error, clock, files));
        root.Subcommands.Add(ProgressCommand.Build(terminal, error, clock, files));
        root.Subcommands.Add(WhoCommand.Build(terminal, error, clock, files));
        root.Subcommands.Add(ReportCommand.Build(output, error, clock, files));
        root.Subcommands.Add(ValidateCommand.Build(output, error, files));
        root.Subcommands.Add(SchemaCommand.Build(output));
        root.Subcommands.Add(ExampleCommand.Build(output, error));
        return root;
    }

    /// <summary>The <c>--lang</c> option shared by commands that print text.</summary>
    internal static Option<Language> LanguageOption()
    {
        var option = new Option<Language>("--lang")
        {
            Description = "The language to print in: fr or en.",
            DefaultValueFactory = _ => Language.English,
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                switch (token.ToUpperInvariant())
                {
                    case "FR":
                        return Language.French;
                    case "EN":
                        return Language.English;
                    default:
                        result.AddError($"--lang takes 'fr' or 'en'; got '{token}'.");
                        return Language.English;
                }
            },
        };
        option.CompletionSources.Clear();
        option.CompletionSources.Add("fr", "en");
        option.HelpName = "fr|en";
        return option;
    }

    /// <summary>An option that takes a day written <c>YYYY-MM-DD</c>.</summary>
    internal static Option<LocalDate?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        CustomParser = result =>
        {
            var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            var parsed = LocalDatePattern.Iso.Parse(token);
            if (parsed.Success && parsed.Value.Year >= 1)
            {
                return parsed.Value;
            }

            // The right form for a day the calendar does not have (2021-02-30) is not a format error.
            result.AddError(WrittenAsADay(token)
                ? $"{name}: no such day: {token}."
                : $"{name} takes a date written YYYY-MM-DD, such as 2021-03-01; got '{token}'.");
            return null;
        },
    };

    /// <summary>The <c>--territory</c> option: a territory's code, such as 2A.</summary>
    internal static Option<TerritoryCode?> TerritoryOption(string description) => new("--territory")
    {
        Description = description,
        HelpName = "CODE",
        CustomParser = result =>
        {
            var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (TerritoryCode.TryParse(token, null, out var code))
            {
                return code;
            }

            result.AddError($"--territory takes a territory code of 1 to 16 ASCII letters, digits or hyphens, such as 2A; got '{token}'.");
            return null;
        },
    };

    /// <summary>
    /// The ledger of the commands that show the programme's milestones, optional: a ledger whose own milestones (a
    /// territory's events) join the programme's base.
    /// </summary>
    internal static LedgerInput MilestonesLedger(string description) =>
        new(description + " For a portfolio, --territory says whose;", required: false);

    /// <summary>
    /// Reads the programme <c>--programme</c> names (the canonical one when none is), then the ledger a command's
    /// argument (or deprecated <c>--ledger</c>) and <c>--territory</c> name, if any, saying on the error writer what went
    /// wrong; the arguments are checked before any file is read.
    /// </summary>
    /// <returns>
    /// <see cref="ExitCodes.Success"/> with the programme (<c>--programme</c>'s, or the canonical one) and the ledger, or
    /// with none when no ledger was given; or the exit code of the failure.
    /// </returns>
    internal static int ReadOptionalLedger(ParseResult parsed, LedgerInput ledger, Option<string?> programmeFile, Option<TerritoryCode?> territory, DocumentFiles files, TextWriter error, out Programme programme, out Progress.Ledger? result)
    {
        result = null;
        programme = null!;

        // The arguments first, so that a usage error is one whatever the files say; then the programme, then the ledger.
        var given = ledger.Resolve(parsed, error, out var path);
        if (given != ExitCodes.Success)
        {
            return given;
        }

        if (path is null && parsed.GetValue(territory) is { } code)
        {
            error.WriteLine($"alliances: --territory {code} names a territory of a portfolio; give the portfolio as the ledger.");
            return ExitCodes.Usage;
        }

        var chosen = files.ReadProgramme(parsed.GetValue(programmeFile), error, out programme);
        if (chosen != ExitCodes.Success || path is null)
        {
            return chosen;
        }

        var read = files.ReadOneLedger(path, programme, parsed.GetValue(territory), error, out var one);
        result = read == ExitCodes.Success ? one : null;
        return read;
    }

    /// <summary>Tells whether a text has the form of a day, <c>YYYY-MM-DD</c> in ASCII digits, whether or not the day exists.</summary>
    private static bool WrittenAsADay(string token) =>
        token.Length == 10 && token[4] == '-' && token[7] == '-'
        && token.Where((c, i) => i is not (4 or 7)).All(char.IsAsciiDigit);

    /// <summary>
    /// The <c>--programme FILE</c> option of the commands that work on a programme: any programme of this shape, in a
    /// programme document, instead of the canonical one.
    /// </summary>
    internal static Option<string?> ProgrammeOption() => new("--programme")
    {
        Description = "Work on the programme in this programme document instead of the canonical one (ODD 17, 2020); a ledger given must follow it.",
        HelpName = "FILE",
    };

    /// <summary>The <c>--json</c> option shared by commands whose output is data.</summary>
    internal static Option<bool> JsonOption() => new("--json")
    {
        Description = "Print JSON instead of text.",
    };
}
