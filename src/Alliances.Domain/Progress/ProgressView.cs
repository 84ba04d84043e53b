using System.Text.Json.Serialization;
using Alliances.Domain.Serialization;
using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>
/// Where a national ledger, a territory or a portfolio stands at a date, as a dashboard shows it: the progress view of
/// the JSON contract (kind <c>progressView</c>, schema <see cref="JsonSchemas.ProgressView"/>). It holds every figure
/// the rollup computes (rules PRO001–PRO017): for each ledger the programme, dimension and measure figures with
/// expected progress, variance, performance index, on-track verdict and completion forecast; for a portfolio also the
/// national figures, the ranking of territories and the measures lagging most.
/// </summary>
/// <remarks>
/// <para>
/// A view is made only by <see cref="Of(Ledger, LocalDate, ProgressOptions?)"/> and its overloads, so it is always the
/// rollup of a valid ledger or portfolio; there is no empty view. Equality compares every figure.
/// </para>
/// <para>
/// A view is computed, not exchanged: <see cref="ProgressViewJsonConverter"/> writes it and does not read it back.
/// Exchange the ledger document, and compute the view where it is needed.
/// </para>
/// <para>
/// A view at a date before the launch has every measure not started, not yet due, with no expected progress (0 %); a
/// view after every report carries the latest reports' figures forward, with the expected progress of that date
/// (rule PRO012).
/// </para>
/// </remarks>
[JsonConverter(typeof(ProgressViewJsonConverter))]
public sealed record ProgressView
{
    /// <summary>The view's <c>kind</c> in JSON.</summary>
    public const string Kind = "progressView";

    /// <summary>The version of the view's JSON form, its <c>schemaVersion</c>.</summary>
    public const int SchemaVersion = 1;

    private ProgressView(Programme programme, LedgerScope scope, LocalDate asOf, ProgressOptions options, PortfolioProgress? national, ValueList<LedgerProgressView> ledgers)
    {
        Programme = programme;
        Scope = scope;
        AsOf = asOf;
        RollupSettings = options;
        National = national;
        Ledgers = ledgers;
    }

    /// <summary>Gets the programme the ledgers follow.</summary>
    public Programme Programme { get; }

    /// <summary>Gets what the view covers: a national ledger, one territory's, or a portfolio.</summary>
    public LedgerScope Scope { get; }

    /// <summary>Gets the date the figures are worked out at.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the settings the figures are rolled up with: weights, unknown policy and tolerance.</summary>
    public ProgressOptions RollupSettings { get; }

    /// <summary>Gets the national figures of a portfolio (rule PRO013), or <see langword="null"/> for one ledger.</summary>
    public PortfolioProgress? National { get; }

    /// <summary>Gets each ledger's figures: the one ledger, or every territory of a portfolio in the portfolio's order.</summary>
    public ValueList<LedgerProgressView> Ledgers { get; }

    /// <summary>Computes the view of one ledger, national or territorial.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="options">The rollup's settings, or <see langword="null"/> for those of the ledger or portfolio (<c>RollupSettings</c>).</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public static ProgressView Of(Ledger ledger, LocalDate asOf, ProgressOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        options ??= ledger.RollupSettings;
        var scope = ledger.Territory is null ? LedgerScope.National : LedgerScope.Territorial;
        return new(ledger.Programme, scope, asOf, options, null, [new LedgerProgressView(ledger, ledger.RollupAt(asOf, options))]);
    }

    /// <summary>Computes the view of a portfolio: the national figures, the ranking, and every territory's figures.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="options">The rollup's settings, or <see langword="null"/> for those of the ledger or portfolio (<c>RollupSettings</c>).</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is null.</exception>
    public static ProgressView Of(Portfolio portfolio, LocalDate asOf, ProgressOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        options ??= portfolio.RollupSettings;
        var national = portfolio.RollupAt(asOf, options);
        var ledgers = new LedgerProgressView[portfolio.Ledgers.Count];
        for (var i = 0; i < ledgers.Length; i++)
        {
            ledgers[i] = new LedgerProgressView(portfolio.Ledgers[i], national.Territories[i]);
        }

        return new(portfolio.Programme, LedgerScope.Portfolio, asOf, options, national, ValueListMarshal.Own(ledgers));
    }

    /// <summary>Computes the view of a ledger document: its one ledger, or its portfolio.</summary>
    /// <param name="document">The document.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="options">The rollup's settings, or <see langword="null"/> for those of the ledger or portfolio (<c>RollupSettings</c>).</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static ProgressView Of(LedgerDocument document, LocalDate asOf, ProgressOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Portfolio is { } portfolio ? Of(portfolio, asOf, options) : Of(document.Ledger!, asOf, options);
    }

    /// <summary>Gets the figures of one territory of the view.</summary>
    /// <param name="territory">The territory's code.</param>
    /// <returns>Its figures.</returns>
    /// <exception cref="KeyNotFoundException">The view has no ledger of that territory.</exception>
    public LedgerProgressView GetTerritory(TerritoryCode territory) =>
        TryGetTerritory(territory, out var ledger) ? ledger : throw Validation.Lookup.NoTerritory("The view", Ledgers.Count, territory);

    /// <summary>Tries to get the figures of one territory of the view.</summary>
    /// <param name="territory">The territory's code.</param>
    /// <param name="ledger">Its figures, when found.</param>
    /// <returns>Whether the view has a ledger of that territory.</returns>
    public bool TryGetTerritory(TerritoryCode territory, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LedgerProgressView? ledger)
    {
        foreach (var candidate in Ledgers)
        {
            if (candidate.Territory?.Code == territory)
            {
                ledger = candidate;
                return true;
            }
        }

        ledger = null;
        return false;
    }

    /// <summary>Gets a short description, for logs and debuggers.</summary>
    /// <returns>The programme, the scope and the date.</returns>
    public override string ToString() => $"{Programme.Id} {JsonNames.Scopes.NameOf(Scope)} progress as of {NodaTime.Text.LocalDatePattern.Iso.Format(AsOf)}";
}
