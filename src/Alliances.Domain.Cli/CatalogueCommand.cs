using System.CommandLine;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Scheduling;
using Alliances.Domain.Serialization;
using NodaTime;

namespace Alliances.Domain.Cli;

/// <summary>The <c>catalogue</c> command: prints the canonical programme, or a ledger's programme with its leads and own milestones.</summary>
internal static class CatalogueCommand
{
    /// <summary>Builds the command.</summary>
    internal static Command Build(Terminal terminal, TextWriter error, IClock clock, DocumentFiles files)
    {
        var output = terminal.Writer;
        var ledger = CliApp.MilestonesLedger("Show each measure's lead in this ledger, and its own milestones (a territory's events) after the programme's.");
        var territory = CliApp.TerritoryOption("For a portfolio given as the ledger, the territory whose ledger to show.");
        var asOf = CliApp.DateOption("--as-of", "With --ledger, name the leads at this date instead of today (in Europe/Paris).");
        var lang = CliApp.LanguageOption();
        var json = CliApp.JsonOption();
        var programmeFile = CliApp.ProgrammeOption();
        var command = new Command(
            "catalogue",
            "Print the programme: its dimensions and horizons, the measures in each, the governance, the milestones, the mission and the poll; with a ledger, each measure's lead and the ledger's own milestones.\n\n"
            + "Examples:\n"
            + "  alliances catalogue\n"
            + "  alliances catalogue --lang fr\n"
            + "  alliances catalogue --json > odd17.programme.json\n"
            + "  alliances catalogue odd17.ledger-13.json --as-of 2021-02-01")
        {
            territory,
            asOf,
            lang,
            json,
            programmeFile,
        };
        ledger.AddTo(command);
        command.SetAction(parsed =>
        {
            var read = CliApp.ReadOptionalLedger(parsed, ledger, programmeFile, territory, files, error, out var programme, out var one);
            if (read != ExitCodes.Success)
            {
                return read;
            }

            if (one is not null && parsed.GetValue(json))
            {
                error.WriteLine("alliances: catalogue --json prints the programme document alone; for who does what as JSON, use alliances who LEDGER --json.");
                return ExitCodes.Usage;
            }

            var followUp = one is null ? null : new CatalogueText.FollowUp(one, parsed.GetValue(asOf) ?? MilestoneCalendar.For(one).Today(clock));
            if (parsed.GetValue(json))
            {
                output.WriteLine(ProgrammeJson.Serialize(programme));
            }
            else if (terminal.Console is { } console)
            {
                CatalogueText.WriteRich(console, programme, parsed.GetValue(lang), followUp);
            }
            else
            {
                CatalogueText.Write(output, programme, parsed.GetValue(lang), followUp);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
