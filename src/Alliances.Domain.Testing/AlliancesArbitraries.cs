using Alliances.Domain.Progress;
using FsCheck;
using FsCheck.Fluent;

namespace Alliances.Domain.Testing;

/// <summary>
/// FsCheck arbitraries for the domain, to register with a property:
/// <c>[Property(Arbitrary = [typeof(AlliancesArbitraries)])]</c>. Values shrink to nothing smaller: they are valid wholes.
/// </summary>
public static class AlliancesArbitraries
{
    /// <summary>Gets imprecise dates of every precision.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ImpreciseDate> ImpreciseDate() => AlliancesGenerators.ImpreciseDates.ToArbitrary();

    /// <summary>Gets valid programmes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Programme> Programme() => AlliancesGenerators.Programmes.ToArbitrary();

    /// <summary>Gets valid ledgers of the canonical programme.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Ledger> Ledger() => AlliancesGenerators.Ledgers.ToArbitrary();

    /// <summary>Gets valid portfolios of the canonical programme.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Portfolio> Portfolio() => AlliancesGenerators.Portfolios.ToArbitrary();
}
