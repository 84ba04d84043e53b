using Alliances.Domain.Dimensions;
using Alliances.Domain.Measures;
using Alliances.Domain.Validation;
using NodaTime;

namespace Alliances.Domain.Scheduling;

/// <summary>Where one measure stands against its window at a date: the status, the window, and the first effects counted.</summary>
/// <remarks>A small value: computing it allocates nothing. Equality compares every property.</remarks>
public readonly record struct MeasureScheduleStatus
{
    internal MeasureScheduleStatus(MeasureNumber measure, DimensionKind dimension, ScheduleStatus status, DateInterval window, LocalDate? firstEffects)
    {
        Measure = measure;
        Dimension = dimension;
        Status = status;
        Window = window;
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
    public DateInterval Window { get; }

    /// <summary>Gets the day first effects were recorded, when they were recorded on or before the date asked about.</summary>
    public LocalDate? FirstEffects { get; }
}
