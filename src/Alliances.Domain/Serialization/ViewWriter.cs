using System.Text.Json;
using Alliances.Domain.Progress;
using Alliances.Domain.Scheduling;
using NodaTime;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Writes the computed views of the JSON contract, <see cref="ProgressView"/> and <see cref="ScheduleView"/>, straight
/// to a <see cref="Utf8JsonWriter"/>. Every figure is rounded to two decimals as people read it (rule PRO017); an
/// unknown figure is <c>null</c>, never left out.
/// </summary>
internal static class ViewWriter
{
    /// <summary>Writes a progress view.</summary>
    internal static void Progress(Utf8JsonWriter writer, ProgressView view)
    {
        writer.WriteStartObject();
        writer.WriteString("kind"u8, ProgressView.Kind);
        writer.WriteNumber("schemaVersion"u8, ProgressView.SchemaVersion);
        writer.WriteString("programme"u8, view.Programme.Id.Value);
        writer.WriteString("scope"u8, JsonNames.Encoded(view.Scope));
        JsonWrite.Date(writer, "asOf"u8, view.AsOf);
        writer.WritePropertyName("rollupSettings"u8);
        ContractWriter.RollupSettings(writer, view.RollupSettings);
        writer.WritePropertyName("national"u8);
        if (view.National is { } national)
        {
            National(writer, view.Programme, national);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteStartArray("ledgers"u8);
        foreach (var ledger in view.Ledgers)
        {
            Ledger(writer, ledger);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes a schedule view.</summary>
    internal static void Schedule(Utf8JsonWriter writer, ScheduleView view)
    {
        var schedule = view.Schedule;
        writer.WriteStartObject();
        writer.WriteString("kind"u8, ScheduleView.Kind);
        writer.WriteNumber("schemaVersion"u8, ScheduleView.SchemaVersion);
        writer.WriteString("programme"u8, view.Programme.Id.Value);
        writer.WritePropertyName("territory"u8);
        TerritoryOrNull(writer, view.Territory);
        JsonWrite.Date(writer, "asOf"u8, view.AsOf);
        JsonWrite.Date(writer, "launchDate"u8, schedule.LaunchDate);
        writer.WriteStartArray("windows"u8);
        foreach (var window in schedule.DimensionWindows)
        {
            writer.WriteStartObject();
            writer.WriteString("dimension"u8, JsonNames.Encoded(window.Dimension.Kind));
            writer.WritePropertyName("name"u8);
            JsonWrite.TextValue(writer, window.Dimension.Name);
            Interval(writer, window.Window);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WritePropertyName("resultsWindow"u8);
        writer.WriteStartObject();
        Interval(writer, schedule.ResultsWindow);
        writer.WriteEndObject();
        writer.WritePropertyName("evaluation"u8);
        if (view.Programme.Evaluation is { } evaluation)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("when"u8);
            ContractWriter.Date(writer, evaluation.When);
            writer.WriteStartArray("violations"u8);
            foreach (var violation in schedule.EvaluationCheck.Violations)
            {
                writer.WriteStartObject();
                writer.WriteString("code"u8, violation.Code);
                writer.WriteString("path"u8, violation.Path);
                writer.WritePropertyName("message"u8);
                JsonWrite.TextValue(writer, violation.Text);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteStartArray("milestones"u8);
        foreach (var milestone in view.Milestones)
        {
            Milestone(writer, milestone);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("next"u8);
        if (view.Next is { } next)
        {
            writer.WriteStartObject();
            writer.WriteNumber("sequence"u8, next.Milestone.Sequence);
            writer.WritePropertyName("title"u8);
            JsonWrite.TextValue(writer, next.Milestone.Title);
            writer.WritePropertyName("date"u8);
            ContractWriter.Date(writer, next.Milestone.Date);
            writer.WriteNumber("daysLeft"u8, view.DaysUntilNext!.Value);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteStartArray("measures"u8);
        foreach (var status in view.Statuses.Statuses)
        {
            writer.WriteStartObject();
            writer.WriteNumber("measure"u8, status.Measure.Value);
            writer.WritePropertyName("title"u8);
            JsonWrite.TextValue(writer, view.Programme.GetMeasure(status.Measure).Title);
            writer.WriteString("dimension"u8, JsonNames.Encoded(status.Dimension));
            writer.WriteString("status"u8, JsonNames.Encoded(status.Status));
            writer.WriteString("rule"u8, status.Rule.Code);
            writer.WritePropertyName("window"u8);
            writer.WriteStartObject();
            Interval(writer, status.Window);
            writer.WriteEndObject();
            OptionalDate(writer, "firstEffects"u8, status.FirstEffects);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WritePropertyName("counts"u8);
        Counts(writer, view.Statuses.Counts);
        Numbers(writer, "withoutLead"u8, view.WithoutLead);
        writer.WriteEndObject();
    }

    private static void National(Utf8JsonWriter writer, Programme programme, PortfolioProgress national)
    {
        writer.WriteStartObject();
        Percent(writer, "progress"u8, national.Progress);
        Percent(writer, "coverage"u8, national.Coverage);
        writer.WriteStartArray("dimensions"u8);
        foreach (var dimension in national.Dimensions)
        {
            writer.WriteStartObject();
            writer.WriteString("dimension"u8, JsonNames.Encoded(dimension.Dimension));
            Percent(writer, "progress"u8, dimension.Progress);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("measures"u8);
        foreach (var measure in national.Measures)
        {
            writer.WriteStartObject();
            writer.WriteNumber("measure"u8, measure.Measure.Value);
            writer.WritePropertyName("title"u8);
            JsonWrite.TextValue(writer, programme.GetMeasure(measure.Measure).Title);
            Percent(writer, "progress"u8, measure.Progress);
            Figure(writer, "meanVariance"u8, measure.MeanVariance);
            writer.WriteNumber("knownCount"u8, measure.KnownCount);
            writer.WriteNumber("cancelledCount"u8, measure.CancelledCount);
            writer.WriteNumber("offTrackCount"u8, measure.OffTrackCount);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("ranking"u8);
        foreach (var rank in national.Ranking)
        {
            writer.WriteStartObject();
            writer.WriteNumber("rank"u8, rank.Rank);
            writer.WritePropertyName("territory"u8);
            ContractWriter.Territory(writer, rank.Territory);
            Percent(writer, "progress"u8, rank.Progress);
            Figure(writer, "variance"u8, rank.Variance);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("lagging"u8);
        foreach (var measure in national.Lagging())
        {
            writer.WriteNumberValue(measure.Measure.Value);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Ledger(Utf8JsonWriter writer, LedgerProgressView ledger)
    {
        var figures = ledger.Figures;
        writer.WriteStartObject();
        writer.WritePropertyName("territory"u8);
        TerritoryOrNull(writer, ledger.Territory);
        JsonWrite.Date(writer, "launchDate"u8, ledger.LaunchDate);
        Percent(writer, "progress"u8, figures.Progress);
        Percent(writer, "coverage"u8, figures.Coverage);
        Percent(writer, "breadth"u8, figures.Breadth);
        Percent(writer, "balancedIndex"u8, figures.BalancedIndex);
        Percent(writer, "expected"u8, figures.Expected);
        Figure(writer, "variance"u8, figures.Variance);
        Figure(writer, "performanceIndex"u8, figures.PerformanceIndex);
        Verdict(writer, figures.IsOnTrack);
        if (figures.WeakestDimension is { } weakest)
        {
            writer.WriteString("weakestDimension"u8, JsonNames.Encoded(weakest));
        }
        else
        {
            writer.WriteNull("weakestDimension"u8);
        }

        writer.WriteStartArray("dimensions"u8);
        foreach (var dimension in figures.Dimensions)
        {
            writer.WriteStartObject();
            writer.WriteString("dimension"u8, JsonNames.Encoded(dimension.Dimension));
            writer.WriteNumber("weight"u8, dimension.Weight);
            Percent(writer, "progress"u8, dimension.Progress);
            Percent(writer, "coverage"u8, dimension.Coverage);
            writer.WriteNumber("measureCount"u8, dimension.MeasureCount);
            writer.WriteNumber("knownCount"u8, dimension.KnownCount);
            writer.WriteNumber("cancelledCount"u8, dimension.CancelledCount);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("measures"u8);
        foreach (var measure in ledger.Measures)
        {
            Measure(writer, measure);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("scheduleCounts"u8);
        Counts(writer, figures.ScheduleCounts);
        Numbers(writer, "lagging"u8, ledger.Lagging);
        Numbers(writer, "cancelled"u8, figures.Cancelled);
        Numbers(writer, "withoutLead"u8, ledger.WithoutLead);
        writer.WriteEndObject();
    }

    private static void Measure(Utf8JsonWriter writer, MeasureProgressView view)
    {
        var measure = view.Figures;
        writer.WriteStartObject();
        writer.WriteNumber("measure"u8, measure.Measure.Value);
        writer.WritePropertyName("title"u8);
        JsonWrite.TextValue(writer, view.Title);
        writer.WriteString("dimension"u8, JsonNames.Encoded(measure.Dimension));
        writer.WriteString("status"u8, JsonNames.Encoded(measure.Status));
        writer.WriteString("health"u8, JsonNames.Encoded(measure.Health));
        Percent(writer, "progress"u8, measure.Progress);
        writer.WriteString("source"u8, JsonNames.Encoded(measure.Source));
        Percent(writer, "expected"u8, measure.Expected);
        Figure(writer, "variance"u8, measure.Variance);
        Figure(writer, "performanceIndex"u8, measure.PerformanceIndex);
        Verdict(writer, measure.IsOnTrack);
        writer.WriteString("schedule"u8, JsonNames.Encoded(measure.Schedule));
        writer.WriteString("scheduleRule"u8, measure.Schedule.Rule().Code);
        OptionalDate(writer, "firstEffects"u8, measure.FirstEffects);
        OptionalDate(writer, "latestReport"u8, measure.LatestReport);
        OptionalDate(writer, "nextUpdateDue"u8, measure.NextUpdateDue);
        writer.WritePropertyName("forecast"u8);
        writer.WriteStartObject();
        writer.WriteString("outcome"u8, JsonNames.Encoded(view.Forecast.Outcome));
        OptionalDate(writer, "date"u8, view.Forecast.Date);
        Figure(writer, "pointsPerDay"u8, view.Forecast.PointsPerDay);
        writer.WriteNumber("pointsUsed"u8, view.Forecast.PointsUsed);
        writer.WriteEndObject();
        writer.WriteStartArray("leads"u8);
        foreach (var lead in view.Leads)
        {
            ContractWriter.Actor(writer, lead);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Milestone(Utf8JsonWriter writer, MilestoneView view)
    {
        var milestone = view.Milestone;
        writer.WriteStartObject();
        writer.WriteNumber("sequence"u8, milestone.Sequence);
        writer.WritePropertyName("title"u8);
        JsonWrite.TextValue(writer, milestone.Title);
        writer.WriteString("kind"u8, JsonNames.Encoded(milestone.Kind));
        writer.WritePropertyName("date"u8);
        ContractWriter.Date(writer, milestone.Date);
        JsonWrite.Date(writer, "earliest"u8, milestone.Date.Earliest);
        JsonWrite.Date(writer, "latest"u8, milestone.Date.Latest);
        writer.WriteString("timing"u8, JsonNames.Encoded(view.Timing));
        writer.WriteBoolean("added"u8, view.IsAddition);
        writer.WriteEndObject();
    }

    private static void Counts(Utf8JsonWriter writer, ValueList<StatusCount> counts)
    {
        writer.WriteStartObject();
        foreach (var (_, status) in JsonNames.ScheduleStatuses)
        {
            var count = 0;
            foreach (var entry in counts)
            {
                count += entry.Status == status ? entry.Count : 0;
            }

            writer.WriteNumber(JsonNames.Encoded(status), count);
        }

        writer.WriteEndObject();
    }

    private static void TerritoryOrNull(Utf8JsonWriter writer, Territory? territory)
    {
        if (territory is { } known)
        {
            ContractWriter.Territory(writer, known);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void Interval(Utf8JsonWriter writer, DateInterval interval)
    {
        JsonWrite.Date(writer, "start"u8, interval.Start);
        JsonWrite.Date(writer, "end"u8, interval.End);
    }

    private static void OptionalDate(Utf8JsonWriter writer, ReadOnlySpan<byte> name, LocalDate? day)
    {
        if (day is { } known)
        {
            JsonWrite.Date(writer, name, known);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void Verdict(Utf8JsonWriter writer, bool? onTrack)
    {
        if (onTrack is { } verdict)
        {
            writer.WriteBoolean("onTrack"u8, verdict);
        }
        else
        {
            writer.WriteNull("onTrack"u8);
        }
    }

    private static void Numbers(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ValueList<MeasureNumber>? measures)
    {
        if (measures is not { } list)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartArray(name);
        foreach (var measure in list)
        {
            writer.WriteNumberValue(measure.Value);
        }

        writer.WriteEndArray();
    }

    private static void Percent(Utf8JsonWriter writer, ReadOnlySpan<byte> name, Percentage? value) => Figure(writer, name, value?.Points);

    /// <summary>Writes a figure rounded to two decimals (rule PRO017), 0 rather than −0, or <c>null</c> when unknown.</summary>
    private static void Figure(Utf8JsonWriter writer, ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } known)
        {
            writer.WriteNumber(name, (double)NaturalText.Round(known, 2) + 0.0);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
