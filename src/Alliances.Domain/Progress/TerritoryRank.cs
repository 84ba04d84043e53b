
namespace Alliances.Domain.Progress;

/// <summary>A territory's place in the national ranking.</summary>
/// <remarks>Equality compares every property.</remarks>
public sealed record TerritoryRank
{
    internal TerritoryRank(int rank, Territory territory, Percentage? progress, double? variance)
    {
        Rank = rank;
        Territory = territory;
        Progress = progress;
        Variance = variance;
    }

    /// <summary>Gets the rank, from 1.</summary>
    public int Rank { get; }

    /// <summary>Gets the territory.</summary>
    public Territory Territory { get; }

    /// <summary>Gets the territory's programme progress, or <see langword="null"/> when unknown.</summary>
    public Percentage? Progress { get; }

    /// <summary>Gets the territory's schedule variance in points, or <see langword="null"/> when unknown.</summary>
    public double? Variance { get; }
}
