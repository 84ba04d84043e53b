using Alliances.Domain.Scheduling;
using Alliances.Domain.Serialization;
using NodaTime;
using Spectre.Console;
using static Alliances.Domain.Cli.Figures;

namespace Alliances.Domain.Cli;

/// <summary>
/// The three renderings of the <c>schedule</c> command's one model, the library's <see cref="ScheduleView"/>: plain
/// text, tables for a terminal, and the view's JSON.
/// </summary>
internal static class ScheduleOutput
{
    /// <summary>Writes the view as plain text.</summary>
    internal static void WriteText(TextWriter output, ScheduleView view, Language language)
    {
        var schedule = view.Schedule;
        var colon = Words.Colon(language);
        string Window(DateInterval window) => $"{Day(window.Start, language)} – {Day(window.End, language)}";

        Heading(output, $"{schedule.Programme.Name.Get(language)}{colon} {Words.ScheduleAsOf.Get(language)} {Day(view.AsOf, language)}");
        output.WriteLine($"{Words.Launch.Get(language)}{colon} {Day(schedule.LaunchDate, language)}");
        output.WriteLine();
        Heading(output, Words.FirstEffectsWindows.Get(language));
        var width = schedule.DimensionWindows.Max(w => w.Dimension.Name.Get(language).Length);
        foreach (var window in schedule.DimensionWindows)
        {
            output.WriteLine($"  {window.Dimension.Name.Get(language).PadRight(width)}  {Window(window.Window)}");
        }

        output.WriteLine($"  {Words.CoreResults.Get(language).PadRight(width)}  {Window(schedule.ResultsWindow)}");
        if (schedule.Programme.Evaluation is { } evaluation)
        {
            output.WriteLine($"  {Words.Evaluation.Get(language).PadRight(width)}  {evaluation.When.ToNaturalText(language)} ({Check(schedule, language)})");
        }

        output.WriteLine();
        Heading(output, Words.Milestones.Get(language));
        foreach (var milestone in view.Milestones)
        {
            var added = milestone.IsAddition ? $" [{AddedBy(view.Territory?.Name, language)}]" : string.Empty;
            output.WriteLine($"  {milestone.Timing.DisplayName().Get(language),-9}  {milestone.Milestone.Sequence}. {milestone.Milestone.Date.ToNaturalText(language)}{colon} {milestone.Milestone.Title.Get(language)}{added}");
        }

        output.WriteLine("  " + (view.Next is { } next ? Words.NextMilestone(next.Milestone.Sequence, view.DaysUntilNext!.Value, language) : Words.NoMilestoneAhead.Get(language)));
        output.WriteLine();
        Heading(output, Words.Measures.Get(language));
        foreach (var status in view.Statuses.Statuses)
        {
            output.WriteLine($"  {status.Measure.Value,2}. {status.Status.DisplayName().Get(language),-22} {status.Rule.Code}  {schedule.Programme.GetMeasure(status.Measure).Title.Get(language)}");
        }

        output.WriteLine();
        output.WriteLine("  " + string.Join(", ", view.Statuses.Counts.Where(c => c.Count > 0).Select(c => $"{c.Status.DisplayName().Get(language)}{colon} {c.Count}")));
        if (view.WithoutLead is { } without)
        {
            output.WriteLine($"  {Words.WithoutLead.Get(language)}{colon} {(without.IsEmpty ? "—" : string.Join(", ", without))}");
        }
    }

