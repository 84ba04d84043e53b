
namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes a part of a month (<see cref="MonthPart"/>) as its camelCase name in the JSON contract.</summary>
public sealed class MonthPartJsonConverter : ContractEnumJsonConverter<MonthPart>
{
    /// <summary>Initializes the converter.</summary>
    public MonthPartJsonConverter()
        : base(JsonNames.MonthParts)
    {
    }
}
