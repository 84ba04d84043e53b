
namespace Alliances.Domain.Progress;

/// <summary>An indicator and its observations in date order.</summary>
internal sealed class IndicatorTrack(Indicator indicator, ObservationEntry[] observations)
{
    /// <summary>Gets the indicator.</summary>
    internal Indicator Indicator { get; } = indicator;

    /// <summary>Gets the observations, in date order, one per day at most.</summary>
    internal ObservationEntry[] Observations { get; } = observations;

    /// <summary>Gets the indicator's progress from its latest observation on or before a packed day (rule PRO001).</summary>
    internal Percentage? ProgressAt(int date)
    {
        var index = Search.LastOnOrBefore(Observations, date);
        return index < 0 ? null : Indicator.ProgressFrom(Observations[index].Value);
    }

    /// <summary>Determines whether two tracks hold the same indicator and observations.</summary>
    internal bool SameAs(IndicatorTrack other) =>
        Indicator.Equals(other.Indicator) && Observations.AsSpan().SequenceEqual(other.Observations);
}
