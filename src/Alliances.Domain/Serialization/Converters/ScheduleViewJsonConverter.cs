using Alliances.Domain.Scheduling;

namespace Alliances.Domain.Serialization;

/// <summary>
/// Writes a schedule view (<see cref="ScheduleView"/>) in the JSON contract, kind <c>scheduleView</c>, as its schema
/// (<see cref="JsonSchemas.ScheduleView"/>) describes it; written only, as every view (<see cref="ViewJsonConverter{TView}"/>).
/// </summary>
public sealed class ScheduleViewJsonConverter : ViewJsonConverter<ScheduleView>
{
    /// <summary>Initializes the converter.</summary>
    public ScheduleViewJsonConverter()
        : base(ViewWriter.Schedule)
    {
    }
}
