
namespace Alliances.Domain.Progress;

/// <summary>One measure across every territory of a portfolio: its national progress and its mean variance.</summary>
/// <remarks>
/// <c>default(MeasureAcrossTerritories)</c> is measure 1 known in no territory: progress and variance unknown, every
/// count 0. Equality compares every property.
/// </remarks>
public readonly record struct MeasureAcrossTerritories
{
    internal MeasureAcrossTerritories(MeasureNumber measure, Percentage? progress, double? meanVariance, int known, int cancelled, int offTrack)
    {
        Measure = measure;
        Progress = progress;
        MeanVariance = meanVariance;
        KnownCount = known;
        CancelledCount = cancelled;
        OffTrackCount = offTrack;
    }

    /// <summary>Gets the measure.</summary>
    public MeasureNumber Measure { get; }

    /// <summary>Gets the territories' weighted mean progress on it (rule PRO013), or <see langword="null"/> when unknown.</summary>
    public Percentage? Progress { get; }

    /// <summary>Gets the territories' weighted mean schedule variance on it, in points, or <see langword="null"/> when unknown.</summary>
    public double? MeanVariance { get; }

    /// <summary>Gets how many territories know its progress, cancellations left out.</summary>
    public int KnownCount { get; }

    /// <summary>Gets how many territories cancelled it.</summary>
    public int CancelledCount { get; }

    /// <summary>Gets how many territories have it off track.</summary>
    public int OffTrackCount { get; }
}
