using System.Runtime.CompilerServices;

namespace Alliances.Domain.Progress;

/// <summary>
/// A weighted mean of values that may be unknown, added one at a time (rules PRO003, PRO004): the mean of the known
/// ones, and the share of the weight they carry. It is the one weighted mean of the rollups: measures into their
/// dimension, dimensions into the programme, territories into the nation.
/// </summary>
/// <remarks>A tally is a value of four fields, so that a tally in a local lives in registers.</remarks>
internal struct MeanTally
{
    private double _sum;
    private double _knownWeight;
    private double _totalWeight;
    private bool _unknown;

    /// <summary>Gets the weight of every value added, known or not.</summary>
    internal readonly double TotalWeight => _totalWeight;

    /// <summary>Gets the share of the weight whose value is known; 0 % when nothing was added.</summary>
    internal readonly Percentage Coverage => _totalWeight > 0 ? Rollup.Clamp(100 * _knownWeight / _totalWeight) : Percentage.Zero;

    /// <summary>Adds one value.</summary>
    /// <param name="value">The value, or NaN when unknown.</param>
    /// <param name="weight">Its weight.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Add(double value, double weight)
    {
        _totalWeight += weight;
        if (double.IsNaN(value))
        {
            _unknown = true;
        }
        else
        {
            _sum += value * weight;
            _knownWeight += weight;
        }
    }

    /// <summary>Adds one percentage.</summary>
    /// <param name="value">The value, or <see langword="null"/> when unknown.</param>
    /// <param name="weight">Its weight.</param>
    internal void Add(Percentage? value, double weight) => Add(value?.Points ?? double.NaN, weight);

    /// <summary>Adds every value another tally holds, as if they had been added to this one.</summary>
    /// <param name="other">The other tally.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Add(in MeanTally other)
    {
        _sum += other._sum;
        _knownWeight += other._knownWeight;
        _totalWeight += other._totalWeight;
        _unknown |= other._unknown;
    }

    /// <summary>The mean of the known values; unknown when none is known, or, under the strict policy, when one is unknown.</summary>
    /// <param name="strict">Whether one unknown value makes the mean unknown.</param>
    internal readonly double? Value(bool strict) => _knownWeight > 0 && !(strict && _unknown) ? _sum / _knownWeight : null;

    /// <summary>The mean of known percentages, as <see cref="Value"/> gives it, as a percentage.</summary>
    /// <param name="strict">Whether one unknown value makes the mean unknown.</param>
    internal readonly Percentage? Mean(bool strict) => Value(strict) is { } mean ? Rollup.Clamp(mean) : null;
}
