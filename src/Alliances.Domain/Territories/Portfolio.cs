using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Progress;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain;

/// <summary>
/// The territorial ledgers of one programme, for the national view: national means, a ranking of territories, and the
/// measures that lag most across them.
/// </summary>
/// <remarks>
/// Territories weigh equally unless weights are given (rule PRO013). A portfolio is immutable. Equality compares the
/// ledgers in order and the weights.
/// </remarks>
[JsonConverter(typeof(PortfolioJsonConverter))]
public sealed class Portfolio : IEquatable<Portfolio>
{
    // The rank of each ledger's territory code among the portfolio's, in ordinal order: ties in the ranking go by code.
    private readonly int[] _codeRanks;

    // Each ledger's weight, looked up once.
    private readonly double[] _weights;

    private Portfolio(Programme programme, ValueList<Ledger> ledgers, ValueList<TerritoryWeight> weights)
    {
        Programme = programme;
        Ledgers = ledgers;
        Weights = weights;
        var byCode = new int[ledgers.Count];
        for (var t = 0; t < byCode.Length; t++)
        {
            byCode[t] = t;
        }

        Array.Sort(byCode, (a, b) => ledgers[a].Territory!.Code.CompareTo(ledgers[b].Territory!.Code));
        _codeRanks = new int[byCode.Length];
        for (var r = 0; r < byCode.Length; r++)
        {
            _codeRanks[byCode[r]] = r;
        }

        _weights = new double[ledgers.Count];
        for (var t = 0; t < _weights.Length; t++)
        {
            _weights[t] = WeightOf(ledgers[t].Territory!.Code);
        }
    }

    /// <summary>Gets the programme every ledger follows.</summary>
    public Programme Programme { get; }

    /// <summary>Gets the territorial ledgers, in the order given.</summary>
    public ValueList<Ledger> Ledgers { get; }

    /// <summary>Gets the territories' weights; territories not listed weigh 1.</summary>
    public ValueList<TerritoryWeight> Weights { get; }

    /// <summary>Gets the number of reports across every ledger.</summary>
    public int ReportCount => Ledgers.Sum(l => l.ReportCount);

    /// <summary>Builds a portfolio, checking rule POR001.</summary>
    /// <param name="ledgers">The territorial ledgers, at least one, of one programme, each territory once.</param>
    /// <param name="weights">The territories' weights, or <see langword="null"/> for equal weights.</param>
    /// <returns>The portfolio.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledgers"/> or one of them is null.</exception>
    /// <exception cref="RuleViolationException">The ledgers or weights break POR001; the exception lists every violation.</exception>
    public static Portfolio Create(IEnumerable<Ledger> ledgers, IEnumerable<TerritoryWeight>? weights = null)
    {
        ArgumentNullException.ThrowIfNull(ledgers);
        var list = ValueList.CreateRange(ledgers);
        var weightList = weights is null ? [] : ValueList.CreateRange(weights);
        Validate(list, weightList).ThrowIfInvalid();
        return new Portfolio(list[0].Programme, list, weightList);
    }

    /// <summary>Checks ledgers and weights against rule POR001.</summary>
    /// <param name="ledgers">The ledgers.</param>
    /// <param name="weights">The weights.</param>
    /// <returns>Every violation, with paths over the ledger document (<c>$.territories[2]</c>).</returns>
    public static ValidationResult Validate(ValueList<Ledger> ledgers, ValueList<TerritoryWeight> weights)
    {
        var found = new List<RuleViolation>();
        if (ledgers.IsEmpty)
        {
            found.Add(new RuleViolation(Rules.PortfolioTerritories, "A portfolio holds at least one ledger; got none.", "$.territories"));
        }

        var codes = new HashSet<TerritoryCode>();
        for (var i = 0; i < ledgers.Count; i++)
        {
            var ledger = ledgers[i] ?? throw new ArgumentNullException(nameof(ledgers), $"Ledger {i} of the portfolio is null.");
            var path = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"$.territories[{i}]");
            if (ledger.Territory is null)
            {
                found.Add(new RuleViolation(Rules.PortfolioTerritories, "Every ledger of a portfolio is territorial; this one is national.", path));
            }
            else if (!codes.Add(ledger.Territory.Code))
            {
                found.Add(new RuleViolation(Rules.PortfolioTerritories, $"No territory appears twice in a portfolio; {ledger.Territory.Code} does.", path + ".territory.code"));
            }

            if (i > 0 && !ReferenceEquals(ledger.Programme, ledgers[0].Programme) && !ledger.Programme.Equals(ledgers[0].Programme))
            {
                found.Add(new RuleViolation(Rules.PortfolioTerritories, $"Every ledger of a portfolio follows one programme; this one follows {ledger.Programme.Id}, the first {ledgers[0].Programme.Id}.", path));
            }
        }

