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

            var name = parsed.GetValue(actor);
            var language = parsed.GetValue(lang);
            if (parsed.GetValue(json))
            {
                WriteJson(output, document, date, only, name);
            }
            else
            {
                WriteText(output, document, date, only, name, language);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Gets the commitments of a ledger that hold at a date, for a measure or an actor when given.</summary>
    private static IEnumerable<Commitment> Holding(Ledger ledger, LocalDate date, int? measure, string? actor) =>
        ledger.Commitments.Where(c => c.HoldsOn(date)
            && (measure is not { } m || c.Measure.Value == m)
            && (actor is null || string.Equals(c.Actor.ToString(), actor, StringComparison.OrdinalIgnoreCase)));

    private static void WriteText(TextWriter output, LedgerDocument document, LocalDate date, int? measure, string? actor, Language language)
    {
        var french = language == Language.French;
        foreach (var ledger in document.Ledgers)
        {
            var scope = ledger.Territory is { } territory ? $"{territory.Code} {territory.Name}" : (french ? "National (tout le territoire)" : "National");
            output.WriteLine($"{scope}{Colon(french)}{(french ? "qui fait quoi au" : "who does what on")} {Day(date, french)}");
            var withoutLead = ledger.RollupAt(date).WithoutLead;
            foreach (var m in ledger.Programme.Measures)
            {
                if (measure is { } only && m.Number.Value != only)
                {
                    continue;
                }

                var holding = Holding(ledger, date, m.Number.Value, actor).ToList();
                if (actor is not null && holding.Count == 0)
                {
                    continue;
                }

                output.WriteLine($"  {m.Number}. {m.Title.Get(language)}");
                if (m.AnswerableBody is { } body)
                {
                    output.WriteLine($"     {(french ? "instance responsable" : "answerable body")}{Colon(french)}{body.Name.Get(language)}");
                }

                foreach (var commitment in holding.OrderBy(c => c.Role == CommitmentRole.Lead ? 0 : 1 + (int)c.Role))
                {
                    var until = commitment.LastDayHeld is { } last ? $" {(french ? "au" : "to")} {Day(last, french)}" : string.Empty;
                    output.WriteLine($"     {commitment.Role.DisplayName().Get(french ? Language.French : Language.English)}{Colon(french)}{commitment.Actor} ({(french ? "du" : "from")} {Day(commitment.From, french)}{until})");
                }

                if (actor is null && withoutLead.Contains(m.Number))
                {
                    output.WriteLine($"     {(french ? "sans pilote (COM007)" : "without a lead (COM007)")}");
                }
            }
        }
    }

    private static void WriteJson(TextWriter output, LedgerDocument document, LocalDate date, int? measure, string? actor)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, CliJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("asOf", LocalDatePattern.Iso.Format(date));
            writer.WriteStartArray("ledgers");
            foreach (var ledger in document.Ledgers)
            {
                writer.WriteStartObject();
                if (ledger.Territory is { } territory)
                {
                    writer.WriteString("territory", territory.Code.Value);
                }

                var withoutLead = ledger.RollupAt(date).WithoutLead;
                writer.WriteStartArray("withoutLead");
                foreach (var number in withoutLead)
                {
                    if (measure is not { } only || number.Value == only)
                    {
                        writer.WriteNumberValue(number.Value);
                    }
                }

                writer.WriteEndArray();
                writer.WriteStartArray("commitments");
                foreach (var commitment in Holding(ledger, date, measure, actor))
                {
                    JsonSerializer.Serialize(writer, commitment, AlliancesJsonContext.Default.Commitment);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>A colon as each language writes it: French puts a no-break space before it.</summary>
    private static string Colon(bool french) => french ? "\u00A0: " : ": ";

    private static string Day(LocalDate day, bool french) =>
        ImpreciseDate.On(day).ToNaturalText(french ? Language.French : Language.English);
}
