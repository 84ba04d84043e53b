using System.CommandLine;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Scheduling;

namespace Alliances.Domain.Cli;

/// <summary>The <c>timeline</c> command: prints the Mermaid Gantt chart of the windows and milestones.</summary>
internal static class TimelineCommand
{
    /// <summary>Builds the command.</summary>
    internal static Command Build(TextWriter output, TextWriter error, DocumentFiles files)
    {
        var launch = CliApp.DateOption("--launch", "Count the windows from this launch date instead of the programme's own (7 May 2020 for the canonical programme).");
        var ledger = CliApp.MilestonesLedger("Draw the schedule of this ledger, from its launch, with its own milestones (a territory's events) in a section after the programme's.");
        var territory = CliApp.TerritoryOption("For a portfolio given as the ledger, the territory whose ledger to draw.");
        var lang = CliApp.LanguageOption();
        var programmeFile = CliApp.ProgrammeOption();
        var command = new Command(
            "timeline",
            "Print the Mermaid Gantt chart of the effect windows, the results window, the evaluation and the milestones: the chart docs/schedule.md shows; with a ledger, a territory's own milestones too.\n\n"
            + "Examples:\n"
            + "  alliances timeline\n"
            + "  alliances timeline --lang fr --launch 2021-01-31 > timeline.mmd\n"
            + "  alliances timeline odd17.portfolio.json --territory 59")
        {
            launch,
            territory,
            lang,
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

            if (one is not null)
            {
                if (parsed.GetValue(launch) is not null)
                {
                    error.WriteLine("alliances: --launch and a ledger do not go together: a ledger counts from its own launch.");
                    return ExitCodes.Usage;
                }

                output.Write(ScheduleTimeline.ToMermaid(one, parsed.GetValue(lang)));
                return ExitCodes.Success;
            }

            var schedule = parsed.GetValue(launch) is { } day ? programme.Schedule(day) : programme.Schedule();
            output.Write(ScheduleTimeline.ToMermaid(schedule, parsed.GetValue(lang)));
            return ExitCodes.Success;
        });
        return command;
    }
}
