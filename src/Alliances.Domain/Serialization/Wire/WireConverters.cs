using System.Text.Json;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;
using NodaTime;
using NodaTime.Text;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a whole number of months as an ISO 8601 period, <c>P3M</c>.</summary>
internal sealed class WholeMonthsConverter : JsonConverter<int>
{
    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ContractRead.WholeMonths(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) =>
        writer.WriteStringValue(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"P{value}M"));
}

/// <summary>Reads a whole number, <c>9</c>, <c>9.0</c> or <c>9e0</c> alike, as JSON Schema's <c>integer</c> does.</summary>
internal sealed class WholeNumberConverter : JsonConverter<int>
{
    /// <inheritdoc/>
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ContractRead.Int32(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>Reads a document's <c>schemaVersion</c>: one this library reads, or rule JSN002.</summary>
internal sealed class SchemaVersionConverter : JsonConverter<int>
{
    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw ContractRead.Expected("A number", "un nombre", reader.TokenType);
        }

        return ContractRead.TryWholeNumber(ref reader, out var version) && ProgrammeJson.SupportedSchemaVersions.Contains(version)
            ? version
            : throw new AlliancesJsonException(
                Rules.JsonKindAndVersion,
                LocalizedText.Message(
                    $"This library reads schema version {string.Join(", ", ProgrammeJson.SupportedSchemaVersions)}; the document has version {System.Text.Encoding.UTF8.GetString(reader.ValueSpan)}.",
                    $"Cette bibliothèque lit les versions de schéma {string.Join(", ", ProgrammeJson.SupportedSchemaVersions)}\u202F; le document a la version {System.Text.Encoding.UTF8.GetString(reader.ValueSpan)}."));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    /// <summary>Refuses a part of a document that came with a later version than the document's own (rule JSN002).</summary>
    /// <param name="version">The document's version.</param>
    /// <param name="since">The version that added the part.</param>
    /// <param name="parts">The parts, as the English message names them.</param>
    /// <param name="parties">The parts, as the French message names them.</param>
    internal static void RequireSince(int version, int since, string parts, string parties)
    {
        if (version < since)
        {
            throw new AlliancesJsonException(
                Rules.JsonKindAndVersion,
                LocalizedText.Message(
                    $"{parts} came with schema version {since}; this document says version {version}.",
                    $"La version de schéma {since} a introduit {parties}\u202F; ce document indique la version {version}."));
        }
    }
}

/// <summary>Reads a document's <c>kind</c>: the one expected, or rule JSN002.</summary>
internal abstract class KindConverter(string kind) : JsonConverter<string>
{
    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var found = ContractRead.String(ref reader);
        return string.Equals(found, kind, StringComparison.Ordinal)
            ? kind
            : throw new AlliancesJsonException(
                Rules.JsonKindAndVersion,
                LocalizedText.Message($"This document's kind is '{MessageText.Quote(found)}', not '{kind}'.", $"Le type de ce document est '{MessageText.Quote(found)}', pas '{kind}'."));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>Reads the <c>kind</c> of a programme document.</summary>
internal sealed class ProgrammeKindConverter() : KindConverter(ProgrammeJson.Kind);

/// <summary>Reads the <c>kind</c> of a ledger document.</summary>
internal sealed class LedgerKindConverter() : KindConverter(LedgerJson.Kind);
