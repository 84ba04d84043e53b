using Alliances.Domain.Scheduling;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a measure's schedule status (<see cref="ScheduleStatus"/>) as its camelCase name in the JSON contract.</summary>
public sealed class ScheduleStatusJsonConverter : ContractEnumJsonConverter<ScheduleStatus>
{
    /// <summary>Initializes the converter.</summary>
    public ScheduleStatusJsonConverter()
        : base(JsonNames.ScheduleStatuses)
    {
    }
}
