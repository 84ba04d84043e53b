using System.Text.Json;
using System.Text.Json.Serialization;
using Alliances.Domain.Catalogue;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Reads and writes a portfolio of territorial ledgers (<see cref="Portfolio"/>), as a ledger document, exactly as <see cref="LedgerJson"/> does. A ledger document names its programme by
/// identifier: the converter resolves it against the programmes it is given, the canonical one for the converter
/// that <see cref="Portfolio"/> names. To read ledgers of other programmes, register them on the options with
/// <see cref="AlliancesJson.AddProgrammes(JsonSerializerOptions, IEnumerable{Programme})"/>.
/// </summary>
public sealed class PortfolioJsonConverter : JsonConverter<Portfolio>
{
    private readonly WireContext _reading;

    /// <summary>Initializes a converter that reads ledgers of the canonical programme, <see cref="Odd17.Programme"/>.</summary>
    public PortfolioJsonConverter()
        : this([Odd17.Programme])
    {
    }

    /// <summary>Initializes a converter that reads ledgers of the programmes given.</summary>
    /// <param name="programmes">The programmes the documents read may follow.</param>
    /// <exception cref="ArgumentNullException"><paramref name="programmes"/> is null or holds null.</exception>
    public PortfolioJsonConverter(IEnumerable<Programme> programmes)
    {
        _reading = WireContext.For(LedgerJson.Known(programmes));
    }

    /// <summary>Gets the programmes the documents read may follow.</summary>
    public ValueList<Programme> Programmes => _reading.Programmes;

    /// <summary>Reads a ledger document.</summary>
    /// <param name="reader">The reader, on the document's object.</param>
    /// <param name="typeToConvert">The type to read.</param>
    /// <param name="options">The serializer's options.</param>
    /// <returns>The value read, valid against every rule.</returns>
    /// <exception cref="AlliancesJsonException">The value is not a valid ledger document of this scope, or follows a programme the converter was not given (JSN003).</exception>
    public override Portfolio Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LedgerJson.Read(ref reader, _reading, "a portfolio", "d’un portefeuille", static document => document.Portfolio);

    /// <summary>Writes a ledger document.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">The serializer's options.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public override void Write(Utf8JsonWriter writer, Portfolio value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        LedgerJson.Write(writer, LedgerDocument.Of(value));
    }
}
