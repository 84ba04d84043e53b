using Alliances.Domain.Progress;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes the direction of an indicator (<see cref="IndicatorDirection"/>) as its camelCase name in the JSON contract.</summary>
public sealed class IndicatorDirectionJsonConverter : ContractEnumJsonConverter<IndicatorDirection>
{
    /// <summary>Initializes the converter.</summary>
    public IndicatorDirectionJsonConverter()
        : base(JsonNames.Directions)
    {
    }
}