    /// <summary>Writes the view as tables for a terminal.</summary>
    internal static void WriteRich(IAnsiConsole console, ScheduleView view, Language language)
    {
        var schedule = view.Schedule;
        string RichDay(LocalDate day) => Markup.Escape(Day(day, language));
        console.Write(new Rule($"[bold]{Markup.Escape(schedule.Programme.Name.Get(language))}[/] · {RichDay(view.AsOf)}").LeftJustified());
        var windows = new Table().Border(TableBorder.Rounded).Title(Words.Windows.Get(language))
            .AddColumn(Words.Window.Get(language)).AddColumn(Words.From.Get(language)).AddColumn(Words.To.Get(language));
        foreach (var window in schedule.DimensionWindows)
        {
            windows.AddRow(Markup.Escape(window.Dimension.Name.Get(language)), RichDay(window.Window.Start), RichDay(window.Window.End));
        }

        windows.AddRow(Words.CoreResults.Get(language), RichDay(schedule.ResultsWindow.Start), RichDay(schedule.ResultsWindow.End));
        console.Write(windows);
        if (schedule.Programme.Evaluation is { } evaluation)
        {
            console.MarkupLine($"[bold]{Words.Evaluation.Get(language)}[/]{Words.Colon(language)} {Markup.Escape(evaluation.When.ToNaturalText(language))} ({Markup.Escape(Check(schedule, language))})");
        }

        var milestones = new Table().Border(TableBorder.Rounded).Title(Words.Milestones.Get(language))
            .AddColumn(Words.Number.Get(language)).AddColumn(Words.Timing.Get(language)).AddColumn(Words.Date.Get(language)).AddColumn(Words.Milestone.Get(language));
        foreach (var milestone in view.Milestones)
        {
            var colour = milestone.Timing switch { MilestoneTiming.Past => "grey", MilestoneTiming.Upcoming => "green", _ => "yellow" };
            var added = milestone.IsAddition ? $" [blue]({Markup.Escape(AddedBy(view.Territory?.Name, language))})[/]" : string.Empty;
            milestones.AddRow(
                $"{milestone.Milestone.Sequence}",
                $"[{colour}]{Markup.Escape(milestone.Timing.DisplayName().Get(language))}[/]",
                Markup.Escape(milestone.Milestone.Date.ToNaturalText(language)),
                Markup.Escape(milestone.Milestone.Title.Get(language)) + added);
        }

        console.Write(milestones);
        console.MarkupLine(Markup.Escape(view.Next is { } next ? Words.NextMilestone(next.Milestone.Sequence, view.DaysUntilNext!.Value, language) : Words.NoMilestoneAhead.Get(language)));

        var measures = new Table().Border(TableBorder.Rounded).Title(Words.Measures.Get(language))
            .AddColumn(new TableColumn(Words.Number.Get(language)).RightAligned()).AddColumn(Words.Status.Get(language)).AddColumn(Words.Rule.Get(language)).AddColumn(Words.Measure.Get(language));
        foreach (var status in view.Statuses.Statuses)
        {
            var colour = status.Status switch { ScheduleStatus.Overdue or ScheduleStatus.Late => "red", ScheduleStatus.Due => "yellow", _ => "green" };
            measures.AddRow($"{status.Measure}", $"[{colour}]{Markup.Escape(status.Status.DisplayName().Get(language))}[/]", status.Rule.Code, Markup.Escape(schedule.Programme.GetMeasure(status.Measure).Title.Get(language)));
        }

        console.Write(measures);
        if (view.WithoutLead is { } without)
        {
            var list = without.IsEmpty ? "—" : $"[red]{string.Join(", ", without)}[/]";
            console.MarkupLine($"[bold]{Words.WithoutLead.Get(language)}[/]{Words.Colon(language)} {list}");
        }
    }

    /// <summary>Writes the view as JSON, the contract's <c>scheduleView</c>.</summary>
    internal static void WriteJson(TextWriter output, ScheduleView view) => CliJson.Write(output, view, AlliancesJsonContext.Default.ScheduleView);

    /// <summary>Names who added a milestone to the programme's base: a territory, or the national follow-up.</summary>
    internal static string AddedBy(string? territory, Language language) => territory ?? Words.Added.Get(language);

    /// <summary>Says whether the evaluation falls within the programme's dates, or which rule it breaks.</summary>
    private static string Check(ProgrammeSchedule schedule, Language language) =>
        schedule.EvaluationCheck.IsValid
            ? Words.WithinTheProgrammesDates.Get(language)
            : string.Join(Words.Semicolon(language) + " ", schedule.EvaluationCheck.Violations.Select(v => $"{v.Code} {v.MessageIn(language)}"));
}
