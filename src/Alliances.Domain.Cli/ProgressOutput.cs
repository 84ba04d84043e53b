using System.Globalization;
using Alliances.Domain.Progress;
using Alliances.Domain.Scheduling;
using Alliances.Domain.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Alliances.Domain.Cli;

/// <summary>Writes progress figures as tables with bars, or as JSON.</summary>
internal static class ProgressOutput
{
    private const int BarWidth = 20;

    /// <summary>Writes the figures as text.</summary>
    internal static void WriteText(TextWriter output, LedgerDocument document, LocalDate asOf, TerritoryCode? detail, Language language)
    {
        var french = language == Language.French;
        var programme = document.Ledgers[0].Programme;
        Heading(output, $"{programme.Name.Get(language)}{Colon(french)} {(french ? "avancement au" : "progress as of")} {Day(asOf, language)}");
        if (document.Portfolio is { } portfolio)
        {
            var national = portfolio.RollupAt(asOf);
            output.WriteLine($"{(french ? "Vue nationale" : "National view")}{Colon(french)} {portfolio.Ledgers.Count} {(french ? "territoires" : "territories")}, {portfolio.ReportCount} {(french ? "rapports" : "reports")}");
            output.WriteLine();
            output.WriteLine($"  {Pad(french ? "Programme" : "Programme", 24)}{Bar(national.Progress)}  {(french ? "couverture" : "coverage")} {Percent(national.Coverage)}");
            foreach (var dimension in national.Dimensions)
            {
                output.WriteLine($"  {Pad(programme.GetDimension(dimension.Dimension).Name.Get(language), 24)}{Bar(dimension.Progress)}");
            }

            output.WriteLine();
            Heading(output, french ? "Classement des territoires" : "Territories ranked");
            foreach (var rank in national.Ranking)
            {
                output.WriteLine($"  {rank.Rank,2}. {Pad(rank.Territory.ToString(), 28)}{Bar(rank.Progress)}  {(french ? "écart" : "variance")} {Points(rank.Variance)}");
            }

            output.WriteLine();
            Heading(output, french ? "Mesures les plus en retard, tous territoires" : "Measures lagging most across territories");
            var lagging = national.Lagging();
            if (lagging.IsEmpty)
            {
                output.WriteLine("  —");
            }

            foreach (var measure in lagging)
            {
                output.WriteLine($"  {measure.Measure.Value,2}. {Pad(Points(measure.MeanVariance), 12)}{Bar(measure.Progress)}  {Shorten(programme.GetMeasure(measure.Measure).Title.Get(language), 60)}");
            }

            if (detail is { } code)
            {
                output.WriteLine();
                WriteLedger(output, portfolio.GetLedger(code), asOf, language);
            }
        }
        else
        {
            WriteLedger(output, document.Ledger!, asOf, language);
        }
    }

    /// <summary>
    /// Writes the progress view (<see cref="ProgressView"/>) as JSON: of the document, or of one territory of a portfolio.
    /// </summary>
    internal static void WriteJson(TextWriter output, LedgerDocument document, LocalDate asOf, TerritoryCode? territory)
    {
        var view = territory is { } code ? ProgressView.Of(document.Portfolio!.GetLedger(code), asOf) : ProgressView.Of(document, asOf);
        CliJson.Write(output, view, AlliancesJsonContext.Default.ProgressView);
    }

