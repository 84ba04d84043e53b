using System.Globalization;

namespace Alliances.Domain.Validation;

/// <summary>
/// The one wording of a lookup's unknown key, for every aggregate and view that looks up by measure or territory:
/// <c>Programme odd17-2020 has measures 1 to 21; there is no measure 22.</c>
/// </summary>
/// <remarks>
/// A key the aggregate does not have throws <see cref="KeyNotFoundException"/> from the throwing form of a lookup, and
/// makes its <c>TryGet…</c> twin return <see langword="false"/>; a key it has, with nothing recorded under it yet, is
/// not unknown.
/// </remarks>
internal static class Lookup
{
    /// <summary>Gets the exception for a measure number outside <c>1</c> to <paramref name="count"/>.</summary>
    /// <param name="owner">What has the measures, capitalized: <c>Programme odd17-2020</c>, <c>The figures</c>.</param>
    /// <param name="count">How many measures it has.</param>
    /// <param name="measure">The number looked up.</param>
    internal static KeyNotFoundException NoMeasure(string owner, int count, MeasureNumber measure) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{owner} has measures 1 to {count}; there is no measure {measure}."));

    /// <summary>Finds the item of a list held in measure order, one item a measure from measure 1.</summary>
    /// <param name="byMeasure">The list, its item <c>i</c> for measure <c>i + 1</c>.</param>
    /// <param name="measure">The measure looked up.</param>
    /// <param name="item">The measure's item; <c>default</c> when the list has none for it.</param>
    /// <returns><see langword="true"/> when the list has an item for the measure.</returns>
    internal static bool TryByMeasure<T>(ValueList<T> byMeasure, MeasureNumber measure, out T item)
    {
        var known = measure.Value <= byMeasure.Count;
        item = known ? byMeasure[measure.Value - 1] : default!;
        return known;
    }

    /// <summary>Gets the exception for a territory code that is not among <paramref name="count"/> territories.</summary>
    /// <param name="owner">What has the territories, capitalized: <c>The portfolio of odd17-2020</c>.</param>
    /// <param name="count">How many territories it has.</param>
    /// <param name="territory">The code looked up.</param>
    internal static KeyNotFoundException NoTerritory(string owner, int count, TerritoryCode territory) =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"{owner} has {count} {(count == 1 ? "territory" : "territories")}; there is no territory '{MessageText.Quote(territory.Value)}'."));
}
