using System.Text.Json;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Reads and writes programme documents of the JSON contract: to and from strings, UTF-8 bytes and streams.
/// </summary>
/// <remarks>
/// <para>
/// Names are camelCase and enums camelCase strings; days are <c>yyyy-MM-dd</c>, months <c>yyyy-MM</c> and periods
/// ISO 8601 (<c>P3M</c>); localized texts are <c>{ "fr": …, "en": … }</c>; imprecise dates are objects with a
/// <c>precision</c> discriminator. Properties come in a fixed order, and absent optional parts are left out. French
/// text is written unescaped; characters that matter in HTML are escaped. <c>docs/json.md</c> describes the document
/// and <c>docs/schema/programme.schema.json</c> is its JSON Schema.
/// </para>
/// <para>
/// Reading goes through System.Text.Json with its strictest options, and a document that is read is a valid
/// programme: every failure, from a stray comma to a broken programme rule, is an <see cref="AlliancesJsonException"/>
/// with the rule's code, and the JSON path, line and position where reading stopped. The same reading serves
/// <see cref="ProgrammeJsonConverter"/>, which <see cref="Programme"/> names, so a programme reads and writes alike in
/// an app's own documents.
/// </para>
/// </remarks>
public static class ProgrammeJson
{
    /// <summary>The room a programme document is first written into: the canonical one takes about 17 KB indented.</summary>
    private const int DocumentCapacity = 32 * 1024;

    /// <summary>The kind written in every programme document.</summary>
    public const string Kind = "programme";

    /// <summary>
    /// The latest version of the contract, which this library writes when a document holds what only that version
    /// has: version 2 added commitments to ledgers, and answerable bodies and the measures milestones serve to programmes. A document is written in the earliest version that holds all it has, so that
    /// a document without the newer parts reads as before in readers of the earlier version.
    /// </summary>
    public const int SchemaVersion = 2;

    /// <summary>The first version of the contract, in which a document is written unless it holds what a later version added.</summary>
    internal const int FirstVersion = 1;

    /// <summary>The version that added answerable bodies and the measures milestones serve to programmes.</summary>
    internal const int AnswerableBodiesVersion = 2;

    /// <summary>Gets the earliest version of the contract that holds every part of a programme.</summary>
    internal static int VersionOf(Programme programme)
    {
        if (programme.RequiresAnswerableBodies)
        {
            return AnswerableBodiesVersion;
        }

        foreach (var measure in programme.Measures)
        {
            if (measure.AnswerableBody is not null)
            {
                return AnswerableBodiesVersion;
            }
        }

        foreach (var milestone in programme.Milestones)
        {
            if (milestone.ServesEveryMeasure || !milestone.Serves.IsEmpty)
            {
                return AnswerableBodiesVersion;
            }
        }

        return FirstVersion;
    }

    /// <summary>Gets the versions of the contract this library reads: 1 and 2.</summary>
    public static ValueList<int> SupportedSchemaVersions { get; } = [1, 2];

    /// <summary>Writes a programme as a JSON document.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="indented">Whether to indent the document for people, or write it compact.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    public static string Serialize(Programme programme, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return PooledBufferWriter.ToText(programme, DocumentCapacity, indented, ContractWriter.Programme);
    }

    /// <summary>Writes a programme as a JSON document in UTF-8.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="indented">Whether to indent the document for people, or write it compact.</param>
    /// <returns>The document's bytes, without a byte-order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(Programme programme, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return PooledBufferWriter.ToUtf8Bytes(programme, DocumentCapacity, indented, ContractWriter.Programme);
    }

    /// <summary>Writes a programme as a JSON document to a stream, in UTF-8; the bytes are those of <see cref="SerializeToUtf8Bytes"/>.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="programme">The programme.</param>
    /// <param name="indented">Whether to indent the document.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written and flushed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task SerializeAsync(Stream utf8Json, Programme programme, bool indented = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(programme);
        await JsonStreamOutput.WriteAsync(utf8Json, programme, indented, ContractWriter.Programme, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a programme document to a JSON writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="programme">The programme.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, Programme programme)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(programme);
        ContractWriter.Programme(writer, programme);
    }

    /// <summary>Reads a programme document.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">How to read it; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The programme, valid against every rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="AlliancesJsonException">The document is not a valid programme document, or is larger than the options allow; the exception carries the rule code, the path, the line and the position.</exception>
    public static Programme Deserialize(string json, DocumentReadOptions? options = null) =>
        JsonInput.FromString(json, options, utf8 => Deserialize(utf8, options));

    /// <summary>Reads a programme document in UTF-8.</summary>
    /// <param name="utf8Json">The document's bytes; one byte-order mark is skipped.</param>
    /// <param name="options">How to read it; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The programme, valid against every rule.</returns>
    /// <exception cref="AlliancesJsonException">The document is not a valid programme document, or is larger than the options allow.</exception>
    public static Programme Deserialize(ReadOnlySpan<byte> utf8Json, DocumentReadOptions? options = null) =>
        JsonInput.Read(utf8Json, options, WireContext.Default.ProgrammeWire).Programme;

    /// <summary>Reads a programme document from a stream, to its end.</summary>
    /// <param name="utf8Json">The stream, in UTF-8; one byte-order mark is skipped.</param>
    /// <param name="options">How to read it; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The programme, valid against every rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="AlliancesJsonException">The document is not a valid programme document, or the stream gives more bytes than the options allow (it is not read further).</exception>
    public static ValueTask<Programme> DeserializeAsync(Stream utf8Json, DocumentReadOptions? options = null, CancellationToken cancellationToken = default) =>
        JsonInput.FromStreamAsync(utf8Json, options, utf8 => Deserialize(utf8, options), cancellationToken);

    /// <summary>
    /// Checks a programme document and reports what is wrong without throwing: one violation when the document cannot
    /// be read (its shape, or a value that breaks a rule on its own), or every violation of the rules across its parts.
    /// </summary>
    /// <param name="json">The document.</param>
    /// <param name="options">How to read it; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The violations, with codes and JSON paths; valid when the document reads to a valid programme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult Validate(string json, DocumentReadOptions? options = null) =>
        JsonInput.Validate(json, options, utf8 => Validate(utf8, options));

    /// <summary>Checks a programme document in UTF-8 and reports what is wrong without throwing.</summary>
    /// <param name="utf8Json">The document's bytes; one byte-order mark is skipped.</param>
    /// <param name="options">How to read it; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The violations, with codes and JSON paths; valid when the document reads to a valid programme.</returns>
    public static ValidationResult Validate(ReadOnlySpan<byte> utf8Json, DocumentReadOptions? options = null)
    {
        try
        {
            JsonInput.Read(utf8Json, options, WireContext.Default.ProgrammeWire);
            return ValidationResult.Valid;
        }
        catch (AlliancesJsonException e)
        {
            return new ValidationResult(e.Violations);
        }
    }

    /// <summary>
    /// Builds the programme of a document read: the rules across its parts checked, and broken ones thrown for
    /// System.Text.Json to locate at the end of the document.
    /// </summary>
    internal static Programme FromDraft(ProgrammeDraft draft) =>
        Programme.TryCreate(draft, out var programme, out var result) ? programme : throw AlliancesJsonException.AcrossParts(result.Violations);
}
