
namespace Alliances.Domain.Progress;

/// <summary>A dimension's national progress: the territories' weighted mean of its progress.</summary>
/// <remarks><c>default(DimensionNational)</c> is the operational dimension, its progress unknown. Equality compares both properties.</remarks>
public readonly record struct DimensionNational
{
    internal DimensionNational(DimensionKind dimension, Percentage? progress)
    {
        Dimension = dimension;
        Progress = progress;
    }

    /// <summary>Gets the kind of the dimension.</summary>
    public DimensionKind Dimension { get; }

    /// <summary>Gets its national progress, or <see langword="null"/> when unknown.</summary>
    public Percentage? Progress { get; }
}
