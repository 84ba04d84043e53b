using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Sets up an app's <see cref="JsonSerializerOptions"/> for the contract, where the types' own converters are not enough.</summary>
/// <remarks>
/// Every type of the contract names its converter with a <see cref="System.Text.Json.Serialization.JsonConverterAttribute"/>,
/// so it needs no set-up in an app's options or source-generated context. The one thing the types cannot know is which
/// programmes an app follows: a ledger document names its programme by identifier, and the converters read ledgers of
/// the canonical programme only, unless told of others here.
/// </remarks>
public static class AlliancesJson
{
    /// <summary>
    /// Gets the encoder the library's documents are written with: French letters and typographic punctuation (é, œ, ’,
    /// « », …) unescaped, characters that matter in HTML (<c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes) and control
    /// and invisible characters escaped. Set it on an app's options to write the library's types byte for byte as
    /// <see cref="ProgrammeJson"/> and <see cref="LedgerJson"/> do.
    /// </summary>
    public static System.Text.Encodings.Web.JavaScriptEncoder Encoder => JsonText.Encoder;

    /// <summary>
    /// Registers the programmes whose ledgers these options read: ledger documents, ledgers and portfolios naming
    /// another programme are refused with rule JSN003. The canonical programme is not included unless given.
    /// </summary>
    /// <param name="options">The options, not yet used (System.Text.Json freezes options on first use).</param>
    /// <param name="programmes">The programmes.</param>
    /// <returns>The same options.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or the programmes hold null.</exception>
    /// <exception cref="InvalidOperationException">The options have already been used.</exception>
    public static JsonSerializerOptions AddProgrammes(this JsonSerializerOptions options, params IEnumerable<Programme> programmes)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(programmes);
        var document = new LedgerDocumentJsonConverter(programmes);
        options.Converters.Add(document);
        options.Converters.Add(new LedgerJsonConverter(document.Programmes));
        options.Converters.Add(new PortfolioJsonConverter(document.Programmes));
        return options;
    }

    /// <summary>
    /// Registers the contract's formats for the NodaTime values of an app's own models: a day <c>"2020-05-07"</c>, a
    /// month <c>"2019-10"</c>, a period <c>"P3Y"</c>, read as strictly as the library's documents. An app that uses
    /// NodaTime.Serialization.SystemTextJson instead gets the same day and month formats from its ISO converters, and
    /// the same periods from <c>NodaConverters.NormalizingIsoPeriodConverter</c>.
    /// </summary>
    /// <param name="options">The options, not yet used.</param>
    /// <returns>The same options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options have already been used.</exception>
    public static JsonSerializerOptions AddDateFormats(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new LocalDateJsonConverter());
        options.Converters.Add(new YearMonthJsonConverter());
        options.Converters.Add(new PeriodJsonConverter());
        return options;
    }
}
