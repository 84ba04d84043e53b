using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Scheduling;

/// <summary>Where one measure stands against its window at a date: the status, the window, and the first effects counted.</summary>
/// <remarks>
/// <para>
/// A small value: computing it allocates nothing. Equality compares every property.
/// </para>
/// <para>
/// <c>default(MeasureScheduleStatus)</c> is measure 1, operational, not due, in the one-day window of 1 January of
/// year 1, with no first effects.
/// </para>
/// </remarks>
public readonly record struct MeasureScheduleStatus
{
    // The window's days rather than the window: default then holds a window, not null.
    private readonly LocalDate _windowStart;
    private readonly LocalDate _windowEnd;

    internal MeasureScheduleStatus(MeasureNumber measure, DimensionKind dimension, ScheduleStatus status, DateInterval window, LocalDate? firstEffects)
    {
        Measure = measure;
        Dimension = dimension;
        Status = status;
        (_windowStart, _windowEnd) = (window.Start, window.End);
        FirstEffects = firstEffects;
    }

    /// <summary>Gets the measure.</summary>
    public MeasureNumber Measure { get; }

    /// <summary>Gets the kind of the measure's dimension.</summary>
    public DimensionKind Dimension { get; }

    /// <summary>Gets the status.</summary>
    public ScheduleStatus Status { get; }

    /// <summary>Gets the rule that defines the status (SCH002–SCH007).</summary>
    public Rule Rule => Status.Rule();

    /// <summary>Gets the window of the measure's dimension, both days included.</summary>
    public DateInterval Window => new(_windowStart, _windowEnd);

    /// <summary>Gets the day first effects were recorded, when they were recorded on or before the date asked about.</summary>
    public LocalDate? FirstEffects { get; }
}
