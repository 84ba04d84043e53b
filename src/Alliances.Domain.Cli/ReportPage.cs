using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Alliances.Domain.Progress;
using Alliances.Domain.Scheduling;
using NodaTime;

namespace Alliances.Domain.Cli;

/// <summary>
/// Writes the report a follow-up committee looks at: one self-contained HTML page, rendered from the library's views
/// (<see cref="ProgressView"/> and <see cref="ScheduleView"/>), with its CSS and SVG inline and nothing to load. Every
/// chart stands beside a table of the same figures, for screen readers and for copying.
/// </summary>
internal static class ReportPage
{
    private const int ChartWidth = 960;
    private const int LabelWidth = 230;
    private const int RowHeight = 26;

    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Writes the page.</summary>
    /// <param name="output">Where the page goes.</param>
    /// <param name="progress">The progress view of the ledger or portfolio.</param>
    /// <param name="schedule">The schedule view: the ledger's, or the programme's for a portfolio.</param>
    /// <param name="language">The page's language.</param>
    internal static void Write(TextWriter output, ProgressView progress, ScheduleView schedule, Language language)
    {
        var page = new StringBuilder();
        var programme = progress.Programme;
        var title = $"{programme.Name.Get(language)} — {Words.ProgressAsOf.Get(language)} {NaturalText.Day(progress.AsOf, language)}";
        page.Append("<!DOCTYPE html>\n<html lang=\"").Append(language == Language.French ? "fr" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
            .Append("<meta name=\"generator\" content=\"alliances report (Alliances.Domain)\">\n")
            .Append("<title>").Append(Text(title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        page.Append("<header>\n<h1>").Append(Text(programme.Name.Get(language))).Append("</h1>\n<p class=\"scope\">")
            .Append(Text(Scope(progress, language))).Append(" · ").Append(Words.ProgressAsOfThen.Get(language))
            .Append("<time datetime=\"").Append(Iso(progress.AsOf)).Append("\">").Append(Text(NaturalText.Day(progress.AsOf, language))).Append("</time></p>\n</header>\n<main>\n");

        if (progress.National is { } national)
        {
            Portfolio(page, progress, national, language);
        }
        else
        {
            Ledger(page, programme, progress.Ledgers[0], language);
        }

        Schedule(page, schedule, language);
        Settings(page, progress.RollupSettings, language);
        page.Append("</main>\n<footer><p>").Append(Words.FiguresFooter.Get(language))
            .Append("</p></footer>\n</body>\n</html>\n");
        output.Write(page.ToString());
    }

    private static void Portfolio(StringBuilder page, ProgressView view, PortfolioProgress national, Language language)
    {
        var programme = view.Programme;
        page.Append("<section id=\"programme\" aria-labelledby=\"programme-title\">\n<h2 id=\"programme-title\">")
            .Append(Words.NationalView.Get(language)).Append("</h2>\n");
        var bars = new List<Bar> { new(Words.Programme.Get(language), national.Progress, null, true) };
        bars.AddRange(national.Dimensions.Select(d => new Bar(programme.GetDimension(d.Dimension).Name.Get(language), d.Progress, null, false)));
        BarChart(page, "programme-chart", Words.NationalChartCaption.Get(language), bars, language);
        page.Append("<table id=\"programme-table\">\n<caption>").Append(Words.NationalProgress.Get(language)).Append("</caption>\n<thead><tr><th scope=\"col\">")
            .Append(Words.Scope.Get(language)).Append("</th><th scope=\"col\">").Append(Words.Progress.Get(language)).Append("</th><th scope=\"col\">")
            .Append(Words.Coverage.Get(language)).Append("</th></tr></thead>\n<tbody>\n");
        Row(page, ["Programme", Percent(national.Progress, language), Percent(national.Coverage, language)], 0);
        foreach (var dimension in national.Dimensions)
        {
            Row(page, [programme.GetDimension(dimension.Dimension).Name.Get(language), Percent(dimension.Progress, language), ""], 0);
        }

        page.Append("</tbody>\n</table>\n</section>\n");

        page.Append("<section id=\"territories\" aria-labelledby=\"territories-title\">\n<h2 id=\"territories-title\">")
            .Append(Words.TerritoriesRanked.Get(language)).Append("</h2>\n");
        BarChart(
            page,
            "territories-chart",
            Words.TerritoriesChartCaption.Get(language),
            [.. view.Ledgers.OrderBy(l => RankOf(national, l)).Select(l => new Bar(l.Territory!.Name, l.Figures.Progress, l.Figures.Expected, false))],
            language);
        page.Append("<table id=\"territories-table\">\n<caption>").Append(Words.TerritoriesRankedByProgress.Get(language)).Append("</caption>\n<thead><tr><th scope=\"col\">")
            .Append(Words.Rank.Get(language)).Append("</th><th scope=\"col\">").Append(Words.Territory.Get(language)).Append("</th><th scope=\"col\">")
            .Append(Words.Progress.Get(language)).Append("</th><th scope=\"col\">").Append(Words.Expected.Get(language)).Append("</th><th scope=\"col\">")
            .Append(Words.Variance.Get(language)).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var rank in national.Ranking)
        {
            var ledger = view.GetTerritory(rank.Territory.Code);
            Row(page, [rank.Rank.ToString(CultureInfo.InvariantCulture), $"{rank.Territory.Name} ({rank.Territory.Code})", Percent(rank.Progress, language), Percent(ledger.Figures.Expected, language), Points(rank.Variance, language)], 1);
        }

        page.Append("</tbody>\n</table>\n</section>\n");

        page.Append("<section id=\"measures\" aria-labelledby=\"measures-title\">\n<h2 id=\"measures-title\">")
            .Append(Words.MeasuresAcrossTerritories.Get(language)).Append("</h2>\n<table id=\"measures-table\">\n<caption>")
            .Append(Words.MeasuresAcrossTerritoriesCaption.Get(language)).Append("</caption>\n<thead><tr><th scope=\"col\">")
            .Append(Words.NumberColumn.Get(language)).Append("</th><th scope=\"col\">").Append(Words.Measure.Get(language)).Append("</th><th scope=\"col\">")
            .Append(Words.Progress.Get(language)).Append("</th><th scope=\"col\">").Append(Words.MeanVariance.Get(language)).Append("</th><th scope=\"col\">")
            .Append(Words.OffTrackColumn.Get(language)).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var measure in national.Measures)
        {
            Row(page, [measure.Measure.ToString(), programme.GetMeasure(measure.Measure).Title.Get(language), Meter(measure.Progress, null, language), Points(measure.MeanVariance, language),
                string.Create(CultureInfo.InvariantCulture, $"{measure.OffTrackCount} / {measure.KnownCount}")], 1);
        }

        page.Append("</tbody>\n</table>\n</section>\n");
        Lagging(page, [.. national.Lagging().Select(m => (m.Measure, programme.GetMeasure(m.Measure).Title, m.MeanVariance))], language);
    }

    private static void Ledger(StringBuilder page, Programme programme, LedgerProgressView ledger, Language language)
    {
        var figures = ledger.Figures;
        page.Append("<section id=\"programme\" aria-labelledby=\"programme-title\">\n<h2 id=\"programme-title\">")
            .Append(Words.ProgrammeProgress.Get(language)).Append("</h2>\n<p class=\"verdict\">")
            .Append(Text(Words.Track(figures.IsOnTrack).Get(language))).Append(" · ").Append(Words.VarianceThen.Get(language)).Append(Text(Points(figures.Variance, language)))
            .Append(" · ").Append(Words.CoverageThen.Get(language)).Append(Text(Percent(figures.Coverage, language))).Append("</p>\n");
        var bars = new List<Bar> { new("Programme", figures.Progress, figures.Expected, true) };
        bars.AddRange(figures.Dimensions.Select(d => new Bar(programme.GetDimension(d.Dimension).Name.Get(language), d.Progress, figures.Expected, false)));
        BarChart(page, "programme-chart", Words.ProgrammeChartCaption.Get(language), bars, language);
        page.Append("<table id=\"programme-table\">\n<caption>").Append(Words.ProgressAndExpected.Get(language)).Append("</caption>\n<thead><tr><th scope=\"col\">")
            .Append(Words.Scope.Get(language)).Append("</th><th scope=\"col\">").Append(Words.Progress.Get(language)).Append("</th><th scope=\"col\">")
            .Append(Words.Expected.Get(language)).Append("</th><th scope=\"col\">").Append(Words.Coverage.Get(language)).Append("</th></tr></thead>\n<tbody>\n");
        Row(page, ["Programme", Percent(figures.Progress, language), Percent(figures.Expected, language), Percent(figures.Coverage, language)], 0);
        foreach (var dimension in figures.Dimensions)
        {
            Row(page, [programme.GetDimension(dimension.Dimension).Name.Get(language), Percent(dimension.Progress, language), Percent(figures.Expected, language), Percent(dimension.Coverage, language)], 0);
        }

        page.Append("</tbody>\n</table>\n</section>\n");

        page.Append("<section id=\"measures\" aria-labelledby=\"measures-title\">\n<h2 id=\"measures-title\">")
            .Append(Words.Measures.Get(language)).Append("</h2>\n<table id=\"measures-table\">\n<caption>")
            .Append(Words.MeasuresCaption.Get(language)).Append("</caption>\n<thead><tr><th scope=\"col\">")
            .Append(Words.NumberColumn.Get(language)).Append("</th><th scope=\"col\">").Append(Words.Measure.Get(language)).Append("</th><th scope=\"col\">")
            .Append(Words.Status.Get(language)).Append("</th><th scope=\"col\">").Append(Words.Progress.Get(language)).Append("</th><th scope=\"col\">")
            .Append(Words.Expected.Get(language)).Append("</th><th scope=\"col\">").Append(Words.Variance.Get(language)).Append("</th><th scope=\"col\">")
            .Append(Words.Schedule.Get(language)).Append("</th><th scope=\"col\">").Append(Words.Forecast.Get(language)).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var measure in ledger.Measures)
        {
            var m = measure.Figures;
            Row(page, [m.Measure.ToString(), measure.Title.Get(language), Labels.Of(m.Status).Get(language), Meter(m.Progress, m.Expected, language), Percent(m.Expected, language),
                Points(m.Variance, language), Labels.Of(m.Schedule).Get(language), Forecast(measure.Forecast, language)], 1, 7);
        }

        page.Append("</tbody>\n</table>\n</section>\n");
        Lagging(page, [.. ledger.Lagging.Select(n => (n, ledger.Measures[n.Value - 1].Title, ledger.Measures[n.Value - 1].Figures.Variance))], language);
    }

