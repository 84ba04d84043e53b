using Alliances.Domain.Progress;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Alliances.Domain.Scheduling;

/// <summary>Draws a schedule as a Mermaid Gantt chart: the effect windows, the results window, the evaluation and the milestones.</summary>
/// <remarks>
/// Windows are bars over their days, both ends included. A milestone settled on one day is a Mermaid milestone; a
/// milestone over several days, or whose day is not settled, is a bar over the days it can fall on, marked
/// <c>active</c> while it is still uncertain. Colons, semicolons and hashes, which Mermaid reads as syntax, are
/// replaced in labels, and long titles are cut at 60 characters.
/// </remarks>
public static class ScheduleTimeline
{
    private const int MaximumLabelLength = 60;

    /// <summary>Writes the Mermaid Gantt chart of a schedule.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="language">The language of the labels.</param>
    /// <returns>The chart's Mermaid source, lines separated by <c>\n</c>, without the surrounding code fence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public static string ToMermaid(ProgrammeSchedule schedule, Language language)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return Write(schedule, language, [], null);
    }

    /// <summary>
    /// Writes the Mermaid Gantt chart of a ledger's schedule, from its launch: the programme's base of milestones, then
    /// the milestones the ledger adds to it in a section of their own, named after its territory.
    /// </summary>
    /// <param name="ledger">The ledger, national or territorial.</param>
    /// <param name="language">The language of the labels.</param>
    /// <returns>The chart's Mermaid source, lines separated by <c>\n</c>, without the surrounding code fence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public static string ToMermaid(Ledger ledger, Language language)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var french = language == Language.French;
        var section = ledger.Territory is { } territory
            ? $"{(french ? "Étapes" : "Milestones")} – {territory.Name}"
            : french ? "Étapes ajoutées" : "Added milestones";
        return Write(ledger.Schedule, language, ledger.Milestones, section);
    }

    private static string Write(ProgrammeSchedule schedule, Language language, ValueList<Milestone> additions, string? additionsSection)
    {
        var french = language == Language.French;
        var programme = schedule.Programme;
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append('\n');

        Line("gantt");
        Line($"    title {Clean(programme.Name.Get(language))}");
        Line("    dateFormat YYYY-MM-DD");
        Line("    axisFormat %Y-%m");
        Line("    todayMarker off");
        Line($"    section {(french ? "Premiers effets" : "First effects")}");
        foreach (var window in schedule.DimensionWindows)
        {
            var horizon = window.Dimension.Horizon;
            Line(Task(
                $"{window.Dimension.Name.Get(language)} ({Months(horizon.MinimumMonths, horizon.MaximumMonths, french)})",
                null,
                $"w{(int)window.Dimension.Kind + 1}",
                window.Window));
        }

        Line($"    section {(french ? "Résultats" : "Results")}");
        var results = programme.ResultsHorizon;
        Line(Task(
            $"{(french ? "Cœur des résultats" : "Core results")} ({Months(results.MinimumMonths, results.MaximumMonths, french)})",
            null,
            "results",
            schedule.ResultsWindow));
        if (programme.Evaluation is { } evaluation)
        {
            Line(Task(
                $"{(french ? "Évaluation" : "Evaluation")} ({evaluation.When.ToNaturalText(language)})",
                evaluation.When.IsToBeConfirmed ? "active" : null,
                "evaluation",
                evaluation.When.PossibleDays));
        }

        Milestones(french ? "Étapes" : "Milestones", programme.Milestones);
        Milestones(additionsSection ?? string.Empty, additions);
        return text.ToString();

        void Milestones(string section, ValueList<Milestone> milestones)
        {
            if (milestones.IsEmpty)
            {
                return;
            }

            Line($"    section {Clean(section)}");
            foreach (var milestone in milestones)
            {
                var label = $"{milestone.Sequence}. {milestone.Title.Get(language)}";
                var id = string.Create(CultureInfo.InvariantCulture, $"m{milestone.Sequence}");
                var date = milestone.Date;
                if (date is ExactDay { IsToBeConfirmed: false } day)
                {
                    Line($"    {Label(label)} :milestone, {id}, {Iso(day.Day)}, 0d");
                }
                else
                {
                    Line(Task(label, date.IsToBeConfirmed || date is not DaySpan ? "active" : null, id, date.PossibleDays));
                }
            }
        }
    }

    private static string Task(string label, string? tag, string id, DateInterval days) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"    {Label(label)} :{(tag is null ? string.Empty : tag + ", ")}{id}, {Iso(days.Start)}, {days.Length}d");

    private static string Months(int min, int max, bool french) =>
        string.Create(CultureInfo.InvariantCulture, $"{min}–{max} {(french ? "mois" : "months")}");

    private static string Label(string label)
    {
        var clean = Clean(label);
        return clean.Length <= MaximumLabelLength ? clean : clean[..(MaximumLabelLength - 1)].TrimEnd() + "…";
    }

    private static string Clean(string text) =>
        text.Replace(':', '–').Replace(';', ',').Replace('#', '№').Replace('\u00A0', ' ');

    private static string Iso(LocalDate day) => LocalDatePattern.Iso.Format(day);
}
