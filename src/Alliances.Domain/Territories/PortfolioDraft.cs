using Alliances.Domain.Progress;

namespace Alliances.Domain;

/// <summary>
/// The parts of a portfolio before rule POR001 has been checked across them: what <see cref="Portfolio.Validate"/>
/// reads and <see cref="Portfolio.Create"/> and <see cref="Portfolio.TryCreate"/> build from.
/// </summary>
/// <remarks>
/// <para>
/// Each ledger is already valid on its own; what a draft can still get wrong is how they fit together: no ledger, a
/// national one, a territory twice, ledgers of two programmes, a weight for a territory the portfolio lacks. Validation
/// reports every breach at once, with JSON paths over the ledger document (<c>$.territories[2]</c>).
/// </para>
/// <para>
/// A draft names no programme: the portfolio's is its ledgers' own, which a second statement could only repeat or
/// contradict. A draft is immutable once initialized; <c>with</c> makes variants of it, and
/// <see cref="Portfolio.ToDraft"/> gives the draft of an existing portfolio. Equality compares the ledgers and the
/// weights, in order.
/// </para>
/// </remarks>
public sealed record PortfolioDraft
{
    /// <summary>Gets the territorial ledgers, in the order the portfolio keeps: at least one, of one programme, each territory once.</summary>
    public required ValueList<Ledger> Ledgers { get; init; }

    /// <summary>Gets the territories' weights, each of a territory of the portfolio, once; territories not listed weigh 1.</summary>
    public ValueList<TerritoryWeight> Weights { get; init; }
}
