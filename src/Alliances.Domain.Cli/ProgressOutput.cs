using Alliances.Domain.Progress;
using Alliances.Domain.Serialization;
using Spectre.Console;
using static Alliances.Domain.Cli.Figures;

namespace Alliances.Domain.Cli;

/// <summary>
/// The three renderings of the <c>progress</c> command's one model, the library's <see cref="ProgressView"/>: plain
/// text, tables for a terminal, and the view's JSON.
/// </summary>
internal static class ProgressOutput
{
    /// <summary>Writes the view as plain text: the national view of a portfolio, and a ledger's detail.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="view">The view of the document.</param>
    /// <param name="detail">For a portfolio, the territory whose ledger to detail; none for the national view alone.</param>
    /// <param name="language">The language.</param>
    internal static void WriteText(TextWriter output, ProgressView view, TerritoryCode? detail, Language language)
    {
        var programme = view.Programme;
        var colon = Words.Colon(language);
        Heading(output, $"{programme.Name.Get(language)}{colon} {Words.ProgressAsOf.Get(language)} {Day(view.AsOf, language)}");
        if (view.National is { } national)
        {
            output.WriteLine($"{Words.NationalView.Get(language)}{colon} {Words.Territories(view.Ledgers.Count, language)}");
            output.WriteLine();
            output.WriteLine($"  {Pad(Words.Programme.Get(language), 24)}{Bar(national.Progress, language)}  {Words.Coverage.Get(language).ToLowerInvariant()} {Percent(national.Coverage, language)}");
            foreach (var dimension in national.Dimensions)
            {
                output.WriteLine($"  {Pad(programme.GetDimension(dimension.Dimension).Name.Get(language), 24)}{Bar(dimension.Progress, language)}");
            }

            output.WriteLine();
            Heading(output, Words.TerritoriesRanked.Get(language));
            foreach (var rank in national.Ranking)
            {
                output.WriteLine($"  {rank.Rank,2}. {Pad(rank.Territory.ToString(), 28)}{Bar(rank.Progress, language)}  {Words.Variance.Get(language).ToLowerInvariant()} {Points(rank.Variance, language)}");
            }

            output.WriteLine();
            Heading(output, Words.LaggingAcrossTerritories.Get(language));
            var lagging = national.Lagging();
            if (lagging.IsEmpty)
            {
                output.WriteLine("  —");
            }

            foreach (var measure in lagging)
            {
                output.WriteLine($"  {measure.Measure.Value,2}. {Pad(Points(measure.MeanVariance, language), 14)}{Bar(measure.Progress, language)}  {Shorten(programme.GetMeasure(measure.Measure).Title.Get(language), 60)}");
            }
        }

        if (Detailed(view, detail) is { } ledger)
        {
            if (view.National is not null)
            {
                output.WriteLine();
            }

            WriteLedger(output, programme, ledger, language);
        }
    }

    /// <summary>Writes the view as tables for a terminal: the national view of a portfolio, and a ledger's detail.</summary>
    /// <param name="console">The terminal.</param>
    /// <param name="view">The view of the document.</param>
    /// <param name="detail">For a portfolio, the territory whose ledger to detail; none for the national view alone.</param>
    /// <param name="language">The language.</param>
    internal static void WriteRich(IAnsiConsole console, ProgressView view, TerritoryCode? detail, Language language)
    {
        console.Write(new Rule($"[bold]{Markup.Escape(view.Programme.Name.Get(language))}[/] · {Markup.Escape(Day(view.AsOf, language))}").LeftJustified());
        if (view.National is { } national)
        {
            var narrow = Narrow(console);
            var ranking = new Table().Border(TableBorder.Rounded).Title(Words.TerritoriesRanked.Get(language))
                .AddColumn(new TableColumn(Words.Number.Get(language)).RightAligned())
                .AddColumn(Words.Territory.Get(language))
                .AddColumn(new TableColumn(Words.Progress.Get(language)).NoWrap());
            if (!narrow)
            {
                ranking.AddColumn(new TableColumn(Words.Variance.Get(language)).RightAligned());
            }

            foreach (var rank in national.Ranking)
            {
                ranking.AddRow(narrow
                    ? [$"{rank.Rank}", Markup.Escape(rank.Territory.ToString()), RichBar(rank.Progress, language)]
                    : [$"{rank.Rank}", Markup.Escape(rank.Territory.ToString()), RichBar(rank.Progress, language), RichPoints(rank.Variance, language)]);
            }

            console.MarkupLine($"[bold]{Words.NationalView.Get(language)}[/]{Words.Colon(language)} {RichBar(national.Progress, language)}");
            console.Write(ranking);
        }

        if (Detailed(view, detail) is { } ledger)
        {
            RichLedger(console, view.Programme, ledger, language);
        }
    }

