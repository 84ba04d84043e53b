using System.Diagnostics.CodeAnalysis;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>
/// The national view of a portfolio at a date: each territory's figures, the national means, the ranking of territories
/// and the measures that lag most across them (rule PRO013).
/// </summary>
/// <remarks>Equality compares every property.</remarks>
public sealed record PortfolioProgress
{
    internal PortfolioProgress(
        LocalDate asOf,
        ValueList<ProgrammeProgress> territories,
        Percentage? progress,
        Percentage coverage,
        ValueList<DimensionNational> dimensions,
        ValueList<MeasureAcrossTerritories> measures,
        ValueList<TerritoryRank> ranking)
    {
        AsOf = asOf;
        Territories = territories;
        Progress = progress;
        Coverage = coverage;
        Dimensions = dimensions;
        Measures = measures;
        Ranking = ranking;
    }

    /// <summary>Gets the date the figures hold at.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets each territory's figures, in the portfolio's order.</summary>
    /// <remarks>
    /// The rollup works out every territory's figures except its per-measure ones
    /// (<see cref="ProgrammeProgress.Measures"/>), worked out from its ledger when first read (until then, and no
    /// longer, they keep the ledger alive; comparing or printing them does not read them), and its balanced index,
    /// worked out from its dimensions when read.
    /// </remarks>
    public ValueList<ProgrammeProgress> Territories { get; }

    /// <summary>Gets the national progress: the territories' weighted mean, or <see langword="null"/> when unknown.</summary>
    public Percentage? Progress { get; }

    /// <summary>Gets the share of the territories' weight whose programme progress is known.</summary>
    public Percentage Coverage { get; }

    /// <summary>Gets each dimension's national progress.</summary>
    public ValueList<DimensionNational> Dimensions { get; }

    /// <summary>Gets each measure across the territories, in measure order.</summary>
    public ValueList<MeasureAcrossTerritories> Measures { get; }

    /// <summary>Gets the territories ranked by programme progress, highest first, unknown last, ties by code.</summary>
    public ValueList<TerritoryRank> Ranking { get; }

    /// <summary>Gets a territory's figures.</summary>
    /// <param name="territory">The territory's code.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="KeyNotFoundException">The portfolio has no territory of that code.</exception>
    public ProgrammeProgress GetTerritory(TerritoryCode territory) =>
        TryGetTerritory(territory, out var figures) ? figures : throw Lookup.NoTerritory("The rollup", Territories.Count, territory);

    /// <summary>Gets a territory's figures, when the portfolio has the territory.</summary>
    /// <param name="territory">The territory's code.</param>
    /// <param name="figures">The figures; <see langword="null"/> when the portfolio has no territory of that code.</param>
    /// <returns><see langword="true"/> when the portfolio has the territory; <see langword="false"/> where <see cref="GetTerritory"/> throws.</returns>
    public bool TryGetTerritory(TerritoryCode territory, [NotNullWhen(true)] out ProgrammeProgress? figures)
    {
        foreach (var candidate in Territories)
        {
            if (candidate.Territory!.Code == territory)
            {
                figures = candidate;
                return true;
            }
        }

        figures = null;
        return false;
    }

    /// <summary>Gets a measure's figures across the territories.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="KeyNotFoundException">The programme has no such measure.</exception>
    public MeasureAcrossTerritories GetMeasure(MeasureNumber measure) =>
        TryGetMeasure(measure, out var figures) ? figures : throw Lookup.NoMeasure("The rollup", Measures.Count, measure);

    /// <summary>Gets a measure's figures across the territories, when the programme has the measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="figures">The figures; <c>default</c> when the programme lacks the measure.</param>
    /// <returns><see langword="true"/> when the programme has the measure; <see langword="false"/> where <see cref="GetMeasure"/> throws.</returns>
    public bool TryGetMeasure(MeasureNumber measure, out MeasureAcrossTerritories figures)
    {
        return Lookup.TryByMeasure(Measures, measure, out figures);
    }

    /// <summary>
    /// Gets the measures that lag most across territories (rule PRO016): those whose mean schedule variance is negative,
    /// the furthest behind first, then by number.
    /// </summary>
    /// <param name="count">How many to give at most; five unless set.</param>
    /// <returns>The lagging measures: none when no measure is behind.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public ValueList<MeasureAcrossTerritories> Lagging(int count = 5)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return ValueList.CreateRange(Measures.Where(m => m.MeanVariance < 0).OrderBy(m => m.MeanVariance).ThenBy(m => m.Measure).Take(count));
    }
}
