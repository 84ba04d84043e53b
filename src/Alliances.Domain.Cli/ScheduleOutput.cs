using System.Globalization;
using Alliances.Domain.Scheduling;
using NodaTime;

namespace Alliances.Domain.Cli;

/// <summary>Writes a schedule at a date, as text for people or as JSON.</summary>
internal static class ScheduleOutput
{
    /// <summary>Writes the schedule as text.</summary>
    internal static void WriteText(TextWriter output, ProgrammeSchedule schedule, MilestoneCalendar calendar, ScheduleSnapshot snapshot, Language language, FollowUp? followUp = null)
    {
        var asOf = snapshot.AsOf;
        var addedBy = followUp?.AddedBy;
        var french = language == Language.French;
        var colon = french ? "\u00A0:" : ":";
        string Day(LocalDate day) => ImpreciseDate.On(day).ToNaturalText(language);
        string Window(DateInterval window) => $"{Day(window.Start)} – {Day(window.End)}";

        Heading(output, $"{schedule.Programme.Name.Get(language)}{colon} {(french ? "calendrier au" : "schedule as of")} {Day(asOf)}");
        output.WriteLine($"{(french ? "Lancement" : "Launch")}{colon} {Day(schedule.LaunchDate)}");
        output.WriteLine();
        Heading(output, french ? "Fenêtres des premiers effets" : "First-effects windows");
        var width = schedule.DimensionWindows.Max(w => w.Dimension.Name.Get(language).Length);
        foreach (var window in schedule.DimensionWindows)
        {
            output.WriteLine($"  {window.Dimension.Name.Get(language).PadRight(width)}  {Window(window.Window)}");
        }

        output.WriteLine($"  {(french ? "Cœur des résultats" : "Core results").PadRight(width)}  {Window(schedule.ResultsWindow)}");
        if (schedule.Programme.Evaluation is { } evaluation)
        {
            var check = schedule.EvaluationCheck.IsValid
                ? (french ? "dans les dates du programme" : "within the programme's dates")
                : string.Join("; ", schedule.EvaluationCheck.Violations.Select(v => $"{v.Code} {v.MessageIn(language)}"));
            output.WriteLine($"  {(french ? "Évaluation" : "Evaluation").PadRight(width)}  {evaluation.When.ToNaturalText(language)} ({check})");
        }

        output.WriteLine();
        Heading(output, french ? "Étapes" : "Milestones");
        foreach (var milestone in calendar.Milestones)
        {
            var timing = MilestoneCalendar.TimingOf(milestone, asOf);
            var added = calendar.IsAddition(milestone) ? $" [{AddedBy(addedBy, french)}]" : string.Empty;
            output.WriteLine($"  {timing.DisplayName().Get(language),-9}  {milestone.Sequence}. {milestone.Date.ToNaturalText(language)}{colon} {milestone.Title.Get(language)}{added}");
        }

        if (calendar.NextAt(asOf) is { } next)
        {
            var days = calendar.DaysUntilNextAt(asOf)!.Value;
            output.WriteLine(french
                ? string.Create(CultureInfo.InvariantCulture, $"  Prochaine étape{colon} n° {next.Sequence}, dans {days} jour{(days > 1 ? "s" : string.Empty)}.")
                : string.Create(CultureInfo.InvariantCulture, $"  Next milestone: #{next.Sequence}, in {days} day{(days > 1 ? "s" : string.Empty)}."));
        }
        else
        {
            output.WriteLine(french ? "  Aucune étape à venir." : "  No milestone ahead.");
        }

        output.WriteLine();
        Heading(output, french ? "Mesures" : "Measures");
        foreach (var status in snapshot.Statuses)
        {
            var measure = schedule.Programme.GetMeasure(status.Measure);
            output.WriteLine($"  {status.Measure.Value,2}. {status.Status.DisplayName().Get(language),-22} {status.Rule.Code}  {measure.Title.Get(language)}");
        }

        output.WriteLine();
        output.WriteLine("  " + string.Join(", ", snapshot.Counts.Where(c => c.Count > 0).Select(c =>
            string.Create(CultureInfo.InvariantCulture, $"{c.Status.DisplayName().Get(language)}{colon} {c.Count}"))));
        if (followUp is { SaysWhoDoesWhat: true })
        {
            output.WriteLine($"  {(french ? "Sans pilote (COM007)" : "Without a lead (COM007)")}{colon} {(snapshot.WithoutLead.IsEmpty ? "—" : string.Join(", ", snapshot.WithoutLead))}");
        }
    }

    /// <summary>What a ledger adds to the schedule: who added the milestones, and whether it says who does what.</summary>
    /// <param name="AddedBy">The territory that added milestones, or none for a national ledger.</param>
    /// <param name="SaysWhoDoesWhat">Whether the ledger has commitments, so that measures without a lead are a finding.</param>
    internal sealed record FollowUp(string? AddedBy, bool SaysWhoDoesWhat);

    /// <summary>Names who added a milestone to the programme's base: a territory, or the national follow-up.</summary>
    internal static string AddedBy(string? territory, bool french) => territory ?? (french ? "ajoutée" : "added");

    private static void Heading(TextWriter output, string heading)
    {
        output.WriteLine(heading);
        output.WriteLine(new string('-', heading.Length));
    }
}
