using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Reads and writes ledger documents of the JSON contract: one national or territorial ledger, or a portfolio of
/// territorial ledgers; to and from strings, UTF-8 bytes and streams.
/// </summary>
/// <remarks>
/// <para>
/// A ledger document names its programme by identifier. Readers resolve it against the programmes they are given,
/// the canonical programme unless told otherwise; a document for another programme is rule JSN003.
/// </para>
/// <para>
/// The conventions are those of <see cref="ProgrammeJson"/>, and reading is as strict: a document that is read is a
/// valid ledger or portfolio, and every failure is an <see cref="AlliancesJsonException"/> with the rule's code, the
/// path, the line and the position. <see cref="LedgerDocumentJsonConverter"/>, <see cref="LedgerJsonConverter"/> and
/// <see cref="PortfolioJsonConverter"/> read and write the same documents inside an app's own.
/// <c>docs/json.md</c> describes the document and <c>docs/schema/ledger.schema.json</c> is its JSON Schema.
/// </para>
/// </remarks>
public static class LedgerJson
{
    /// <summary>The kind written in every ledger document.</summary>
    public const string Kind = "ledger";

    /// <summary>The latest version of the contract, the same for every document (<see cref="ProgrammeJson.SchemaVersion"/>).</summary>
    public const int SchemaVersion = ProgrammeJson.SchemaVersion;

    /// <summary>The version that added commitments, co-leads, their own milestones and rollup settings to ledgers.</summary>
    internal const int CommitmentsVersion = 2;

    /// <summary>Gets the earliest version of the contract that holds every part of a ledger document.</summary>
    internal static int VersionOf(LedgerDocument document)
    {
        var ledgers = document.Portfolio is { } portfolio ? portfolio.Ledgers : [document.Ledger!];
        foreach (var ledger in ledgers)
        {
            if (ledger.AllowsCoLeads || !ledger.Commitments.IsEmpty || !ledger.Milestones.IsEmpty || !ledger.RollupSettings.Equals(ProgressOptions.Default))
            {
                return CommitmentsVersion;
            }
        }

        return ProgrammeJson.FirstVersion;
    }

    /// <summary>Writes a ledger as a JSON document.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="indented">Whether to indent the document for people, or write it compact.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public static string Serialize(Ledger ledger, bool indented = true) => Serialize(LedgerDocument.Of(ledger), indented);

    /// <summary>Writes a portfolio as a JSON document.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="indented">Whether to indent the document for people, or write it compact.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is null.</exception>
    public static string Serialize(Portfolio portfolio, bool indented = true) => Serialize(LedgerDocument.Of(portfolio), indented);

