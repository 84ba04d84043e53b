using System.CommandLine;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Scheduling;

namespace Alliances.Domain.Cli;

/// <summary>The <c>timeline</c> command: prints the Mermaid Gantt chart of the windows and milestones.</summary>
internal static class TimelineCommand
{
    /// <summary>Builds the command.</summary>
    internal static Command Build(TextWriter output)
    {
        var launch = CliApp.DateOption("--launch", "Count the windows from this launch date instead of the programme's own (7 May 2020).");
        var lang = CliApp.LanguageOption();
        var command = new Command(
            "timeline",
            "Print the Mermaid Gantt chart of the effect windows, the results window, the evaluation and the milestones: the chart docs/schedule.md shows.\n\n"
            + "Examples:\n"
            + "  alliances timeline\n"
            + "  alliances timeline --lang fr --launch 2021-01-31 > timeline.mmd")
        {
            launch,
            lang,
        };
        command.SetAction(parsed =>
        {
            var programme = Odd17.Programme;
            var schedule = parsed.GetValue(launch) is { } day ? programme.Schedule(day) : programme.Schedule();
            output.Write(ScheduleTimeline.ToMermaid(schedule, parsed.GetValue(lang)));
            return ExitCodes.Success;
        });
        return command;
    }
}
