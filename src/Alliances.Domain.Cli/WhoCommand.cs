using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Alliances.Domain.Progress;
using Alliances.Domain.Scheduling;
using Alliances.Domain.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Alliances.Domain.Cli;

/// <summary>The <c>who</c> command: who does what in a ledger at a date, by measure or for one actor.</summary>
internal static class WhoCommand
{
    /// <summary>Builds the command.</summary>
    internal static Command Build(Terminal terminal, TextWriter error, IClock clock, DocumentFiles files)
    {
        var output = terminal.Writer;
        var ledger = new Argument<string>("LEDGER")
        {
            Description = "The ledger document: one national or territorial ledger, or a portfolio of territories; - reads standard input.",
        };
        var asOf = CliApp.DateOption("--as-of", "Say who holds each commitment at this date instead of today (in Europe/Paris).");
        var measure = new Option<int?>("--measure")
        {
            Description = "Only this measure, by number.",
            HelpName = "N",
        };
        var actor = new Option<string?>("--actor")
        {
            Description = "Only this actor: an organisation's name, a world's identifier (companies) or a territory's body (13 Comité opérationnel), in any case.",
            HelpName = "NAME",
        };
        var lang = CliApp.LanguageOption();
        var json = CliApp.JsonOption();
        var programmeFile = CliApp.ProgrammeOption();
        var command = new Command(
            "who",
            "Print who does what at a date: each measure's answerable body, leads, contributors, funders and evaluators, and the measures without a lead (COM007); or the measures of one actor.\n\n"
            + "Examples:\n"
            + "  alliances who odd17.ledger-13.json --as-of 2021-02-01\n"
            + "  alliances who odd17.portfolio.json --measure 5 --lang fr\n"
            + "  alliances who odd17.ledger-13.json --actor companies --json")
        {
            ledger,
            asOf,
            measure,
            actor,
            lang,
            json,
            programmeFile,
        };
        command.SetAction(parsed =>
        {
            var chosen = files.ReadProgramme(parsed.GetValue(programmeFile), error, out var programme);
            if (chosen != ExitCodes.Success)
            {
                return chosen;
            }

            var path = parsed.GetValue(ledger)!;
            var read = files.ReadLedger(path, programme, error, out var document);
            if (read != ExitCodes.Success)
            {
                return read;
            }

            var date = parsed.GetValue(asOf) ?? MilestoneCalendar.For(programme).Today(clock);
            var only = parsed.GetValue(measure);
            if (only is { } number && (number < 1 || number > programme.Measures.Count))
            {
                error.WriteLine($"alliances: --measure {number.ToString(CultureInfo.InvariantCulture)} is not a measure of {programme.Id}, which has measures 1 to {programme.Measures.Count.ToString(CultureInfo.InvariantCulture)}.");
                return ExitCodes.Usage;
            }

            // The command's one model, which each rendering writes.
            var who = WhoOutput.Of(document, date, only, parsed.GetValue(actor));
            var language = parsed.GetValue(lang);
            if (parsed.GetValue(json))
            {
                WhoOutput.WriteJson(output, who);
            }
            else if (terminal.Console is { } console)
            {
                WhoOutput.WriteRich(console, who, language);
            }
            else
            {
                WhoOutput.WriteText(output, who, language);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