    /// <summary>Writes the view as JSON, the contract's <c>progressView</c>.</summary>
    internal static void WriteJson(TextWriter output, ProgressView view) => CliJson.Write(output, view, AlliancesJsonContext.Default.ProgressView);

    /// <summary>Gets the ledger to detail: a ledger's own, or the territory's of a portfolio; none for a portfolio alone.</summary>
    private static LedgerProgressView? Detailed(ProgressView view, TerritoryCode? detail) =>
        view.National is null ? view.Ledgers[0]
        : detail is { } code ? view.Ledgers.First(l => l.Territory?.Code == code)
        : null;

    private static string Scope(LedgerProgressView ledger, Language language) =>
        ledger.Territory?.ToString() ?? Words.NationalLedger.Get(language);

    private static void WriteLedger(TextWriter output, Programme programme, LedgerProgressView ledger, Language language)
    {
        var colon = Words.Colon(language);
        var figures = ledger.Figures;
        Heading(output, $"{Scope(ledger, language)} ({Words.Launch.Get(language).ToLowerInvariant()} {Day(ledger.LaunchDate, language)})");
        output.WriteLine($"  {Pad(Words.Programme.Get(language), 24)}{Bar(figures.Progress, language)}  {Words.Expected.Get(language).ToLowerInvariant()} {Percent(figures.Expected, language)}  {Words.Variance.Get(language).ToLowerInvariant()} {Points(figures.Variance, language)}  {Words.Track(figures.IsOnTrack).Get(language)}");
        var weakest = figures.WeakestDimension is { } kind ? programme.GetDimension(kind).Name.Get(language) : "—";
        output.WriteLine($"  {Words.Coverage.Get(language)} {Percent(figures.Coverage, language)}  ·  {Words.Breadth.Get(language)} {Percent(figures.Breadth, language)}  ·  {Words.BalancedIndex.Get(language)} {Percent(figures.BalancedIndex, language)}  ·  {Words.WeakestDimension.Get(language)}{colon} {weakest}");
        output.WriteLine();
        foreach (var dimension in figures.Dimensions)
        {
            output.WriteLine($"  {Pad(programme.GetDimension(dimension.Dimension).Name.Get(language), 24)}{Bar(dimension.Progress, language)}  {Words.Coverage.Get(language).ToLowerInvariant()} {Percent(dimension.Coverage, language)}");
        }

        output.WriteLine();
        output.WriteLine($"  {Words.Number.Get(language),3}  {Pad(Words.Status.Get(language), 18)}  {Pad(Words.Progress.Get(language), 28)}  {Pad(Words.Expected.Get(language), 8)} {Pad(Words.Variance.Get(language), 13)} {Pad(Words.Schedule.Get(language), 24)} {Pad(Words.Forecast.Get(language), 18)} {Words.Measure.Get(language)}");
        foreach (var measure in ledger.Measures)
        {
            var m = measure.Figures;
            output.WriteLine(
                $"   {m.Measure.Value,2}  {Pad(m.Status.DisplayName().Get(language), 18)}  {Bar(m.Progress, language)}  {Pad(Percent(m.Expected, language), 8)} {Pad(Points(m.Variance, language), 13)} {Pad(m.Schedule.DisplayName().Get(language), 24)} {Pad(Forecast(measure.Forecast, language), 18)} {Shorten(measure.Title.Get(language), 50)}");
        }

        output.WriteLine();
        var lagging = ledger.Lagging.IsEmpty ? "—" : string.Join(", ", ledger.Lagging.Select(m => $"{m} ({Points(figures.GetMeasure(m).Variance, language)})"));
        output.WriteLine($"  {Words.LaggingMeasures.Get(language)}{colon} {lagging}");
        if (!figures.Cancelled.IsEmpty)
        {
            output.WriteLine($"  {Words.CancelledMeasures.Get(language)}{colon} {string.Join(", ", figures.Cancelled)}");
        }

        if (ledger.WithoutLead is { } without)
        {
            var leads = ledger.Measures.SelectMany(m => m.Leads.Select(a => $"{m.Figures.Measure} {Actor(a, language)}")).ToList();
            output.WriteLine($"  {Words.Leads.Get(language)}{colon} {(leads.Count == 0 ? "—" : string.Join(" · ", leads))}");
            output.WriteLine($"  {Words.WithoutLead.Get(language)}{colon} {(without.IsEmpty ? "—" : string.Join(", ", without))}");
        }
    }

