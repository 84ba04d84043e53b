using Alliances.Domain.Progress;
using NodaTime;

namespace Alliances.Domain.Testing;

/// <summary>
/// Builds portfolios for tests: one generated ledger per territory, each at its own pace drawn from a seed.
/// </summary>
/// <remarks>Builders are immutable: each method returns a new builder. The same seed gives the same portfolio.</remarks>
public sealed class PortfolioBuilder
{
    private readonly Programme _programme;
    private readonly ValueList<Territory> _territories;
    private readonly Func<LedgerBuilder, LedgerBuilder> _configure;
    private readonly int _seed;
    private readonly (double Slowest, double Fastest) _paces;
    private readonly bool _weighted;

    /// <summary>Starts a portfolio of a programme over the first ten départements, with monthly reports.</summary>
    /// <param name="programme">The programme.</param>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    public PortfolioBuilder(Programme programme)
        : this(programme ?? throw new ArgumentNullException(nameof(programme)), FrenchDepartements.Take(10), b => b, 2020, (0.6, 1.3), false)
    {
    }

    private PortfolioBuilder(Programme programme, ValueList<Territory> territories, Func<LedgerBuilder, LedgerBuilder> configure, int seed, (double, double) paces, bool weighted)
    {
        _programme = programme;
        _territories = territories;
        _configure = configure;
        _seed = seed;
        _paces = paces;
        _weighted = weighted;
    }

    /// <summary>Sets the territories.</summary>
    /// <param name="territories">The territories, each once.</param>
    /// <returns>The builder.</returns>
    public PortfolioBuilder WithTerritories(IEnumerable<Territory> territories) =>
        new(_programme, ValueList.CreateRange(territories), _configure, _seed, _paces, _weighted);

    /// <summary>Configures every territory's ledger the same way (cadence, dates, indicators…).</summary>
    /// <param name="configure">The configuration, applied before each territory's pace and seed.</param>
    /// <returns>The builder.</returns>
    public PortfolioBuilder ForEachLedger(Func<LedgerBuilder, LedgerBuilder> configure) =>
        new(_programme, _territories, configure ?? throw new ArgumentNullException(nameof(configure)), _seed, _paces, _weighted);

    /// <summary>Draws each territory's pace between two values.</summary>
    /// <param name="slowest">The slowest pace, above 0.</param>
    /// <param name="fastest">The fastest pace, at least <paramref name="slowest"/>.</param>
    /// <returns>The builder.</returns>
    public PortfolioBuilder WithPaces(double slowest, double fastest)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(slowest);
        ArgumentOutOfRangeException.ThrowIfLessThan(fastest, slowest);
        return new(_programme, _territories, _configure, _seed, (slowest, fastest), _weighted);
    }

    /// <summary>Gives each territory a weight drawn from the seed, as a population would.</summary>
    /// <returns>The builder.</returns>
    public PortfolioBuilder Weighted() => new(_programme, _territories, _configure, _seed, _paces, true);

    /// <summary>Sets the seed.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>The builder.</returns>
    public PortfolioBuilder WithSeed(int seed) => new(_programme, _territories, _configure, seed, _paces, _weighted);

    /// <summary>Builds the portfolio.</summary>
    /// <returns>The portfolio, valid against every rule.</returns>
    public Portfolio Build()
    {
        var random = new Random(_seed);
        var ledgers = new List<Ledger>(_territories.Count);
        var weights = new List<TerritoryWeight>();
        foreach (var territory in _territories)
        {
            var pace = _paces.Slowest + (random.NextDouble() * (_paces.Fastest - _paces.Slowest));
            var builder = _configure(new LedgerBuilder(_programme).ForTerritory(territory)).WithPace(pace).WithSeed(random.Next());
            ledgers.Add(builder.Build());
            if (_weighted)
            {
                weights.Add(new TerritoryWeight(territory.Code, Math.Round(0.1 + (random.NextDouble() * 2.5), 2)));
            }
        }

        return Portfolio.Create(new PortfolioDraft { Ledgers = [.. ledgers], Weights = [.. weights] });
    }
}
