using Alliances.Domain.Scheduling;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a milestone's timing against a date (<see cref="MilestoneTiming"/>) as its camelCase name in the JSON contract.</summary>
public sealed class MilestoneTimingJsonConverter : ContractEnumJsonConverter<MilestoneTiming>
{
    /// <summary>Initializes the converter.</summary>
    public MilestoneTimingJsonConverter()
        : base(JsonNames.Timings)
    {
    }
}
