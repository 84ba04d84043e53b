using System.CommandLine;
using System.Text.Json;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Scheduling;
using Alliances.Domain.Serialization;
using NodaTime;

namespace Alliances.Domain.Cli;

/// <summary>The <c>schedule</c> command: windows, milestones and measure statuses at a date.</summary>
internal static class ScheduleCommand
{
    /// <summary>Builds the command.</summary>
    internal static Command Build(Terminal terminal, TextWriter error, IClock clock, DocumentFiles files)
    {
        var output = terminal.Writer;
        var launch = CliApp.DateOption("--launch", "Count the windows from this launch date instead of the programme's own (7 May 2020 for the canonical programme).");
        var asOf = CliApp.DateOption("--as-of", "Judge the milestones and the measures at this date instead of today (in Europe/Paris).");
        var ledger = CliApp.MilestonesLedger("Use this ledger's launch, and show its own milestones (a territory's events) among the programme's.");
        var territory = CliApp.TerritoryOption("For a portfolio given as the ledger, the territory whose ledger to use.");
        var lang = CliApp.LanguageOption();
        var json = CliApp.JsonOption();
        var programmeFile = CliApp.ProgrammeOption();
        var command = new Command(
            "schedule",
            "Print each dimension's first-effects window, the results window and the evaluation, the milestones relative to a date (past, next, uncertain), and every measure's schedule status; with a ledger, from that ledger's launch and with its own milestones.\n\n"
            + "Examples:\n"
            + "  alliances schedule\n"
            + "  alliances schedule --as-of 2021-03-01\n"
            + "  alliances schedule --launch 2021-01-31 --as-of 2021-06-01 --lang fr\n"
            + "  alliances schedule --as-of 2021-03-01 --json\n"
            + "  alliances schedule --programme odd17.programme.json --as-of 2021-06-30\n"
            + "  alliances schedule odd17.ledger-13.json --as-of 2020-10-01")
        {
            launch,
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

            if (one is not null && parsed.GetValue(launch) is not null)
            {
                error.WriteLine("alliances: --launch and a ledger do not go together: a ledger counts from its own launch.");
                return ExitCodes.Usage;
            }

            var calendar = one is null ? MilestoneCalendar.For(programme) : MilestoneCalendar.For(one);
            var date = parsed.GetValue(asOf) ?? calendar.Today(clock);

            // The command's one model, which each rendering writes.
            var view = one is not null ? ScheduleView.Of(one, date)
                : ScheduleView.Of(parsed.GetValue(launch) is { } day ? programme.Schedule(day) : programme.Schedule(), date);
            if (parsed.GetValue(json))
            {
                ScheduleOutput.WriteJson(output, view);
            }
            else if (terminal.Console is { } console)
            {
                ScheduleOutput.WriteRich(console, view, parsed.GetValue(lang));
            }
            else
            {
                ScheduleOutput.WriteText(output, view, parsed.GetValue(lang));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
