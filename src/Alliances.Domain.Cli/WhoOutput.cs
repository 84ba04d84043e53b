using System.Text.Json;
using Alliances.Domain.Progress;
using Alliances.Domain.Serialization;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
using static Alliances.Domain.Cli.Figures;

namespace Alliances.Domain.Cli;

/// <summary>
/// The <c>who</c> command's one model, who does what in each ledger at a date, and its three renderings: plain text,
/// tables for a terminal, and JSON.
/// </summary>
internal static class WhoOutput
{
    /// <summary>Computes who does what: the commitments that hold at a date, for a measure or an actor when given.</summary>
    internal static Who Of(LedgerDocument document, LocalDate date, int? measure, string? actor)
    {
        var ledgers = new List<WhoLedger>();
        foreach (var ledger in document.Ledgers)
        {
            var holding = ledger.Commitments.Where(c => c.HoldsOn(date)
                && (measure is not { } m || c.Measure.Value == m)
                && (actor is null || string.Equals(c.Actor.ToString(), actor, StringComparison.OrdinalIgnoreCase))).ToList();
            // Before any commitment a ledger does not say who does what: no measure is "without a lead" (COM007), as in the views.
            var withoutLead = ledger.Commitments.IsEmpty ? [] : ledger.RollupAt(date).WithoutLead.Where(n => measure is not { } only || n.Value == only).ToList();
            var measures = ledger.Programme.Measures
                .Where(m => measure is not { } only || m.Number.Value == only)
                .Select(m => new WhoMeasure(m, [.. holding.Where(c => c.Measure == m.Number).OrderBy(c => c.Role == CommitmentRole.Lead ? 0 : 1 + (int)c.Role)], actor is null && withoutLead.Contains(m.Number)))
                .Where(m => actor is null || m.Holding.Count > 0)
                .ToList();
            ledgers.Add(new WhoLedger(ledger, measures, holding, withoutLead));
        }

        return new Who(date, ledgers);
    }

    /// <summary>Writes who does what as plain text.</summary>
    internal static void WriteText(TextWriter output, Who who, Language language)
    {
        var colon = Words.Colon(language) + " ";
        foreach (var ledger in who.Ledgers)
        {
            output.WriteLine($"{Scope(ledger.Ledger, language)}{colon}{Words.WhoDoesWhatOn.Get(language)} {Day(who.AsOf, language)}");
            foreach (var entry in ledger.Measures)
            {
                output.WriteLine($"  {entry.Measure.Number}. {entry.Measure.Title.Get(language)}");
                if (entry.Measure.AnswerableBody is { } body)
                {
                    output.WriteLine($"     {Words.AnswerableBody.Get(language)}{colon}{body.Name.Get(language)}");
                }

                foreach (var commitment in entry.Holding)
                {
                    output.WriteLine($"     {commitment.Role.DisplayName().Get(language)}{colon}{Actor(commitment.Actor, language)} ({Held(commitment, language)})");
                }

                if (entry.WithoutLead)
                {
                    output.WriteLine($"     {Words.WithoutALead.Get(language)}");
                }
            }
        }
    }

    /// <summary>Writes who does what as tables for a terminal, one a ledger.</summary>
    internal static void WriteRich(IAnsiConsole console, Who who, Language language)
    {
        foreach (var ledger in who.Ledgers)
        {
            var table = new Table().Border(TableBorder.Rounded)
                .Title(Markup.Escape($"{Scope(ledger.Ledger, language)}{Words.Colon(language)} {Words.WhoDoesWhatOn.Get(language)} {Day(who.AsOf, language)}"))
                .AddColumn(new TableColumn(Words.Number.Get(language)).RightAligned())
                .AddColumn(Words.Measure.Get(language))
                .AddColumn(Words.Role.Get(language))
                .AddColumn(Words.Actor.Get(language))
                .AddColumn(Words.Since.Get(language))
                .AddColumn(Words.Until.Get(language));
            foreach (var entry in ledger.Measures)
            {
                var number = $"{entry.Measure.Number}";
                var title = Markup.Escape(entry.Measure.Title.Get(language));
                if (entry.Measure.AnswerableBody is { } body)
                {
                    table.AddRow(number, title, Markup.Escape(Words.AnswerableBody.Get(language)), Markup.Escape(body.Name.Get(language)), string.Empty, string.Empty);
                    (number, title) = (string.Empty, string.Empty);
                }

                foreach (var commitment in entry.Holding)
                {
                    var until = commitment.LastDayHeld is { } last ? Markup.Escape(Day(last, language)) : "—";
                    table.AddRow(number, title, Markup.Escape(commitment.Role.DisplayName().Get(language)), Markup.Escape(Actor(commitment.Actor, language)), Markup.Escape(Day(commitment.From, language)), until);
                    (number, title) = (string.Empty, string.Empty);
                }

                if (entry.WithoutLead)
                {
                    table.AddRow(number, title, $"[red]{Markup.Escape(Words.WithoutALead.Get(language))}[/]", string.Empty, string.Empty, string.Empty);
                }
                else if (number.Length > 0)
                {
                    table.AddRow(number, title, "[grey]—[/]", string.Empty, string.Empty, string.Empty);
                }
            }

            console.Write(table);
        }
    }

    /// <summary>Writes who does what as JSON: each ledger's measures without a lead and the commitments that hold.</summary>
    internal static void WriteJson(TextWriter output, Who who)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, CliJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("asOf", LocalDatePattern.Iso.Format(who.AsOf));
            writer.WriteStartArray("ledgers");
            foreach (var ledger in who.Ledgers)
            {
                writer.WriteStartObject();
                if (ledger.Ledger.Territory is { } territory)
                {
                    writer.WriteString("territory", territory.Code.Value);
                }

                writer.WriteStartArray("withoutLead");
                foreach (var number in ledger.WithoutLead)
                {
                    writer.WriteNumberValue(number.Value);
                }

                writer.WriteEndArray();
                writer.WriteStartArray("commitments");
                foreach (var commitment in ledger.Commitments)
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

    private static string Scope(Ledger ledger, Language language) =>
        ledger.Territory is { } territory ? $"{territory.Code} {territory.Name}" : Words.NationalScope.Get(language);

    private static string Held(Commitment commitment, Language language)
    {
        var until = commitment.LastDayHeld is { } last ? $" {Words.To.Get(language).ToLowerInvariant()} {Day(last, language)}" : string.Empty;
        return $"{Words.From.Get(language).ToLowerInvariant()} {Day(commitment.From, language)}{until}";
    }

    /// <summary>Who does what in each ledger of a document at a date.</summary>
    internal sealed record Who(LocalDate AsOf, IReadOnlyList<WhoLedger> Ledgers);

    /// <summary>One ledger's measures and who does what on them; its measures without a lead, and the commitments that hold.</summary>
    internal sealed record WhoLedger(Ledger Ledger, IReadOnlyList<WhoMeasure> Measures, IReadOnlyList<Commitment> Commitments, IReadOnlyList<MeasureNumber> WithoutLead);

    /// <summary>A measure, the commitments on it that hold (a lead first), and whether it is without a lead.</summary>
    internal sealed record WhoMeasure(Measure Measure, IReadOnlyList<Commitment> Holding, bool WithoutLead);
}
