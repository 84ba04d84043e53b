using NodaTime;

namespace Alliances.Domain.Progress;

/// <summary>How a measure's progress moved between two dates.</summary>
/// <remarks>
/// <c>default(ProgressChange)</c> is no change of measure 1 over 1 January of year 1, its progress unknown on both
/// sides. Equality compares every property.
/// </remarks>
public readonly record struct ProgressChange
{
    internal ProgressChange(MeasureNumber measure, LocalDate from, LocalDate to, Percentage? before, Percentage? after)
    {
        Measure = measure;
        From = from;
        To = to;
        Before = before;
        After = after;
        Points = before is { } b && after is { } a ? a.Points - b.Points : null;
    }

    /// <summary>Gets the measure.</summary>
    public MeasureNumber Measure { get; }

    /// <summary>Gets the earlier date.</summary>
    public LocalDate From { get; }

    /// <summary>Gets the later date.</summary>
    public LocalDate To { get; }

    /// <summary>Gets the progress at <see cref="From"/>, or <see langword="null"/> when unknown.</summary>
    public Percentage? Before { get; }

    /// <summary>Gets the progress at <see cref="To"/>, or <see langword="null"/> when unknown.</summary>
    public Percentage? After { get; }

    /// <summary>Gets the change in points, after minus before, or <see langword="null"/> when either is unknown.</summary>
    public double? Points { get; }
}
