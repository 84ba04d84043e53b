
namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes the level of a territory (<see cref="TerritoryLevel"/>) as its camelCase name in the JSON contract.</summary>
public sealed class TerritoryLevelJsonConverter : ContractEnumJsonConverter<TerritoryLevel>
{
    /// <summary>Initializes the converter.</summary>
    public TerritoryLevelJsonConverter()
        : base(JsonNames.Levels)
    {
    }
}
