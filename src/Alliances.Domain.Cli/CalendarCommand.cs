using System.CommandLine;
using Alliances.Domain.Catalogue;
using NodaTime;

namespace Alliances.Domain.Cli;

/// <summary>The <c>calendar</c> command: the milestones as an iCalendar file.</summary>
internal static class CalendarCommand
{
    /// <summary>Builds the command.</summary>
    internal static Command Build(TextWriter output, TextWriter error, IClock clock, DocumentFiles files)
    {
        var lang = CliApp.LanguageOption();
        var file = new Option<string?>("--output", "-o")
        {
            Description = "Write the calendar to this file instead of standard output.",
            HelpName = "FILE",
        };
        var ledger = CliApp.MilestonesLedger("Add this ledger's own milestones (a territory's events) to the programme's.");
        var territory = CliApp.TerritoryOption("For a portfolio given as the ledger, the territory whose milestones to add.");
        var programmeFile = CliApp.ProgrammeOption();
        var command = new Command(
            "calendar",
            "Write the milestones as an iCalendar file (RFC 5545) for any calendar application. Settled dates are confirmed all-day events; a date not settled yet is a tentative all-day event over every day it may fall on.\n\n"
            + "Examples:\n"
            + "  alliances calendar > odd17.ics\n"
            + "  alliances calendar --lang fr --output odd17-fr.ics\n"
            + "  alliances calendar odd17.portfolio.json --territory 59 > nord.ics")
        {
            lang,
            programmeFile,
            file,
            territory,
        };
        ledger.AddTo(command);
        command.SetAction(parsed =>
        {
            var read = CliApp.ReadOptionalLedger(parsed, ledger, programmeFile, territory, files, error, out var programme, out var one);
            if (read != ExitCodes.Success)
            {
                return read;
            }

            var text = CalendarFile.Write(one?.Programme ?? programme, parsed.GetValue(lang), clock.GetCurrentInstant(), one);
            if (parsed.GetValue(file) is { } path)
            {
                try
                {
                    File.WriteAllText(path, text);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    error.WriteLine($"alliances: cannot write '{path}': {e.Message}");
                    return ExitCodes.Usage;
                }
            }
            else
            {
                output.Write(text);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
