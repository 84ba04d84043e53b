using System.CommandLine;
using Alliances.Domain.Progress;
using Alliances.Domain.Scheduling;
using NodaTime;

namespace Alliances.Domain.Cli;

/// <summary>The <c>report</c> command: one self-contained HTML page of a ledger's or a portfolio's progress and schedule.</summary>
internal static class ReportCommand
{
    /// <summary>Builds the command.</summary>
    internal static Command Build(TextWriter output, TextWriter error, IClock clock, DocumentFiles files)
    {
        var ledger = new Argument<string>("ledger")
        {
            Description = "The ledger document: one national or territorial ledger, or a portfolio; - reads standard input.",
            HelpName = "LEDGER",
        };
        var asOf = CliApp.DateOption("--as-of", "Work the figures out at this date instead of today (in Europe/Paris).");
        var territory = CliApp.TerritoryOption("For a portfolio, report on this territory's ledger alone.");
        var lang = CliApp.LanguageOption();
        var file = OutputFile.Option("the page");
        var programmeFile = CliApp.ProgrammeOption();
        var command = new Command(
            "report",
            "Write one self-contained HTML page (CSS and SVG inline, nothing loaded from elsewhere) of a ledger or portfolio at a date: programme, dimension and measure progress against expected progress, the territories ranked, the lagging measures, and the schedule drawn as a timeline, each chart with a table of its figures.\n\n"
            + "Examples:\n"
            + "  alliances report odd17.portfolio.json --as-of 2021-11-07 --lang fr --output report.html\n"
            + "  alliances report odd17.ledger-13.json --as-of 2021-03-01 > report.html")
        {
            ledger,
            asOf,
            territory,
            lang,
            programmeFile,
            file,
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

            var picked = DocumentFiles.PickTerritory(document, path, parsed.GetValue(territory), required: false, error, out var one);
            if (picked != ExitCodes.Success)
            {
                return picked;
            }

            var date = parsed.GetValue(asOf) ?? MilestoneCalendar.For(programme).Today(clock);
            var single = one ?? document.Ledger;
            var progress = single is null ? ProgressView.Of(document, date) : ProgressView.Of(single, date);
            var schedule = single is null ? ScheduleView.Of(programme.Schedule(), date) : ScheduleView.Of(single, date);
            return OutputFile.Write(parsed.GetValue(file), output, error, writer => ReportPage.Write(writer, progress, schedule, parsed.GetValue(lang)));
        });
        return command;
    }
}