    private static void Lagging(StringBuilder page, (MeasureNumber Measure, LocalizedText Title, double? Variance)[] lagging, Language language)
    {
        page.Append("<section id=\"lagging\" aria-labelledby=\"lagging-title\">\n<h2 id=\"lagging-title\">")
            .Append(Words.MeasuresLaggingMost.Get(language)).Append("</h2>\n");
        if (lagging.Length == 0)
        {
            page.Append("<p>").Append(Words.NoMeasureBehind.Get(language)).Append("</p>\n</section>\n");
            return;
        }

        page.Append("<ul>\n");
        foreach (var (measure, title, variance) in lagging)
        {
            page.Append("<li><span class=\"number\">").Append(language == Language.French ? "Mesure " : "Measure ").Append(measure.ToString()).Append("</span> — ").Append(Text(title.Get(language)))
                .Append(" <span class=\"behind\">").Append(Text(Points(variance, language))).Append("</span></li>\n");
        }

        page.Append("</ul>\n</section>\n");
    }

    private static void Schedule(StringBuilder page, ScheduleView view, Language language)
    {
        var schedule = view.Schedule;
        var start = schedule.LaunchDate;
        var end = schedule.ResultsWindow.End;
        foreach (var milestone in view.Milestones)
        {
            end = LocalDate.Max(end, milestone.Milestone.Date.Latest);
        }

        if (view.Programme.Evaluation is { } evaluation)
        {
            end = LocalDate.Max(end, evaluation.When.Latest);
        }

        var days = Period.DaysBetween(start, end) + 1;
        var plot = ChartWidth - LabelWidth - 20;
        double X(LocalDate day) => LabelWidth + (plot * (double)Period.DaysBetween(start, day) / days);

        var rows = new List<(string Label, LocalDate First, LocalDate Last, string Kind, string Title)>();
        foreach (var window in schedule.DimensionWindows)
        {
            rows.Add((window.Dimension.Name.Get(language), window.Window.Start, window.Window.End, "window", $"{window.Dimension.Name.Get(language)}{Words.Colon(language)} {Span(window.Window.Start, window.Window.End, language)}"));
        }

        rows.Add((Words.CoreResults.Get(language), schedule.ResultsWindow.Start, schedule.ResultsWindow.End, "results", Span(schedule.ResultsWindow.Start, schedule.ResultsWindow.End, language)));
        if (view.Programme.Evaluation is { } planned)
        {
            rows.Add((Words.Evaluation.Get(language), planned.When.Earliest, planned.When.Latest, "evaluation uncertain", planned.When.ToNaturalText(language)));
        }

        foreach (var milestone in view.Milestones)
        {
            var date = milestone.Milestone.Date;
            var uncertain = date.IsToBeConfirmed || date.Precision is not (DatePrecision.Day or DatePrecision.DaySpan);
            rows.Add(($"{Words.Milestone.Get(language)} {milestone.Milestone.Sequence}", date.Earliest, date.Latest, uncertain ? "milestone uncertain" : "milestone", $"{date.ToNaturalText(language)}{Words.Colon(language)} {milestone.Milestone.Title.Get(language)}"));
        }

        var height = 40 + (rows.Count * RowHeight) + 10;
        page.Append("<section id=\"schedule\" aria-labelledby=\"schedule-title\">\n<h2 id=\"schedule-title\">")
            .Append(Words.Schedule.Get(language)).Append("</h2>\n<p>");
        if (view.Next is { } next)
        {
            page.Append(Words.NextMilestoneThenColon.Get(language)).Append(Text(next.Milestone.Title.Get(language))).Append(", ")
                .Append(Text(next.Milestone.Date.ToNaturalText(language))).Append(Words.InDaysThen.Get(language))
                .Append(Words.Days(view.DaysUntilNext!.Value, language)).Append('.');
        }
        else
        {
            page.Append(Words.NoMilestoneAhead.Get(language));
        }

        page.Append("</p>\n<figure>\n<svg id=\"timeline\" role=\"img\" aria-labelledby=\"timeline-caption\" viewBox=\"0 0 ")
            .Append(ChartWidth.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(height.ToString(CultureInfo.InvariantCulture))
            .Append("\" xmlns=\"http://www.w3.org/2000/svg\">\n<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
            .Append("<rect width=\"3\" height=\"6\" class=\"hatch\"/></pattern></defs>\n");
        for (var month = new YearMonth(start.Year, start.Month); month.OnDayOfMonth(1) <= end; month = month.PlusMonths(1))
        {
            if (month.Month is not (1 or 7))
            {
                continue;
            }

            var x = X(month.OnDayOfMonth(1));
            if (x < LabelWidth)
            {
                continue;
            }

            page.Append("<line class=\"tick\" x1=\"").Append(N(x)).Append("\" x2=\"").Append(N(x)).Append("\" y1=\"24\" y2=\"").Append(N(height - 10)).Append("\"/>")
                .Append("<text class=\"tick-label\" x=\"").Append(N(x + 3)).Append("\" y=\"16\">").Append(Text(NaturalText.Month(month, language))).Append("</text>\n");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var (label, first, last, kind, title) = rows[i];
            var y = 32 + (i * RowHeight);
            var x1 = X(first);
            var x2 = Math.Max(X(last.PlusDays(1)), x1 + 6);
            page.Append("<g class=\"row ").Append(kind).Append("\"><title>").Append(Text(title)).Append("</title>")
                .Append("<text class=\"row-label\" x=\"6\" y=\"").Append(N(y + 15)).Append("\">").Append(Text(label)).Append("</text>");
            if (kind == "milestone" && first == last)
            {
                var cx = (x1 + x2) / 2;
                page.Append("<path class=\"mark\" d=\"M").Append(N(cx)).Append(' ').Append(N(y + 2)).Append(" l8 9 l-8 9 l-8 -9 z\"/>");
            }
            else
            {
                page.Append("<rect class=\"mark\" x=\"").Append(N(x1)).Append("\" y=\"").Append(N(y + 3)).Append("\" width=\"").Append(N(x2 - x1))
                    .Append("\" height=\"16\" rx=\"3\"/>");
            }

            page.Append("</g>\n");
        }

        var today = X(view.AsOf);
        if (view.AsOf >= start && view.AsOf <= end)
        {
            page.Append("<line class=\"as-of\" x1=\"").Append(N(today)).Append("\" x2=\"").Append(N(today)).Append("\" y1=\"22\" y2=\"").Append(N(height - 6)).Append("\"/>")
                .Append("<text class=\"as-of-label\" x=\"").Append(N(today + 3)).Append("\" y=\"").Append(N(height - 8)).Append("\">")
                .Append(Text(NaturalText.Day(view.AsOf, language))).Append("</text>\n");
        }

        page.Append("</svg>\n<figcaption id=\"timeline-caption\">")
            .Append(Words.TimelineCaption.Get(language))
            .Append("</figcaption>\n</figure>\n");

        page.Append("<table id=\"milestones-table\">\n<caption>").Append(Words.Milestones.Get(language)).Append("</caption>\n<thead><tr><th scope=\"col\">")
            .Append(Words.NumberColumn.Get(language)).Append("</th><th scope=\"col\">").Append(Words.Date.Get(language)).Append("</th><th scope=\"col\">")
            .Append(Words.Milestone.Get(language)).Append("</th><th scope=\"col\">").Append(Words.Timing.Get(language)).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var milestone in view.Milestones)
        {
            var added = milestone.IsAddition ? Words.ThenAddedByTheTerritory.Get(language) : string.Empty;
            Row(page, [milestone.Milestone.Sequence.ToString(CultureInfo.InvariantCulture), milestone.Milestone.Date.ToNaturalText(language), milestone.Milestone.Title.Get(language) + added, Labels.Of(milestone.Timing).Get(language)], 1, 2);
        }

        page.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Settings(StringBuilder page, ProgressOptions settings, Language language)
    {
        page.Append("<section id=\"settings\" aria-labelledby=\"settings-title\">\n<h2 id=\"settings-title\">")
            .Append(Words.HowTheFiguresAreWorkedOut.Get(language)).Append("</h2>\n<p>")
            .Append(Words.UnknownValuesThenColon.Get(language)).Append(Text(Labels.Of(settings.Policy).Get(language)))
            .Append(Words.ThenToleranceThenColon.Get(language)).Append(Text(NaturalText.Points(settings.Tolerance.Points, language).TrimStart('+')))
            .Append(Words.ThenWeightsThenColon.Get(language));
        var weights = settings.MeasureWeights.Select(w => $"{Words.MeasureLower.Get(language)} {w.Measure} × {w.Weight.ToString(CultureInfo.InvariantCulture)}")
            .Concat(settings.DimensionWeights.Select(w => $"{Labels.Of(w.Dimension).Get(language)} × {w.Weight.ToString(CultureInfo.InvariantCulture)}"))
            .ToList();
        page.Append(Text(weights.Count == 0 ? Words.Equal.Get(language) : string.Join(", ", weights))).Append(".</p>\n</section>\n");
    }

    private static void BarChart(StringBuilder page, string id, string caption, List<Bar> bars, Language language)
    {
        var plot = ChartWidth - LabelWidth - 90;
        var height = (bars.Count * RowHeight) + 12;
        page.Append("<figure>\n<svg id=\"").Append(id).Append("\" role=\"img\" aria-labelledby=\"").Append(id).Append("-caption\" viewBox=\"0 0 ")
            .Append(ChartWidth.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(height.ToString(CultureInfo.InvariantCulture))
            .Append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = 6 + (i * RowHeight);
            page.Append("<g class=\"bar").Append(bar.Emphasis ? " emphasis" : string.Empty).Append("\"><text class=\"row-label\" x=\"6\" y=\"").Append(N(y + 15)).Append("\">")
                .Append(Text(bar.Label)).Append("</text><rect class=\"track\" x=\"").Append(N(LabelWidth)).Append("\" y=\"").Append(N(y + 3)).Append("\" width=\"").Append(N(plot))
                .Append("\" height=\"16\" rx=\"3\"/>");
            if (bar.Progress is { } progress)
            {
                page.Append("<rect class=\"fill\" x=\"").Append(N(LabelWidth)).Append("\" y=\"").Append(N(y + 3)).Append("\" width=\"").Append(N(plot * progress.Points / 100))
                    .Append("\" height=\"16\" rx=\"3\"/>");
            }

            if (bar.Expected is { } expected)
            {
                var x = LabelWidth + (plot * expected.Points / 100);
                page.Append("<line class=\"expected\" x1=\"").Append(N(x)).Append("\" x2=\"").Append(N(x)).Append("\" y1=\"").Append(N(y)).Append("\" y2=\"").Append(N(y + 22)).Append("\"/>");
            }

            page.Append("<text class=\"value\" x=\"").Append(N(LabelWidth + plot + 8)).Append("\" y=\"").Append(N(y + 15)).Append("\">")
                .Append(Text(Percent(bar.Progress, language))).Append("</text></g>\n");
        }

        page.Append("</svg>\n<figcaption id=\"").Append(id).Append("-caption\">").Append(Text(caption)).Append("</figcaption>\n</figure>\n");
    }

    private static int RankOf(PortfolioProgress national, LedgerProgressView ledger) =>
        national.Ranking.First(r => r.Territory.Code == ledger.Territory!.Code).Rank;

    /// <summary>Writes a table row: the first cell heads it; the cells given by index wrap as text, the others stay on one line.</summary>
    private static void Row(StringBuilder page, string[] cells, params int[] wrapping)
    {
        page.Append("<tr>");
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            var raw = cell.StartsWith("<span class=\"meter", StringComparison.Ordinal);
            page.Append(i == 0 ? "<th scope=\"row\"" : "<td").Append(wrapping.Contains(i) ? " class=\"text\">" : ">")
                .Append(raw ? cell : Text(cell)).Append(i == 0 ? "</th>" : "</td>");
        }

        page.Append("</tr>\n");
    }

    /// <summary>A progress figure with a small bar behind it, the expected progress marked; the figure stays text.</summary>
    private static string Meter(Percentage? progress, Percentage? expected, Language language)
    {
        var width = progress is { } p ? N(p.Points) : "0";
        var mark = expected is { } e ? $"<span class=\"meter-expected\" style=\"left:{N(e.Points)}%\"></span>" : string.Empty;
        return $"<span class=\"meter\"><span class=\"meter-bar\"><span class=\"meter-fill\" style=\"width:{width}%\"></span>{mark}</span>{Text(Percent(progress, language))}</span>";
    }

    private static string Forecast(CompletionForecast forecast, Language language) => forecast.Date is { } day
        ? $"{Labels.Of(forecast.Outcome).Get(language)}{Words.Colon(language)} {NaturalText.Day(day, language)}"
        : Labels.Of(forecast.Outcome).Get(language);

    private static string Scope(ProgressView view, Language language) => view.Scope switch
    {
        Serialization.LedgerScope.Portfolio => Words.Territories(view.Ledgers.Count, language),
        Serialization.LedgerScope.Territorial => view.Ledgers[0].Territory!.Name,
        _ => Words.NationalLedger.Get(language),
    };

    private static string Percent(Percentage? value, Language language) => Figures.Percent(value, language, decimals: 0);

    private static string Points(double? value, Language language) => Figures.Points(value, language);

    private static string Span(LocalDate first, LocalDate last, Language language) => $"{NaturalText.Day(first, language)} – {NaturalText.Day(last, language)}";

    private static string Iso(LocalDate day) => NodaTime.Text.LocalDatePattern.Iso.Format(day);

    private static string Text(string text) => Html.Encode(text);

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>One bar of a chart: a label, a progress, and the expected progress to mark, if any.</summary>
    private sealed record Bar(string Label, Percentage? Progress, Percentage? Expected, bool Emphasis);

    private const string Css = """
        :root { color-scheme: light; --ink: #1d2433; --muted: #5b6475; --line: #d9dee7; --fill: #2f6fb3; --track: #e8edf4; --expected: #c0392b; --accent: #f2a900; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 "DejaVu Sans", "Segoe UI", system-ui, sans-serif; color: var(--ink); background: #fbfcfe; }
        header { padding: 28px 40px 16px; background: #12355b; color: #fff; }
        header h1 { margin: 0 0 4px; font-size: 1.6rem; }
        header .scope { margin: 0; opacity: .9; }
        main { max-width: 1040px; margin: 0 auto; padding: 8px 40px 24px; }
        section { margin: 28px 0; }
        h2 { font-size: 1.25rem; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
        figure { margin: 12px 0; }
        figcaption { color: var(--muted); font-size: .85rem; }
        svg { width: 100%; height: auto; display: block; }
        svg text { font: 13px "DejaVu Sans", system-ui, sans-serif; fill: var(--ink); }
        .track { fill: var(--track); }
        .fill { fill: var(--fill); }
        .emphasis .fill { fill: #12355b; }
        .expected { stroke: var(--expected); stroke-width: 3; }
        .value { font-weight: bold; }
        .tick { stroke: var(--line); }
        .tick-label { fill: var(--muted); font-size: 12px; }
        .window .mark { fill: #8fb3dd; }
        .results .mark { fill: #5a8f5a; }
        .uncertain .mark { fill: url(#hatch); stroke: var(--accent); stroke-dasharray: 4 3; }
        .hatch { fill: var(--accent); }
        .milestone .mark { fill: var(--accent); stroke: #8a6100; }
        .as-of { stroke: var(--expected); stroke-width: 2; stroke-dasharray: 6 4; }
        .as-of-label { fill: var(--expected); font-size: 12px; }
        table { border-collapse: collapse; width: 100%; margin: 12px 0; font-size: .92rem; }
        caption { text-align: left; font-weight: bold; padding: 4px 0; }
        th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        td { white-space: nowrap; }
        td.text { white-space: normal; min-width: 9em; }
        thead th { background: #eef2f8; }
        .meter { display: inline-flex; align-items: center; gap: 8px; white-space: nowrap; }
        .meter-bar { position: relative; display: inline-block; width: 90px; height: 10px; background: var(--track); border-radius: 3px; }
        .meter-fill { position: absolute; left: 0; top: 0; bottom: 0; background: var(--fill); border-radius: 3px; }
        .meter-expected { position: absolute; top: -3px; bottom: -3px; width: 2px; background: var(--expected); }
        .verdict { font-weight: bold; }
        .behind { color: var(--expected); font-weight: bold; }
        ul { padding-left: 1.4em; }
        .number { font-weight: bold; }
        footer { max-width: 1040px; margin: 0 auto; padding: 0 40px 32px; color: var(--muted); font-size: .85rem; }

        """;
}
