using Alliances.Domain.Progress;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes where a measure's progress figure comes from (<see cref="ProgressSource"/>) as its camelCase name in the JSON contract.</summary>
public sealed class ProgressSourceJsonConverter : ContractEnumJsonConverter<ProgressSource>
{
    /// <summary>Initializes the converter.</summary>
    public ProgressSourceJsonConverter()
        : base(JsonNames.Sources)
    {
    }
}
