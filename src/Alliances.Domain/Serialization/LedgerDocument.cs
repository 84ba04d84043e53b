using System.Text.Json.Serialization;
using Alliances.Domain.Progress;

namespace Alliances.Domain.Serialization;

/// <summary>What a ledger document holds: one ledger, national or territorial, or a portfolio of territorial ledgers.</summary>
/// <remarks>Exactly one of <see cref="Ledger"/> and <see cref="Portfolio"/> is set, as <see cref="Scope"/> says.</remarks>
[JsonConverter(typeof(LedgerDocumentJsonConverter))]
public sealed class LedgerDocument
{
    private LedgerDocument(LedgerScope scope, Ledger? ledger, Portfolio? portfolio)
    {
        Scope = scope;
        Ledger = ledger;
        Portfolio = portfolio;
    }

    /// <summary>Gets what the document holds.</summary>
    public LedgerScope Scope { get; }

    /// <summary>Gets the ledger, when the document holds one; <see langword="null"/> for a portfolio.</summary>
    public Ledger? Ledger { get; }

    /// <summary>Gets the portfolio, when the document holds one; <see langword="null"/> otherwise.</summary>
    public Portfolio? Portfolio { get; }

    /// <summary>Gets every ledger in the document: the one, or the portfolio's.</summary>
    public ValueList<Ledger> Ledgers => Portfolio is { } portfolio ? portfolio.Ledgers : [Ledger!];

    /// <summary>Wraps one ledger.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is null.</exception>
    public static LedgerDocument Of(Ledger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return new LedgerDocument(ledger.Territory is null ? LedgerScope.National : LedgerScope.Territorial, ledger, null);
    }

    /// <summary>Wraps a portfolio.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is null.</exception>
    public static LedgerDocument Of(Portfolio portfolio)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        return new LedgerDocument(LedgerScope.Portfolio, null, portfolio);
    }
}
