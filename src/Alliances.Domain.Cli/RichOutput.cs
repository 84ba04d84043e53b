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
            var added = own.Contains(milestone) ? $" [blue]({Markup.Escape(ScheduleOutput.AddedBy(followUp!.Ledger.Territory?.Name, french))})[/]" : string.Empty;
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

    /// <summary>The schedule: windows, milestones relative to the date, measure statuses.</summary>
    internal static void Schedule(IAnsiConsole console, ProgrammeSchedule schedule, MilestoneCalendar calendar, ScheduleSnapshot snapshot, Language language, ScheduleOutput.FollowUp? followUp = null)
    {
        var asOf = snapshot.AsOf;
        var addedBy = followUp?.AddedBy;
        var french = language == Language.French;
        console.Write(new Rule($"[bold]{Markup.Escape(schedule.Programme.Name.Get(language))}[/] · {Day(asOf, language)}").LeftJustified());
        var windows = new Table().Border(TableBorder.Rounded).Title(french ? "Fenêtres" : "Windows")
            .AddColumn(french ? "Fenêtre" : "Window").AddColumn(french ? "Du" : "From").AddColumn(french ? "Au" : "To");
        foreach (var window in schedule.DimensionWindows)
        {
            windows.AddRow(Markup.Escape(window.Dimension.Name.Get(language)), Day(window.Window.Start, language), Day(window.Window.End, language));
        }

        windows.AddRow(french ? "Cœur des résultats" : "Core results", Day(schedule.ResultsWindow.Start, language), Day(schedule.ResultsWindow.End, language));
        console.Write(windows);

        var milestones = new Table().Border(TableBorder.Rounded).Title(french ? "Étapes" : "Milestones")
            .AddColumn("#").AddColumn(french ? "Où en est-elle" : "Timing").AddColumn("Date").AddColumn(french ? "Étape" : "Milestone");
        foreach (var milestone in calendar.Milestones)
        {
            var timing = MilestoneCalendar.TimingOf(milestone, asOf);
            var colour = timing switch { MilestoneTiming.Past => "grey", MilestoneTiming.Upcoming => "green", _ => "yellow" };
            var added = calendar.IsAddition(milestone) ? $" [blue]({Markup.Escape(ScheduleOutput.AddedBy(addedBy, french))})[/]" : string.Empty;
            milestones.AddRow($"{milestone.Sequence}", $"[{colour}]{timing}[/]", Markup.Escape(milestone.Date.ToNaturalText(language)), Markup.Escape(milestone.Title.Get(language)) + added);
        }

        console.Write(milestones);

        var measures = new Table().Border(TableBorder.Rounded).Title(french ? "Mesures" : "Measures")
            .AddColumn(new TableColumn("#").RightAligned()).AddColumn(french ? "Statut" : "Status").AddColumn(french ? "Règle" : "Rule").AddColumn(french ? "Mesure" : "Measure");
        foreach (var status in snapshot.Statuses)
        {
            var colour = status.Status switch { ScheduleStatus.Overdue or ScheduleStatus.Late => "red", ScheduleStatus.Due => "yellow", _ => "green" };
            measures.AddRow($"{status.Measure}", $"[{colour}]{Markup.Escape(status.Status.DisplayName().Get(language))}[/]", status.Rule.Code, Markup.Escape(schedule.Programme.GetMeasure(status.Measure).Title.Get(language)));
        }

        console.Write(measures);
        if (followUp is { SaysWhoDoesWhat: true })
        {
            var without = snapshot.WithoutLead.IsEmpty ? "—" : string.Join(", ", snapshot.WithoutLead);
            console.MarkupLine($"[bold]{(french ? "Sans pilote" : "Without a lead")}[/] [grey](COM007)[/]: {(snapshot.WithoutLead.IsEmpty ? without : $"[red]{without}[/]")}");
        }
    }

    /// <summary>The progress of a ledger, or the national view of a portfolio.</summary>
    internal static void Progress(IAnsiConsole console, LedgerDocument document, LocalDate asOf, TerritoryCode? detail, Language language)
    {
        var french = language == Language.French;
        var programme = document.Ledgers[0].Programme;
        console.Write(new Rule($"[bold]{Markup.Escape(programme.Name.Get(language))}[/] · {Day(asOf, language)}").LeftJustified());
        if (document.Portfolio is { } portfolio)
        {
            var national = portfolio.RollupAt(asOf);
            var ranking = new Table().Border(TableBorder.Rounded).Title(french ? "Classement des territoires" : "Territories ranked")
                .AddColumn(new TableColumn("#").RightAligned()).AddColumn(french ? "Territoire" : "Territory").AddColumn(new TableColumn(french ? "Avancement" : "Progress").NoWrap()).AddColumn(french ? "Écart" : "Variance");
            foreach (var rank in national.Ranking)
            {
                ranking.AddRow($"{rank.Rank}", Markup.Escape(rank.Territory.ToString()), Bar(rank.Progress), Points(rank.Variance));
            }

            console.MarkupLine($"[bold]{(french ? "Vue nationale" : "National view")}[/]: {Bar(national.Progress)}");
            console.Write(ranking);
            if (detail is { } code)
            {
                Ledger(console, portfolio.GetLedger(code), asOf, language);
            }
        }
        else
        {
            Ledger(console, document.Ledger!, asOf, language);
        }
    }

    private static void Ledger(IAnsiConsole console, Ledger ledger, LocalDate asOf, Language language)
    {
        var french = language == Language.French;
        var rollup = ledger.RollupAt(asOf);
        console.MarkupLine($"[bold]{Markup.Escape(ledger.Territory?.ToString() ?? (french ? "Ledger national" : "National ledger"))}[/]: {Bar(rollup.Progress)} · {(french ? "attendu" : "expected")} {Percent(rollup.Expected)} · {(french ? "écart" : "variance")} {Points(rollup.Variance)}");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("#").RightAligned())
            .AddColumn(new TableColumn(french ? "Statut" : "Status").NoWrap())
            .AddColumn(new TableColumn(french ? "Avancement" : "Progress").NoWrap())
            .AddColumn(new TableColumn(french ? "Écart" : "Variance").RightAligned())
            .AddColumn(french ? "Calendrier" : "Schedule")
            .AddColumn(french ? "Mesure" : "Measure");

        // Leads are shown once the ledger says who does what; before any commitment, every measure would be without one.
        var whoDoesWhat = !ledger.Commitments.IsEmpty;
        if (whoDoesWhat)
        {
            table.AddColumn(french ? "Pilote" : "Lead");
        }

        foreach (var measure in rollup.Measures)
        {
            var cells = new List<string>
            {
                $"{measure.Measure}",
                Markup.Escape(measure.Status.DisplayName().Get(language)),
                Bar(measure.Progress),
                Points(measure.Variance),
                Markup.Escape(measure.Schedule.DisplayName().Get(language)),
                Markup.Escape(ledger.Programme.GetMeasure(measure.Measure).Title.Get(language)),
            };
            if (whoDoesWhat)
            {
                var leads = CatalogueText.FollowUp.Leads(ledger, measure.Measure, asOf);
                cells.Add(leads.Length > 0 ? Markup.Escape(leads) : rollup.WithoutLead.Contains(measure.Measure) ? $"[red]{(french ? "aucun" : "none")}[/] [grey](COM007)[/]" : "[grey]—[/]");
            }

            table.AddRow([.. cells]);
        }

        console.Write(table);
    }

    private static string Bar(Percentage? value)
    {
        if (value is not { } p)
        {
            return "[grey]unknown[/]";
        }

        var filled = (int)ProgressOutput.Rounded(p.Points / 10, 0);
        var colour = p.Points >= 66 ? "green" : p.Points >= 33 ? "yellow" : "red";
        return $"[{colour}]{new string('█', filled)}[/][grey]{new string('░', 10 - filled)}[/] {Percent(p),6}";
    }

    private static string Percent(Percentage? value) =>
        value is { } p ? p.Points.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";

    private static string Points(double? value) =>
        value is { } v ? (v >= 0 ? "[green]+" : "[red]−") + Math.Abs(v).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "[/]" : "—";

    private static string Day(LocalDate day, Language language) => Markup.Escape(ImpreciseDate.On(day).ToNaturalText(language));
}
