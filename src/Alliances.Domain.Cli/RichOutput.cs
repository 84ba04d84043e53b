using Alliances.Domain.Progress;
using Alliances.Domain.Scheduling;
using Alliances.Domain.Serialization;
using NodaTime;
using Spectre.Console;

namespace Alliances.Domain.Cli;

/// <summary>Renders the commands' output as Spectre.Console tables, for a terminal.</summary>
internal static class RichOutput
{
    /// <summary>The catalogue: dimensions with their measures, then the milestones.</summary>
    internal static void Catalogue(IAnsiConsole console, Programme programme, Language language, CatalogueText.FollowUp? followUp = null)
    {
        var french = language == Language.French;
        console.Write(new Rule($"[bold]{Markup.Escape(programme.Name.Get(language))}[/] ({programme.Id})").LeftJustified());
        foreach (var dimension in programme.Dimensions)
        {
            var horizon = dimension.Horizon;
            var table = new Table().Border(TableBorder.Rounded)
                .Title($"{Markup.Escape(dimension.Name.Get(language))} · {horizon.MinimumMonths}–{horizon.MaximumMonths} {(french ? "mois" : "months")}")
                .Caption(Markup.Escape(dimension.Purpose.Get(language)))
                .AddColumn(new TableColumn("#").RightAligned())
                .AddColumn(french ? "Mesure" : "Measure");
            if (followUp is not null)
            {
                table.AddColumn(french ? "Pilote" : "Lead");
            }

            foreach (var measure in programme.MeasuresIn(dimension.Kind))
            {
                if (followUp is null)
                {
                    table.AddRow(measure.Number.ToString(), Markup.Escape(measure.Title.Get(language)));
                }
                else
                {
                    var leads = followUp.LeadsOf(measure.Number);
                    table.AddRow(measure.Number.ToString(), Markup.Escape(measure.Title.Get(language)), leads.Length == 0 ? "[grey]—[/]" : Markup.Escape(leads));
                }
            }

            console.Write(table);
        }

        var milestones = new Table().Border(TableBorder.Rounded).Title(french ? "Étapes" : "Milestones")
            .AddColumn(new TableColumn("#").RightAligned())
            .AddColumn(french ? "Date" : "Date")
            .AddColumn(french ? "Étape" : "Milestone")
            .AddColumn(french ? "Genre" : "Kind");
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
        console.MarkupLine($"[bold]{Markup.Escape(committee.Name.Get(language))}[/]: {Markup.Escape(string.Join(", ", committee.Bodies.Select(b => b.Name.Get(language))))}");
    }

    private static string Day(LocalDate day, Language language) => Markup.Escape(ImpreciseDate.On(day).ToNaturalText(language));
}
