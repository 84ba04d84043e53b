using System.Runtime.CompilerServices;

namespace Alliances.Domain.Progress;

/// <summary>One measure's running sums across a portfolio's territories (rule PRO013), added to territory by territory.</summary>
internal struct AcrossTally
{
    private double _sum;
    private double _knownWeight;
    private double _varianceSum;
    private int _known;
    private int _cancelled;
    private int _offTrack;
    private bool _unknown;

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

        var points = measure.ProgressPoints;
        if (double.IsNaN(points))
        {
            _unknown = true;
            return;
        }

        _known++;
        _sum += points * weight;
        _knownWeight += weight;
        _varianceSum += measure.KnownVariance * weight;
        _offTrack += measure.IsOffTrack ? 1 : 0; // differs from one territory to the next: 0/1 arithmetic, no branch needed
    }

    /// <summary>The measure's national figures: weighted means over the territories where it is known.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="strict">Whether one unknown territory makes the means unknown.</param>
    internal readonly MeasureAcrossTerritories ToFigures(MeasureNumber measure, bool strict)
    {
        var isKnown = _knownWeight > 0 && !(strict && _unknown);
        return new MeasureAcrossTerritories(
            measure,
            isKnown ? Rollup.Clamp(_sum / _knownWeight) : null,
            isKnown ? _varianceSum / _knownWeight : null,
            _known,
            _cancelled,
            _offTrack);
    }
}
