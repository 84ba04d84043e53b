using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Alliances.Domain.Serialization;
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
            _weights[t] = Listed(weights, ledgers[t].Territory!.Code);
        }
    }

    /// <summary>Gets the programme every ledger follows.</summary>
    public Programme Programme { get; }

    /// <summary>Gets the territorial ledgers, in the order given.</summary>
    public ValueList<Ledger> Ledgers { get; }

    /// <summary>Gets the territories' weights; territories not listed weigh 1.</summary>
    public ValueList<TerritoryWeight> Weights { get; }

    /// <summary>
    /// Gets how the portfolio is rolled up when a caller gives no options: the settings every one of its ledgers has
    /// (rule POR002).
    /// </summary>
    public ProgressOptions RollupSettings => Ledgers[0].RollupSettings;

    /// <summary>Gets the number of reports across every ledger.</summary>
    public int ReportCount => Ledgers.Sum(l => l.ReportCount);

    /// <summary>Builds a portfolio from a draft, after checking rule POR001.</summary>
    /// <param name="draft">The draft.</param>
    /// <returns>The portfolio.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    /// <exception cref="RuleViolationException">The ledgers or weights break POR001; the exception lists every violation with its path.</exception>
    public static Portfolio Create(PortfolioDraft draft)
    {
        Validate(draft).ThrowIfInvalid();
        return new Portfolio(draft.Ledgers[0].Programme, draft.Ledgers, draft.Weights);
    }

    /// <summary>Builds a portfolio from a draft when it is valid.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="portfolio">The portfolio, when the draft is valid.</param>
    /// <param name="result">Every violation found, as <see cref="Validate"/> gives them; valid when <paramref name="portfolio"/> was built.</param>
    /// <returns><see langword="true"/> when the draft is valid and the portfolio was built.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    public static bool TryCreate(PortfolioDraft draft, [NotNullWhen(true)] out Portfolio? portfolio, out ValidationResult result)
    {
        result = Validate(draft);
        portfolio = result.IsValid ? new Portfolio(draft.Ledgers[0].Programme, draft.Ledgers, draft.Weights) : null;
        return portfolio is not null;
    }

    /// <summary>
    /// Checks a draft against rule POR001: at least one ledger, none missing, every one territorial and of the same
    /// programme, no territory twice, and weights only for the portfolio's territories, each once.
    /// </summary>
    /// <param name="draft">The draft.</param>
    /// <returns>Every violation found, with its JSON path over the ledger document (<c>$.territories[2]</c>, <c>$.weights[0]</c>); valid when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    public static ValidationResult Validate(PortfolioDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var ledgers = draft.Ledgers;
        var weights = draft.Weights;
        var found = new List<RuleViolation>();
        if (ledgers.IsEmpty)
        {
            found.Add(new RuleViolation(Rules.PortfolioTerritories, "A portfolio holds at least one ledger; got none.", "Un portefeuille contient au moins un registre\u202F; aucun n’est donné.", "$.territories"));
        }

        var codes = new HashSet<TerritoryCode>();
        Programme? first = null;
        for (var i = 0; i < ledgers.Count; i++)
        {
            var ledger = ledgers[i];
            var path = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"$.territories[{i}]");
            if (ledger is null)
            {
                found.Add(new RuleViolation(Rules.PortfolioTerritories, "A portfolio holds no missing ledger; this one is null.", "Un portefeuille n’a pas de registre manquant\u202F; celui-ci est null.", path));
                continue;
            }

            if (ledger.Territory is null)
            {
                found.Add(new RuleViolation(Rules.PortfolioTerritories, "Every ledger of a portfolio is territorial; this one is national.", "Chaque registre d’un portefeuille est territorial\u202F; celui-ci est national.", path));
            }
            else if (!codes.Add(ledger.Territory.Code))
            {
                found.Add(new RuleViolation(Rules.PortfolioTerritories, $"No territory appears twice in a portfolio; {ledger.Territory.Code} does.", $"Aucun territoire n’apparaît deux fois dans un portefeuille\u202F; {ledger.Territory.Code} y apparaît deux fois.", path + ".territory.code"));
            }

            if (first is null)
            {
                first = ledger.Programme;
            }
            else if (!ReferenceEquals(ledger.Programme, first) && !ledger.Programme.Equals(first))
            {
                found.Add(new RuleViolation(Rules.PortfolioTerritories, $"Every ledger of a portfolio follows one programme; this one follows {ledger.Programme.Id}, the first {first.Id}.", $"Tous les registres d’un portefeuille suivent un même programme\u202F; celui-ci suit {ledger.Programme.Id}, le premier {first.Id}.", path));
            }
        }

        var settings = ledgers.FirstOrDefault(l => l is not null)?.RollupSettings;
        for (var i = 0; i < ledgers.Count; i++)
        {
            if (ledgers[i] is { } ledger && !ledger.RollupSettings.Equals(settings))
            {
                found.Add(new RuleViolation(
                    Rules.PortfolioOneRollup,
                    "Every ledger of a portfolio is rolled up with the same settings; this one's differ from the first's.",
                    "Tous les registres d’un portefeuille sont agrégés avec les mêmes réglages\u202F; ceux de celui-ci diffèrent de ceux du premier.",
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"$.territories[{i}].rollupSettings")));
            }
        }

        var weighted = new HashSet<TerritoryCode>();
        for (var i = 0; i < weights.Count; i++)
        {
            var code = weights[i].TerritoryCode;
            var known = codes.Contains(code);
            if (!known || !weighted.Add(code))
            {
                found.Add(new RuleViolation(
                    Rules.PortfolioTerritories,
                    known
                        ? $"A portfolio weighs only its own territories, each once; '{MessageText.Quote(code)}' is weighed twice."
                        : $"A portfolio weighs only its own territories, each once; '{MessageText.Quote(code)}' is not one of its territories.",
                    known
                        ? $"Un portefeuille ne pondère que ses propres territoires, chacun une fois\u202F; '{MessageText.Quote(code)}' est pondéré deux fois."
                        : $"Un portefeuille ne pondère que ses propres territoires, chacun une fois\u202F; '{MessageText.Quote(code)}' n’est pas l’un de ses territoires.",
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"$.weights[{i}]")));
            }
        }

        return found.Count == 0 ? ValidationResult.Valid : new ValidationResult(ValueList.CreateRange(found));
    }

    /// <summary>Gets the draft of this portfolio, to derive a variant with a <c>with</c> expression.</summary>
    /// <returns>A draft that builds a portfolio equal to this one.</returns>
    public PortfolioDraft ToDraft() => new() { Ledgers = Ledgers, Weights = Weights };

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

    /// <summary>Gets the ledger of a territory.</summary>
    /// <param name="territory">The territory's code.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="KeyNotFoundException">The portfolio has no territory of that code.</exception>
    public Ledger GetLedger(TerritoryCode territory) =>
        TryGetLedger(territory, out var ledger) ? ledger : throw NoTerritory(territory);

    /// <summary>Gets the ledger of a territory, when the portfolio has the territory.</summary>
    /// <param name="territory">The territory's code.</param>
    /// <param name="ledger">The ledger; <see langword="null"/> when the portfolio has no territory of that code.</param>
    /// <returns><see langword="true"/> when the portfolio has the territory; <see langword="false"/> where <see cref="GetLedger"/> throws.</returns>
    public bool TryGetLedger(TerritoryCode territory, [NotNullWhen(true)] out Ledger? ledger)
    {
        var index = IndexOf(territory);
        ledger = index < 0 ? null : Ledgers[index];
        return ledger is not null;
    }

    /// <summary>Gets the weight of a territory of the portfolio in the national means (rule PRO013).</summary>
    /// <param name="territoryCode">The territory's code.</param>
    /// <returns>Its weight: the one set, or 1 for a territory of the portfolio that the weights leave out.</returns>
    /// <exception cref="KeyNotFoundException">The portfolio has no territory of that code, <c>default(TerritoryCode)</c> included.</exception>
    public double WeightOf(TerritoryCode territoryCode) =>
        TryGetWeightOf(territoryCode, out var weight) ? weight : throw NoTerritory(territoryCode);

    /// <summary>Gets the weight of a territory in the national means (rule PRO013), when the portfolio has the territory.</summary>
    /// <param name="territoryCode">The territory's code.</param>
    /// <param name="weight">Its weight, 1 unless set; 0 when the portfolio has no territory of that code.</param>
    /// <returns><see langword="true"/> when the portfolio has the territory; <see langword="false"/> where <see cref="WeightOf"/> throws.</returns>
    public bool TryGetWeightOf(TerritoryCode territoryCode, out double weight)
    {
        var index = IndexOf(territoryCode);
        weight = index < 0 ? 0 : _weights[index];
        return index >= 0;
    }

    /// <summary>Gets the position of a territory's ledger, or -1; a scan, since a portfolio holds some hundred territories at most.</summary>
    private int IndexOf(TerritoryCode territory)
    {
        var ledgers = Ledgers.AsSpan();
        for (var t = 0; t < ledgers.Length; t++)
        {
            if (ledgers[t].Territory!.Code == territory)
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>Gets the weight set for a territory, or 1 when none is.</summary>
    private static double Listed(ValueList<TerritoryWeight> weights, TerritoryCode territory)
    {
        foreach (var weight in weights)
        {
            if (weight.TerritoryCode == territory)
            {
                return weight.Weight;
            }
        }

        return 1;
    }

    private KeyNotFoundException NoTerritory(TerritoryCode territory) =>
        Lookup.NoTerritory($"The portfolio of {Programme.Id}", Ledgers.Count, territory);

    /// <summary>Works out the national view at a date (rule PRO013).</summary>
    /// <param name="asOf">The date; only data dated on or before it count.</param>
    /// <param name="options">The options, or <see langword="null"/> for the portfolio's own, <see cref="RollupSettings"/>.</param>
    /// <returns>The national view.</returns>
    public PortfolioProgress RollupAt(LocalDate asOf, ProgressOptions? options = null)
    {
        options ??= RollupSettings;
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