    private static void RichLedger(IAnsiConsole console, Programme programme, LedgerProgressView ledger, Language language)
    {
        var figures = ledger.Figures;
        console.MarkupLine(
            $"[bold]{Markup.Escape(Scope(ledger, language))}[/]{Words.Colon(language)} {RichBar(figures.Progress, language)} · {Words.Expected.Get(language).ToLowerInvariant()} {Percent(figures.Expected, language)} · {Words.Variance.Get(language).ToLowerInvariant()} {RichPoints(figures.Variance, language)} · {Words.Track(figures.IsOnTrack).Get(language)}");
        // A narrow terminal gets the measure, its progress and its title; a wide one every column.
        var narrow = Narrow(console);
        var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn(Words.Number.Get(language)).RightAligned());
        if (!narrow)
        {
            table.AddColumn(new TableColumn(Words.Status.Get(language)).NoWrap());
        }

        table.AddColumn(new TableColumn(Words.Progress.Get(language)).NoWrap());
        if (!narrow)
        {
            table.AddColumn(new TableColumn(Words.Variance.Get(language)).RightAligned()).AddColumn(Words.Schedule.Get(language));
        }

        table.AddColumn(Words.Measure.Get(language));

        // Leads are shown once the ledger says who does what; before any commitment, every measure would be without one.
        var without = narrow ? null : ledger.WithoutLead;
        if (without is not null)
        {
            table.AddColumn(Words.Lead.Get(language));
        }

        foreach (var measure in ledger.Measures)
        {
            var m = measure.Figures;
            var cells = narrow
                ? new List<string> { $"{m.Measure}", RichBar(m.Progress, language), Markup.Escape(measure.Title.Get(language)) }
                : new List<string>
                {
                    $"{m.Measure}",
                    Markup.Escape(m.Status.DisplayName().Get(language)),
                    RichBar(m.Progress, language),
                    RichPoints(m.Variance, language),
                    Markup.Escape(m.Schedule.DisplayName().Get(language)),
                    Markup.Escape(measure.Title.Get(language)),
                };
            if (without is not null)
            {
                cells.Add(!measure.Leads.IsEmpty ? Markup.Escape(string.Join(", ", measure.Leads.Select(a => Actor(a, language))))
                    : without.Value.Contains(m.Measure) ? $"[red]{Words.None.Get(language)}[/] [grey](COM007)[/]"
                    : "[grey]—[/]");
            }

            table.AddRow([.. cells]);
        }

        console.Write(table);
    }

    /// <summary>Tells whether a terminal is too narrow for every column: fewer than 100 columns.</summary>
    private static bool Narrow(IAnsiConsole console) => console.Profile.Width < 100;

    private static string RichBar(Percentage? value, Language language)
    {
        if (value is not { } p)
        {
            return $"[grey]{Words.Unknown.Get(language)}[/]";
        }

        var filled = Filled(p, 10);
        var colour = p.Points >= 66 ? "green" : p.Points >= 33 ? "yellow" : "red";
        return $"[{colour}]{new string('█', filled)}[/][grey]{new string('░', 10 - filled)}[/] {Percent(p, language),7}";
    }

    private static string RichPoints(double? value, Language language) =>
        value is { } v ? $"[{(v >= 0 ? "green" : "red")}]{Markup.Escape(Points(v, language))}[/]" : "—";
}
