using System.Text.Json;
using Alliances.Domain.Ledgers;
using Alliances.Domain.Reports;
using Alliances.Domain.Territories;

namespace Alliances.Domain.Serialization;

public static partial class LedgerJson
{
    private static readonly JsonEncodedText MeasureName = JsonEncodedText.Encode("measure");
    private static readonly JsonEncodedText DateName = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText StatusName = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText ProgressName = JsonEncodedText.Encode("progress");
    private static readonly JsonEncodedText HealthName = JsonEncodedText.Encode("health");
    private static readonly JsonEncodedText CommentName = JsonEncodedText.Encode("comment");
    private static readonly JsonEncodedText NextUpdateDueName = JsonEncodedText.Encode("nextUpdateDue");
    private static readonly JsonEncodedText FirstEffectsName = JsonEncodedText.Encode("firstEffectsObserved");

    /// <summary>Writes a ledger document to a JSON writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="document">The document.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, LedgerDocument document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartObject();
        writer.WriteString("kind"u8, Kind);
        writer.WriteNumber("schemaVersion"u8, SchemaVersion);
        writer.WriteString("scope"u8, JsonNames.NameOf(JsonNames.Scopes, document.Scope));
        if (document.Portfolio is { } portfolio)
        {
            writer.WriteString("programme"u8, portfolio.Programme.Id.Value);
            if (!portfolio.Weights.IsEmpty)
            {
                writer.WriteStartArray("weights"u8);
                foreach (var weight in portfolio.Weights)
                {
                    writer.WriteStartObject();
                    writer.WriteString("territory"u8, weight.TerritoryCode);
                    writer.WriteNumber("weight"u8, weight.Weight);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteStartArray("territories"u8);
            foreach (var ledger in portfolio.Ledgers)
            {
                writer.WriteStartObject();
                WriteLedgerBody(writer, ledger);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WriteString("programme"u8, document.Ledger!.Programme.Id.Value);
            WriteLedgerBody(writer, document.Ledger);
        }

        writer.WriteEndObject();
    }

    private static void WriteLedgerBody(Utf8JsonWriter writer, Ledger ledger)
    {
        if (ledger.Territory is { } territory)
        {
            WriteTerritory(writer, territory);
        }

        if (ledger.LaunchDate != ledger.Programme.LaunchDate)
        {
            JsonWrite.Date(writer, "launchDate"u8, ledger.LaunchDate);
        }

        var plans = ledger.Plans;
        if (!plans.IsEmpty)
        {
            writer.WriteStartArray("plans"u8);
            foreach (var plan in plans)
            {
                writer.WriteStartObject();
                writer.WriteNumber("measure"u8, plan.Measure.Value);
                JsonWrite.Date(writer, "start"u8, plan.Start);
                JsonWrite.Date(writer, "end"u8, plan.End);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        var indicators = ledger.Indicators;
        if (!indicators.IsEmpty)
        {
            writer.WriteStartArray("indicators"u8);
            foreach (var indicator in indicators)
            {
                writer.WriteStartObject();
                writer.WriteString("id"u8, indicator.Id);
                writer.WriteNumber("measure"u8, indicator.Measure.Value);
                JsonWrite.Text(writer, "name"u8, indicator.Name);
                writer.WriteString("unit"u8, indicator.Unit);
                writer.WriteString("direction"u8, JsonNames.NameOf(JsonNames.Directions, indicator.Direction));
                WritePoint(writer, "baseline"u8, indicator.Baseline);
                WritePoint(writer, "target"u8, indicator.Target);
                if (!indicator.IntermediateTargets.IsEmpty)
                {
                    writer.WriteStartArray("intermediateTargets"u8);
                    foreach (var step in indicator.IntermediateTargets)
                    {
                        WritePoint(writer, default, step);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteNumber("weight"u8, indicator.Weight);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        WriteReports(writer, ledger);

        var observations = ledger.Observations;
        if (!observations.IsEmpty)
        {
            writer.WriteStartArray("observations"u8);
            foreach (var observation in observations)
            {
                writer.WriteStartObject();
                writer.WriteString("indicator"u8, observation.Indicator);
                JsonWrite.Date(writer, "date"u8, observation.Date);
                writer.WriteNumber("value"u8, observation.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }

    /// <summary>Writes the reports straight from the ledger's storage: no report object is made.</summary>
    private static void WriteReports(Utf8JsonWriter writer, Ledger ledger)
    {
        writer.WriteStartArray("reports"u8);
        var reports = ledger.ReportEntries;
        var comments = ledger.CommentEntries;
        for (var m = 0; m < reports.Length; m++)
        {
            var entries = reports[m];
            var notes = comments[m];
            var nextNote = 0;
            for (var i = 0; i < entries.Length; i++)
            {
                ref readonly var entry = ref entries[i];
                writer.WriteStartObject();
                writer.WriteNumber(MeasureName, m + 1);
                JsonWrite.Date(writer, DateName, PackedDate.Unpack(entry.Date));
                writer.WriteString(StatusName, JsonNames.EncodedStatuses[(int)entry.Status]);
                if (entry.DeclaresProgress)
                {
                    writer.WriteNumber(ProgressName, ProgressPacking.ToPoints(entry.CarriedProgress));
                }

                if (entry.Health != Health.NotAssessed)
                {
                    writer.WriteString(HealthName, JsonNames.EncodedHealths[(int)entry.Health]);
                }

                if (nextNote < notes.Length && notes[nextNote].Date == entry.Date)
                {
                    writer.WriteString(CommentName, notes[nextNote++].Text);
                }

                if (entry.NextDue != PackedDate.None)
                {
                    JsonWrite.Date(writer, NextUpdateDueName, PackedDate.Unpack(entry.NextDue));
                }

                if (entry.StatesEffects)
                {
                    JsonWrite.Date(writer, FirstEffectsName, PackedDate.Unpack(entry.CarriedEffects));
                }

                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteTerritory(Utf8JsonWriter writer, Territory territory)
    {
        writer.WriteStartObject("territory"u8);
        writer.WriteString("code"u8, territory.Code);
        writer.WriteString("name"u8, territory.Name);
        writer.WriteString("level"u8, JsonNames.NameOf(JsonNames.Levels, territory.Level));
        writer.WriteEndObject();
    }

    private static void WritePoint(Utf8JsonWriter writer, ReadOnlySpan<byte> name, Indicators.IndicatorPoint point)
    {
        if (name.IsEmpty)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(name);
        }

        writer.WriteNumber("value"u8, point.Value);
        JsonWrite.Date(writer, "date"u8, point.Date);
        writer.WriteEndObject();
    }
}