    /// <summary>Writes a ledger document as JSON.</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented">Whether to indent the document for people, or write it compact.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Serialize(LedgerDocument document, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        return PooledBufferWriter.ToText(document, EstimateSize(document), indented, ContractWriter.LedgerDocument);
    }

    /// <summary>Writes a ledger document as JSON in UTF-8.</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented">Whether to indent the document for people, or write it compact.</param>
    /// <returns>The document's bytes, without a byte-order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(LedgerDocument document, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        return PooledBufferWriter.ToUtf8Bytes(document, EstimateSize(document), indented, ContractWriter.LedgerDocument);
    }

    /// <summary>
    /// Writes a ledger document as JSON to a stream, in UTF-8, as it goes: some 64 KB at a time, so that a portfolio of
    /// any size is never held whole. The bytes are those of <see cref="SerializeToUtf8Bytes"/>.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="document">The document.</param>
    /// <param name="indented">Whether to indent the document.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written and flushed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task SerializeAsync(Stream utf8Json, LedgerDocument document, bool indented = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(document);
        await JsonStreamOutput.WriteAsync(utf8Json, document, indented, ContractWriter.LedgerDocumentInSteps, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a ledger document to a JSON writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="document">The document.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, LedgerDocument document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        ContractWriter.LedgerDocument(writer, document);
    }

    /// <summary>Reads a ledger document.</summary>
    /// <param name="json">The document.</param>
    /// <param name="programmes">The programmes the document may follow; the canonical programme when null.</param>
    /// <param name="options">How to read it; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The document: a valid ledger or portfolio.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="AlliancesJsonException">The document is not a valid ledger document, or is larger than the options allow.</exception>
    public static LedgerDocument Deserialize(string json, IEnumerable<Programme>? programmes = null, DocumentReadOptions? options = null) =>
        JsonInput.FromString(json, options, utf8 => Deserialize(utf8, programmes, options));

    /// <summary>Reads a ledger document in UTF-8.</summary>
    /// <param name="utf8Json">The document's bytes; one byte-order mark is skipped.</param>
    /// <param name="programmes">The programmes the document may follow; the canonical programme when null.</param>
    /// <param name="options">How to read it; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The document: a valid ledger or portfolio.</returns>
    /// <exception cref="AlliancesJsonException">The document is not a valid ledger document, or is larger than the options allow.</exception>
    public static LedgerDocument Deserialize(ReadOnlySpan<byte> utf8Json, IEnumerable<Programme>? programmes = null, DocumentReadOptions? options = null) =>
        JsonInput.Read(utf8Json, options, Reader(programmes)).Document;

    /// <summary>Reads a ledger document from a stream, to its end.</summary>
    /// <param name="utf8Json">The stream, in UTF-8; one byte-order mark is skipped.</param>
    /// <param name="programmes">The programmes the document may follow; the canonical programme when null.</param>
    /// <param name="options">How to read it; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document: a valid ledger or portfolio.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="AlliancesJsonException">The document is not a valid ledger document, or the stream gives more bytes than the options allow (it is not read further).</exception>
    public static ValueTask<LedgerDocument> DeserializeAsync(Stream utf8Json, IEnumerable<Programme>? programmes = null, DocumentReadOptions? options = null, CancellationToken cancellationToken = default) =>
        JsonInput.FromStreamAsync(utf8Json, options, utf8 => Deserialize(utf8, programmes, options), cancellationToken);

    /// <summary>Checks a ledger document and reports what is wrong without throwing.</summary>
    /// <param name="json">The document.</param>
    /// <param name="programmes">The programmes the document may follow; the canonical programme when null.</param>
    /// <param name="options">How to read it; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The violations, with codes and JSON paths; valid when the document reads to a valid ledger or portfolio.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ValidationResult Validate(string json, IEnumerable<Programme>? programmes = null, DocumentReadOptions? options = null) =>
        JsonInput.Validate(json, options, utf8 => Validate(utf8, programmes, options));

    /// <summary>Checks a ledger document in UTF-8 and reports what is wrong without throwing.</summary>
    /// <param name="utf8Json">The document's bytes; one byte-order mark is skipped.</param>
    /// <param name="programmes">The programmes the document may follow; the canonical programme when null.</param>
    /// <param name="options">How to read it; <see cref="DocumentReadOptions.Default"/> when null.</param>
    /// <returns>The violations, with codes and JSON paths; valid when the document reads to a valid ledger or portfolio.</returns>
    public static ValidationResult Validate(ReadOnlySpan<byte> utf8Json, IEnumerable<Programme>? programmes = null, DocumentReadOptions? options = null)
    {
        try
        {
            JsonInput.Read(utf8Json, options, Reader(programmes));
            return ValidationResult.Valid;
        }
        catch (AlliancesJsonException e)
        {
            return new ValidationResult(e.Violations);
        }
    }

    /// <summary>The programmes a converter reads ledgers of, checked once when the converter is made.</summary>
    internal static ValueList<Programme> Known(IEnumerable<Programme> programmes)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        var known = ValueList.CreateRange(programmes);
        return known.Contains(null!) ? throw new ArgumentNullException(nameof(programmes), "The list of programmes holds no null.") : known;
    }

    /// <summary>
    /// Reads a ledger document inside a converter and picks what the converter gives of it (the document, its ledger or
    /// its portfolio); a document of another scope is refused at <c>$.scope</c>.
    /// </summary>
    internal static T Read<T>(ref Utf8JsonReader reader, WireContext context, string expected, string attendu, Func<LedgerDocument, T?> pick)
        where T : class =>
        WireContext.Read(ref reader, context.LedgerWire, wire =>
            pick(wire.Document) ?? throw AlliancesJsonException.Within(
                Rules.JsonShape,
                LocalizedText.Message(
                    $"A ledger document of {expected} is expected here; got one of scope '{JsonNames.Scopes.NameOf(wire.Document.Scope)}'.",
                    $"Un document de registre {attendu} est attendu ici\u202F; celui-ci est de portée '{JsonNames.Scopes.NameOf(wire.Document.Scope)}'."),
                "$.scope"));

    /// <summary>
    /// Builds the document read, for the programme it follows: the rules across its parts checked, and broken ones
    /// thrown for System.Text.Json to locate at the end of the document.
    /// </summary>
    internal static LedgerDocument FromWire(LedgerWire wire)
    {
        var weights = wire.Weights?.ToValueList(static w => w.Model) ?? default;
        var result = Build(wire, wire.Programme, weights, out var document);
        return result.IsValid ? document! : throw AlliancesJsonException.AcrossParts(result.Violations);
    }

    private const string SettingsPath = "$.rollupSettings";

    /// <summary>The reader of documents of the programmes given; of the canonical programme when none are.</summary>
    private static JsonTypeInfo<LedgerWire> Reader(IEnumerable<Programme>? programmes) =>
        programmes is null ? WireContext.Default.LedgerWire : WireContext.For(Known(programmes)).LedgerWire;

    /// <summary>Checks every ledger of a document read, with paths over the document, then its portfolio; builds the document when valid.</summary>
    private static ValidationResult Build(LedgerWire wire, Programme programme, ValueList<TerritoryWeight> weights, out LedgerDocument? document)
    {
        document = null;
        var bodies = wire.Scope == LedgerScope.Portfolio ? [.. wire.Territories!] : (IReadOnlyList<LedgerBodyWire>)[wire];
        var ledgers = new List<Ledger>(bodies.Count);
        var found = new List<RuleViolation>();
        for (var i = 0; i < bodies.Count; i++)
        {
            var prefix = wire.Scope == LedgerScope.Portfolio ? $"$.territories[{i.ToString(CultureInfo.InvariantCulture)}]" : "$";
            var draft = bodies[i].ToDraft(programme);
            if (Ledger.TryCreate(wire.RollupSettings is { } settings ? draft with { RollupSettings = settings.Model } : draft, out var ledger, out var result))
            {
                ledgers.Add(ledger);
            }
            else
            {
                // The rollup settings sit once at the top of a document, a portfolio's too: their violations keep
                // their own path, once.
                found.AddRange(result.Violations
                    .Where(v => i == 0 || !v.Path.StartsWith(SettingsPath, StringComparison.Ordinal))
                    .Select(v => new RuleViolation(v.Rule, v.Text, v.Path.StartsWith(SettingsPath, StringComparison.Ordinal) ? v.Path : prefix + v.Path[1..])));
            }
        }

        if (found.Count > 0)
        {
            return new ValidationResult(ValueList.CreateRange(found));
        }

        if (wire.Scope != LedgerScope.Portfolio)
        {
            document = LedgerDocument.Of(ledgers[0]);
            return ValidationResult.Valid;
        }

        if (Portfolio.TryCreate(new PortfolioDraft { Ledgers = ValueListMarshal.Copy(ledgers), Weights = weights }, out var portfolio, out var across))
        {
            document = LedgerDocument.Of(portfolio);
        }

        return across;
    }

    private static int EstimateSize(LedgerDocument document) =>
        (int)Math.Min(int.MaxValue / 2, 4096 + (document.Ledgers.Sum(l => (long)l.ReportCount) * 128));
}
