using Alliances.Domain.Progress;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a measure's lifecycle status (<see cref="LifecycleStatus"/>) as its camelCase name in the JSON contract.</summary>
public sealed class LifecycleStatusJsonConverter : ContractEnumJsonConverter<LifecycleStatus>
{
    /// <summary>Initializes the converter.</summary>
    public LifecycleStatusJsonConverter()
        : base(JsonNames.Statuses)
    {
    }
}
