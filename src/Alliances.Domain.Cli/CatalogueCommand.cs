using System.CommandLine;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Serialization;

namespace Alliances.Domain.Cli;

/// <summary>The <c>catalogue</c> command: prints the canonical programme.</summary>
internal static class CatalogueCommand
{
    /// <summary>Builds the command.</summary>
    internal static Command Build(Terminal terminal)
    {
        var output = terminal.Writer;
        var lang = CliApp.LanguageOption();
        var json = CliApp.JsonOption();
        var command = new Command(
            "catalogue",
            "Print the programme: its dimensions and horizons, the measures in each, the governance, the milestones, the mission and the poll.\n\n"
            + "Examples:\n"
            + "  alliances catalogue\n"
            + "  alliances catalogue --lang fr\n"
            + "  alliances catalogue --json > odd17.programme.json")
        {
            lang,
            json,
        };
        command.SetAction(parsed =>
        {
            var programme = Odd17.Programme;
            if (parsed.GetValue(json))
            {
                output.WriteLine(ProgrammeJson.Serialize(programme));
            }
            else if (terminal.Console is { } console)
            {
                RichOutput.Catalogue(console, programme, parsed.GetValue(lang));
            }
            else
            {
                CatalogueText.Write(output, programme, parsed.GetValue(lang));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
