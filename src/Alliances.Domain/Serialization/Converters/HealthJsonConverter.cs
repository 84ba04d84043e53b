using Alliances.Domain.Progress;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a measure's health (<see cref="Health"/>) as its camelCase name in the JSON contract.</summary>
public sealed class HealthJsonConverter : ContractEnumJsonConverter<Health>
{
    /// <summary>Initializes the converter.</summary>
    public HealthJsonConverter()
        : base(JsonNames.Healths)
    {
    }
}