    private static void WriteLedger(TextWriter output, Ledger ledger, LocalDate asOf, Language language)
    {
        var french = language == Language.French;
        var rollup = ledger.RollupAt(asOf);
        var programme = ledger.Programme;
        var scope = ledger.Territory is { } territory ? territory.ToString() : (french ? "ledger national" : "national ledger");
        Heading(output, $"{scope} ({(french ? "lancement" : "launch")} {Day(ledger.LaunchDate, language)})");
        output.WriteLine($"  {Pad("Programme", 24)}{Bar(rollup.Progress)}  {(french ? "attendu" : "expected")} {Percent(rollup.Expected)}  {(french ? "écart" : "variance")} {Points(rollup.Variance)}  {OnTrack(rollup.IsOnTrack, french)}");
        var weakest = rollup.WeakestDimension is { } kind ? programme.GetDimension(kind).Name.Get(language) : "—";
        output.WriteLine($"  {(french ? "Couverture" : "Coverage")} {Percent(rollup.Coverage)}  ·  {(french ? "Étendue" : "Breadth")} {Percent(rollup.Breadth)}  ·  {(french ? "Indice équilibré" : "Balanced index")} {Percent(rollup.BalancedIndex)}  ·  {(french ? "Dimension la plus faible" : "Weakest dimension")}{Colon(french)} {weakest}");
        output.WriteLine();
        foreach (var dimension in rollup.Dimensions)
        {
            output.WriteLine($"  {Pad(programme.GetDimension(dimension.Dimension).Name.Get(language), 24)}{Bar(dimension.Progress)}  {(french ? "couverture" : "coverage")} {Percent(dimension.Coverage)}");
        }

        output.WriteLine();
        var header = french
            ? "   n°  Statut              Avancement                      Attendu  Écart    Calendrier           Prévision   Titre"
            : "    #  Status              Progress                        Expected Variance Schedule             Forecast    Title";
        output.WriteLine(header);
        foreach (var measure in rollup.Measures)
        {
            var forecast = ledger.ForecastCompletion(measure.Measure, asOf);
            var forecastText = forecast.Outcome switch
            {
                ForecastOutcome.Forecast or ForecastOutcome.Overdue or ForecastOutcome.AlreadyComplete => Iso(forecast.Date!.Value),
                _ => "—",
            };
            output.WriteLine(
                $"   {measure.Measure.Value,2}  {Pad(measure.Status.DisplayName().Get(language), 18)}  {Bar(measure.Progress)}  {Pad(Percent(measure.Expected), 8)} {Pad(Points(measure.Variance), 8)} {Pad(measure.Schedule.DisplayName().Get(language), 20)} {Pad(forecastText, 11)} {Shorten(programme.GetMeasure(measure.Measure).Title.Get(language), 50)}");
        }

        output.WriteLine();
        var lagging = rollup.Lagging();
        output.WriteLine($"  {(french ? "Mesures les plus en retard" : "Lagging measures")}{Colon(french)} {(lagging.IsEmpty ? "—" : string.Join(", ", lagging.Select(m => $"{m.Measure} ({Points(m.Variance)})")))}");
        var cancelled = rollup.Cancelled;
        if (!cancelled.IsEmpty)
        {
            output.WriteLine($"  {(french ? "Mesures abandonnées" : "Cancelled measures")}{Colon(french)} {string.Join(", ", cancelled)}");
        }

        var leads = rollup.Measures.SelectMany(m => ledger.LeadsOf(m.Measure, asOf).Select(a => $"{m.Measure} {a}")).ToList();
        if (leads.Count > 0)
        {
            output.WriteLine($"  {(french ? "Pilotes" : "Leads")}{Colon(french)} {string.Join(" · ", leads)}");
            output.WriteLine($"  {(french ? "Sans pilote (COM007)" : "Without a lead (COM007)")}{Colon(french)} {(rollup.WithoutLead.IsEmpty ? "—" : string.Join(", ", rollup.WithoutLead))}");
        }
    }

    /// <summary>A bar of 20 cells and the percentage, or "unknown".</summary>
    internal static string Bar(Percentage? value)
    {
        if (value is not { } p)
        {
            return new string('·', BarWidth) + "  unknown";
        }

        var filled = (int)Rounded(p.Points * BarWidth / 100, 0);
        return new string('█', filled) + new string('░', BarWidth - filled) + " " + Percent(p).PadLeft(7);
    }

    /// <summary>
    /// Rounds a figure for people (rule PRO017): a half away from zero, on the figure written to 15 significant digits,
    /// as the format strings below round it, so that 0.125 gives 0.13 in JSON and 0.05 gives 0.1 in a table.
    /// </summary>
    /// <param name="value">The figure, finite.</param>
    /// <param name="decimals">The decimals to keep.</param>
    /// <returns>The rounded figure; 0 rather than −0.</returns>
    internal static double Rounded(double value, int decimals) =>
        (double)NaturalText.Round(value, decimals) + 0.0; // rule PRO017; + 0.0: −0 becomes 0

    private static string Percent(Percentage? value) =>
        value is { } p ? p.Points.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    private static string Points(double? value) => value switch
    {
        null => "—",
        { } v when Math.Abs(v) < 0.05 => "0.0",
        { } v => (v > 0 ? "+" : "−") + Math.Abs(v).ToString("0.0", CultureInfo.InvariantCulture),
    };

    private static string OnTrack(bool? onTrack, bool french) => onTrack switch
    {
        true => french ? "dans les temps" : "on track",
        false => french ? "en retard" : "off track",
        _ => french ? "inconnu" : "unknown",
    };

    private static string Day(LocalDate day, Language language) => ImpreciseDate.On(day).ToNaturalText(language);

    private static string Iso(LocalDate day) => LocalDatePattern.Iso.Format(day);

    private static string Colon(bool french) => french ? "\u00A0:" : ":";

    private static string Pad(string text, int width) => text.Length >= width ? text + " " : text.PadRight(width);

    private static string Shorten(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    private static void Heading(TextWriter output, string heading)
    {
        output.WriteLine(heading);
        output.WriteLine(new string('-', heading.Length));
    }
}
