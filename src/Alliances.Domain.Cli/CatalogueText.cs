using System.Globalization;
using Spectre.Console;

namespace Alliances.Domain.Cli;

/// <summary>
/// The renderings of the <c>catalogue</c> command's one model, a programme (with a ledger's follow-up when one is given):
/// plain text and tables for a terminal; its JSON is the programme document.
/// </summary>
internal static class CatalogueText
{
    /// <summary>Writes the whole programme; with a ledger, each measure's lead at a date and the ledger's own milestones.</summary>
    internal static void Write(TextWriter output, Programme programme, Language language, FollowUp? followUp = null)
    {
        var l = new Phrases(language);
        string T(LocalizedText text) => text.Get(language);

        output.WriteLine($"{T(programme.Name)} ({programme.Id})");
        output.WriteLine(new string('=', T(programme.Name).Length + programme.Id.Value.Length + 3));
        output.WriteLine($"{Words.Launched.Get(language)}{Words.Colon(language)} {ImpreciseDate.On(programme.LaunchDate).ToNaturalText(language)}");
        output.WriteLine($"{Words.CoreResults.Get(language)}{Words.Colon(language)} {l.Months(programme.ResultsHorizon.MinimumMonths, programme.ResultsHorizon.MaximumMonths)}");
        if (programme.Evaluation is { } evaluation)
        {
            output.WriteLine($"{Words.Evaluation.Get(language)}{Words.Colon(language)} {evaluation.When.ToNaturalText(language)}, {l.LooksBack(evaluation.LooksBackOver)}. {T(evaluation.Purpose)}");
        }

        if (programme.Source is { } source)
        {
            output.WriteLine($"{Words.CatalogueSource.Get(language)}{Words.Colon(language)} {l.Quote(T(source.Title))}, {source.Publisher}, {ImpreciseDate.On(source.Published).ToNaturalText(language)}");
        }

        foreach (var dimension in programme.Dimensions)
        {
            output.WriteLine();
            var heading = $"{T(dimension.Name)} ({Words.FirstEffects.Get(language)} {l.Months(dimension.Horizon.MinimumMonths, dimension.Horizon.MaximumMonths)})";
            output.WriteLine(heading);
            output.WriteLine(new string('-', heading.Length));
            output.WriteLine(T(dimension.Purpose));
            foreach (var measure in programme.MeasuresIn(dimension.Kind))
            {
                var leads = followUp?.LeadsOf(measure.Number, language) ?? string.Empty;
                output.WriteLine(leads.Length == 0 ? $"  {measure.Number.Value,2}. {T(measure.Title)}" : $"  {measure.Number.Value,2}. {T(measure.Title)} — {Words.LeadRole.Get(language)}{Words.Colon(language)} {leads}");
            }
        }

        output.WriteLine();
        Figures.Heading(output, $"{Words.Governance.Get(language)}{Words.Colon(language)} {T(programme.Governance.Name)}");
        output.WriteLine(T(programme.Governance.Purpose));
        foreach (var body in programme.Governance.Bodies)
        {
            output.WriteLine(body.Role is { } role ? $"  - {T(body.Name)}{Words.Colon(language)} {T(role)}" : $"  - {T(body.Name)}");
        }

        output.WriteLine();
        Figures.Heading(output, Words.Milestones.Get(language));
        var own = followUp?.Ledger.Milestones ?? [];
        var all = programme.Milestones.Concat(own).ToList();
        var dates = all.Select(m => m.Date.ToNaturalText(language)).ToList();
        var width = dates.Count == 0 ? 0 : dates.Max(d => d.Length);
        for (var i = 0; i < all.Count; i++)
        {
            var milestone = all[i];
            var details = new List<string> { T(milestone.Kind.DisplayName()) };
            if (milestone.Place is { } place)
            {
                details.Add(place);
            }

            if (i >= programme.Milestones.Count)
            {
                details.Add(ScheduleOutput.AddedBy(followUp!.Ledger.Territory?.Name, language));
            }

            output.WriteLine($"  {milestone.Sequence}. {dates[i].PadRight(width)}  {T(milestone.Title)} ({string.Join(", ", details)})");
        }

        var mission = programme.Mission;
        output.WriteLine();
        Figures.Heading(output, T(mission.Title));
        output.WriteLine(T(mission.Subject));
        output.WriteLine($"  {Words.CommissionedBy.Get(language)}{Words.Colon(language)} {Who(mission.CommissionedBy, language)}, {ImpreciseDate.InMonth(mission.Commissioned).ToNaturalText(language)}");
        output.WriteLine($"  {Words.LedBy.Get(language)}{Words.Colon(language)} {string.Join(Words.Semicolon(language) + " ", mission.LedBy.Select(p => Who(p, language)))}");
        output.WriteLine($"  {Words.Organisations.Get(language)}{Words.Colon(language)} {l.Count(mission.Contributors.OrganisationsMobilised)}{Words.Semicolon(language)} {Words.Contributors.Get(language)}{Words.Colon(language)} {l.Count(mission.Contributors.ContributorCount)}");
        output.WriteLine($"  {T(mission.Report.Title)}{Words.Colon(language)} {ImpreciseDate.On(mission.Report.Delivered).ToNaturalText(language)}, {Words.DeliveredTo.Get(language)} {mission.Report.DeliveredTo.Name}");

        if (!programme.Worlds.IsEmpty)
        {
            output.WriteLine($"  {Words.Worlds.Get(language)}{Words.Colon(language)} {string.Join(", ", programme.Worlds.Select(w => T(w.Name)))}");
        }

        if (!programme.Audiences.IsEmpty)
        {
            output.WriteLine($"  {Words.Audiences.Get(language)}{Words.Colon(language)} {string.Join(", ", programme.Audiences.Select(a => T(a.Name)))}");
        }

        if (programme.Poll is { } poll)
        {
            output.WriteLine();
            Figures.Heading(output, Words.Poll.Get(language));
            output.WriteLine($"{string.Join(" & ", poll.Pollsters)} {Words.CatalogueFor.Get(language)} {poll.CommissionedBy}, {ImpreciseDate.On(poll.Conducted).ToNaturalText(language)} ({T(poll.Population)})");
            output.WriteLine(T(poll.Question));
            WriteAnswers(output, poll.Answers, language, "  ");
        }
    }

