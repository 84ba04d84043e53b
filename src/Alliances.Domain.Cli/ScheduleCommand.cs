using System.CommandLine;
using System.Text.Json;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Scheduling;
using NodaTime;

namespace Alliances.Domain.Cli;

/// <summary>The <c>schedule</c> command: windows, milestones and measure statuses at a date.</summary>
internal static class ScheduleCommand
{
    /// <summary>Builds the command.</summary>
    internal static Command Build(Terminal terminal, IClock clock)
    {
        var output = terminal.Writer;
        var launch = CliApp.DateOption("--launch", "Count the windows from this launch date instead of the programme's own (7 May 2020).");
        var asOf = CliApp.DateOption("--as-of", "Judge the milestones and the measures at this date instead of today (in Europe/Paris).");
        var lang = CliApp.LanguageOption();
        var json = CliApp.JsonOption();
        var command = new Command(
            "schedule",
            "Print each dimension's first-effects window, the results window and the evaluation, the milestones relative to a date (past, next, uncertain), and every measure's schedule status.\n\n"
            + "Examples:\n"
            + "  alliances schedule\n"
            + "  alliances schedule --as-of 2021-03-01\n"
            + "  alliances schedule --launch 2021-01-31 --as-of 2021-06-01 --lang fr\n"
            + "  alliances schedule --as-of 2021-03-01 --json")
        {
            launch,
            asOf,
            lang,
            json,
        };
        command.SetAction(parsed =>
        {
            var programme = Odd17.Programme;
            var schedule = parsed.GetValue(launch) is { } day ? programme.Schedule(day) : programme.Schedule();
            var calendar = MilestoneCalendar.For(programme);
            var date = parsed.GetValue(asOf) ?? calendar.Today(clock);
            if (parsed.GetValue(json))
            {
                ScheduleOutput.WriteJson(output, schedule, calendar, date);
            }
            else if (terminal.Console is { } console)
            {
                RichOutput.Schedule(console, schedule, calendar, date, parsed.GetValue(lang));
            }
            else
            {
                ScheduleOutput.WriteText(output, schedule, calendar, date, parsed.GetValue(lang));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
