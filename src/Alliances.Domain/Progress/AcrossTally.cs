using System.Runtime.CompilerServices;

namespace Alliances.Domain.Progress;

/// <summary>One measure's running sums across a portfolio's territories (rule PRO013), added to territory by territory.</summary>
internal struct AcrossTally
{
    private MeanTally _progress;
    private MeanTally _variance;
    private int _known;
    private int _cancelled;
    private int _offTrack;

    /// <summary>Adds one territory's figures for the measure.</summary>
    /// <param name="measure">The territory's figures for the measure.</param>
    /// <param name="weight">The territory's weight.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Add(in MeasureProgress measure, double weight)
    {
        if (measure.IsCancelled)
        {
            _cancelled++;
            return;
        }

        // Known or not, off track or not, differ from one territory to the next: 0/1 arithmetic, no branch needed.
        var points = measure.ProgressPoints;
        _progress.Add(points, weight);
        _variance.Add(measure.VariancePoints, weight);
        _known += double.IsNaN(points) ? 0 : 1;
        _offTrack += measure.IsOffTrack ? 1 : 0;
    }

    /// <summary>The measure's national figures: weighted means over the territories where it is known.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="strict">Whether one unknown territory makes the means unknown.</param>
    internal readonly MeasureAcrossTerritories ToFigures(MeasureNumber measure, bool strict) =>
        new(measure, _progress.Mean(strict), _variance.Value(strict), _known, _cancelled, _offTrack);
}
