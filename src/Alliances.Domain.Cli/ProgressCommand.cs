using System.CommandLine;
using System.Text.Json;
using Alliances.Domain.Progress;
using Alliances.Domain.Scheduling;
using Alliances.Domain.Serialization;
using NodaTime;

namespace Alliances.Domain.Cli;

/// <summary>The <c>progress</c> command: the figures of a ledger or a portfolio at a date.</summary>
internal static class ProgressCommand
{
    /// <summary>Builds the command.</summary>
    internal static Command Build(Terminal terminal, TextWriter error, IClock clock, DocumentFiles files)
    {
        var output = terminal.Writer;
        var ledger = new LedgerInput("The ledger document: one national or territorial ledger, or a portfolio of territories;", required: true);
        var asOf = CliApp.DateOption("--as-of", "Work the figures out at this date instead of today (in Europe/Paris).");
        var territory = CliApp.TerritoryOption("For a portfolio, also detail this territory's measures (by code).");
        var lang = CliApp.LanguageOption();
        var json = CliApp.JsonOption();
        var programmeFile = CliApp.ProgrammeOption();
        var command = new Command(
            "progress",
            "Print the programme, dimension and measure figures of a ledger at a date, the lagging measures and the forecasts; for a portfolio, the national view and the ranking of territories.\n\n"
            + "Examples:\n"
            + "  alliances progress odd17.ledger-13.json --as-of 2021-11-07\n"
            + "  alliances progress odd17.portfolio.json --as-of 2021-11-07 --lang fr\n"
            + "  alliances progress odd17.portfolio.json --territory 59 --json")
        {
            asOf,
            territory,
            lang,
            json,
            programmeFile,
        };
        ledger.AddTo(command);
        command.SetAction(parsed =>
        {
            var given = ledger.Resolve(parsed, error, out var path);
            if (given != ExitCodes.Success)
            {
                return given;
            }

            var chosen = files.ReadProgramme(parsed.GetValue(programmeFile), error, out var programme);
            if (chosen != ExitCodes.Success)
            {
                return chosen;
            }

            var read = files.ReadLedger(path!, programme, error, out var document);
            if (read != ExitCodes.Success)
            {
                return read;
            }

            var date = parsed.GetValue(asOf) ?? MilestoneCalendar.For(document.Ledgers[0].Programme).Today(clock);
            var code = parsed.GetValue(territory);
            var picked = DocumentFiles.PickTerritory(document, path!, code, required: false, error, out _);
            if (picked != ExitCodes.Success)
            {
                return picked;
            }

            // The command's one model: the view of the document, or, as JSON, of the territory asked for.
            var view = parsed.GetValue(json) && code is { } one ? ProgressView.Of(document.Portfolio!.GetLedger(one), date) : ProgressView.Of(document, date);
            if (parsed.GetValue(json))
            {
                ProgressOutput.WriteJson(output, view);
            }
            else if (terminal.Console is { } console)
            {
                ProgressOutput.WriteRich(console, view, code, parsed.GetValue(lang));
            }
            else
            {
                ProgressOutput.WriteText(output, view, code, parsed.GetValue(lang));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
