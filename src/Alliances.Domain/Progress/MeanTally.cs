
namespace Alliances.Domain.Progress;

/// <summary>
/// A weighted mean of percentages that may be unknown, added to one value at a time (rules PRO003, PRO004): the mean of
/// the known ones, and the share of the weight they carry.
/// </summary>
internal struct MeanTally
{
    private double _sum;
    private double _knownWeight;
    private double _totalWeight;
    private bool _unknown;

    /// <summary>Adds one value.</summary>
    /// <param name="value">The value, or <see langword="null"/> when unknown.</param>
    /// <param name="weight">Its weight.</param>
    internal void Add(Percentage? value, double weight)
    {
        _totalWeight += weight;
        if (value is { } known)
        {
            _sum += known.Points * weight;
            _knownWeight += weight;
        }
        else
        {
            _unknown = true;
        }
    }

    /// <summary>The mean of the known values; unknown when none is known, or, under the strict policy, when one is unknown.</summary>
    /// <param name="strict">Whether one unknown value makes the mean unknown.</param>
    internal readonly Percentage? Mean(bool strict) =>
        _knownWeight > 0 && !(strict && _unknown) ? Rollup.Clamp(_sum / _knownWeight) : null;

    /// <summary>Gets the share of the weight whose value is known.</summary>
    internal readonly Percentage Coverage => _totalWeight > 0 ? Rollup.Clamp(100 * _knownWeight / _totalWeight) : Percentage.Zero;
}