    private static void WriteAnswers(TextWriter output, ValueList<PollAnswer> answers, Language language, string indent)
    {
        foreach (var answer in answers)
        {
            output.WriteLine($"{indent}{Share(answer.Share, language),6}  {answer.Label.Get(language)}");
            WriteAnswers(output, answer.Nested, language, indent + "      ");
        }
    }

    /// <summary>Writes a poll's share as the source does, with a decimal only where it has one: <c>81 %</c> / <c>81%</c>, <c>2,5 %</c>.</summary>
    private static string Share(Percentage share, Language language) =>
        NaturalText.Percentage(share, language, share.Points == Math.Round(share.Points) ? 0 : 1);

    private static string Who(Person person, Language language) => $"{person.Name} ({person.Role.Get(language)})";

    /// <summary>The catalogue: dimensions with their measures, then the milestones.</summary>
    internal static void WriteRich(IAnsiConsole console, Programme programme, Language language, FollowUp? followUp = null)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(programme.Name.Get(language))}[/] ({programme.Id})").LeftJustified());
        foreach (var dimension in programme.Dimensions)
        {
            var horizon = dimension.Horizon;
            var table = new Table().Border(TableBorder.Rounded)
                .Title($"{Markup.Escape(dimension.Name.Get(language))} · {Markup.Escape(NaturalText.Horizon(horizon, language))}")
                .Caption(Markup.Escape(dimension.Purpose.Get(language)))
                .AddColumn(new TableColumn(Words.Number.Get(language)).RightAligned())
                .AddColumn(Words.Measure.Get(language));
            if (followUp is not null)
            {
                table.AddColumn(Words.Lead.Get(language));
            }

            foreach (var measure in programme.MeasuresIn(dimension.Kind))
            {
                if (followUp is null)
                {
                    table.AddRow(measure.Number.ToString(), Markup.Escape(measure.Title.Get(language)));
                }
                else
                {
                    var leads = followUp.LeadsOf(measure.Number, language);
                    table.AddRow(measure.Number.ToString(), Markup.Escape(measure.Title.Get(language)), leads.Length == 0 ? "[grey]—[/]" : Markup.Escape(leads));
                }
            }

            console.Write(table);
        }

        var milestones = new Table().Border(TableBorder.Rounded).Title(Words.Milestones.Get(language))
            .AddColumn(new TableColumn(Words.Number.Get(language)).RightAligned())
            .AddColumn(Words.Date.Get(language))
            .AddColumn(Words.Milestone.Get(language))
            .AddColumn(Words.Kind.Get(language));
        var own = followUp?.Ledger.Milestones ?? [];
        foreach (var milestone in programme.Milestones.Concat(own))
        {
            var date = Markup.Escape(milestone.Date.ToNaturalText(language));
            var added = own.Contains(milestone) ? $" [blue]({Markup.Escape(ScheduleOutput.AddedBy(followUp!.Ledger.Territory?.Name, language))})[/]" : string.Empty;
            milestones.AddRow(
                milestone.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
                milestone.Date.IsToBeConfirmed ? $"[yellow]{date}[/]" : date,
                Markup.Escape(milestone.Title.Get(language)) + added,
                Markup.Escape(milestone.Kind.DisplayName().Get(language)));
        }

        console.Write(milestones);
        var committee = programme.Governance;
        console.MarkupLine($"[bold]{Markup.Escape(committee.Name.Get(language))}[/]{Words.Colon(language)} {Markup.Escape(string.Join(", ", committee.Bodies.Select(b => b.Name.Get(language))))}");
    }

    /// <summary>A ledger read beside the programme, and the date at which its leads are named.</summary>
    internal sealed record FollowUp(Progress.Ledger Ledger, NodaTime.LocalDate AsOf)
    {
        /// <summary>Gets a measure's leads at the date, joined, or an empty text when it has none.</summary>
        internal string LeadsOf(MeasureNumber measure, Language language) =>
            string.Join(", ", Ledger.LeadsOf(measure, AsOf).Select(a => Figures.Actor(a, language)));

    }

    /// <summary>The phrases around a figure (months, a period, a count, a quotation), in one language.</summary>
    private sealed class Phrases(Language language)
    {
        private bool French => language == Language.French;

        public string Months(int min, int max) => French
            ? string.Create(CultureInfo.InvariantCulture, $"de {min} à {max} mois après le lancement")
            : string.Create(CultureInfo.InvariantCulture, $"{min}–{max} months after launch");

        public string LooksBack(NodaTime.Period period) => (French ? "sur " : "over ") + Span(period);

        private string Span(NodaTime.Period period)
        {
            var parts = new List<string>();
            Add(parts, period.Years, French ? "an" : "year", French ? "ans" : "years");
            Add(parts, period.Months, French ? "mois" : "month", French ? "mois" : "months");
            Add(parts, period.Days, French ? "jour" : "day", French ? "jours" : "days");
            if (parts.Count == 0)
            {
                parts.Add(NodaTime.Text.PeriodPattern.NormalizingIso.Format(period));
            }

            return string.Join(French ? " et " : " and ", parts);
        }

        private static void Add(List<string> parts, int value, string one, string many)
        {
            if (value != 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{value} {(value == 1 ? one : many)}"));
            }
        }

        public string Count(ApproximateCount count)
        {
            var value = count.Value.ToString(CultureInfo.InvariantCulture);
            return count.IsApproximate ? (French ? $"environ {value}" : $"about {value}") : value;
        }

        public string Quote(string text) => French ? $"«\u00A0{text}\u00A0»" : $"“{text}”";
    }
}