        var weighted = new HashSet<TerritoryCode>();
        for (var i = 0; i < weights.Count; i++)
        {
            var code = weights[i].TerritoryCode;
            if (!codes.Contains(code) || !weighted.Add(code))
            {
                found.Add(new RuleViolation(
                    Rules.PortfolioTerritories,
                    $"A portfolio weighs only its own territories, each once; the weight of '{MessageText.Quote(code)}' is not one of those.",
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"$.weights[{i}]")));
            }
        }

        return found.Count == 0 ? ValidationResult.Valid : new ValidationResult(ValueList.CreateRange(found));
    }

    /// <summary>Determines whether two portfolios hold the same ledgers and weights.</summary>
    /// <param name="left">The first portfolio.</param>
    /// <param name="right">The second portfolio.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Portfolio? left, Portfolio? right) => Equals(left, right);

    /// <summary>Determines whether two portfolios differ.</summary>
    /// <param name="left">The first portfolio.</param>
    /// <param name="right">The second portfolio.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Portfolio? left, Portfolio? right) => !Equals(left, right);

    /// <summary>Gets the weight of a territory.</summary>
    /// <param name="territoryCode">The territory's code.</param>
    /// <returns>
    /// Its weight, 1 unless set; 1 for a code no territory of the portfolio has, <c>default(TerritoryCode)</c>
    /// included.
    /// </returns>
    public double WeightOf(TerritoryCode territoryCode)
    {
        foreach (var weight in Weights)
        {
            if (weight.TerritoryCode == territoryCode)
            {
                return weight.Weight;
            }
        }

        return 1;
    }

    /// <summary>Works out the national view at a date (rule PRO013).</summary>
    /// <param name="asOf">The date; only data dated on or before it count.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The national view.</returns>
    public PortfolioProgress RollupAt(LocalDate asOf, ProgressOptions? options = null)
    {
        options ??= ProgressOptions.Default;
        var basis = new RollupBasis(Programme, options);
        var strict = basis.IsStrict;
        var territories = new ProgrammeProgress[Ledgers.Count];
        var dimensionCount = basis.DimensionKinds.Length;

        // One pass over the territories: each one's measures are worked out in one scratch array and added to the
        // measures' tallies at once (the territory's figures work them out again only when read), and its programme
        // and dimension progress are added to the national sums.
        var scratch = new MeasureProgress[Programme.Measures.Count];
        var tallies = new AcrossTally[scratch.Length];
        var nation = default(MeanTally);
        Span<MeanTally> dimensionTallies = stackalloc MeanTally[Rollup.KindCount];
        var ledgers = Ledgers.AsSpan();

        // The ledgers of a portfolio mostly share the programme's launch, and so the expected progress on the default
        // plan: it is worked out again only when the launch changes from one ledger to the next.
        LocalDate? launch = null;
        var expected = Percentage.Zero;
        for (var t = 0; t < territories.Length; t++)
        {
            var ledger = ledgers[t];
            if (ledger.LaunchDate != launch)
            {
                (launch, expected) = (ledger.LaunchDate, ledger.DefaultExpected(asOf));
            }

            var territory = territories[t] = ledger.RollupAt(asOf, basis, expected, scratch);
            var weight = _weights[t];
            for (var m = 0; m < scratch.Length; m++)
            {
                tallies[m].Add(in scratch[m], weight);
            }

            nation.Add(territory.Progress, weight);
            var territoryDimensions = territory.Dimensions.AsSpan();
            for (var d = 0; d < dimensionCount; d++)
            {
                dimensionTallies[d].Add(territoryDimensions[d].Progress, weight);
            }
        }

        // The dimensions.
        var dimensions = new DimensionNational[dimensionCount];
        for (var d = 0; d < dimensions.Length; d++)
        {
            dimensions[d] = new DimensionNational(basis.DimensionKinds[d], dimensionTallies[d].Mean(strict));
        }

        // The measures across territories.
        var measures = new MeasureAcrossTerritories[tallies.Length];
        for (var m = 0; m < measures.Length; m++)
        {
            measures[m] = tallies[m].ToFigures(MeasureNumber.FromIndex(m), strict);
        }

        // The ranking.
        var keys = new RankKey[territories.Length];
        for (var t = 0; t < keys.Length; t++)
        {
            keys[t] = new RankKey(territories[t].Progress, _codeRanks[t], t);
        }

        keys.AsSpan().Sort();
        var ranking = new TerritoryRank[keys.Length];
        for (var r = 0; r < keys.Length; r++)
        {
            var ranked = territories[keys[r].Territory];
            ranking[r] = new TerritoryRank(r + 1, ranked.Territory!, ranked.Progress, ranked.Variance);
        }

        return new PortfolioProgress(
            asOf,
            ValueListMarshal.Own(territories),
            nation.Mean(strict),
            nation.Coverage,
            ValueListMarshal.Own(dimensions),
            ValueListMarshal.Own(measures),
            ValueListMarshal.Own(ranking));
    }

    /// <inheritdoc/>
    public bool Equals(Portfolio? other) =>
        other is not null && (ReferenceEquals(this, other) || (Ledgers.Equals(other.Ledgers) && Weights.Equals(other.Weights)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Portfolio other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Ledgers.GetHashCode();

    /// <summary>Returns the programme and the number of territories.</summary>
    /// <returns>The portfolio as text.</returns>
    public override string ToString() => $"{Programme.Id}: {Ledgers.Count} territories, {ReportCount} reports";
}
