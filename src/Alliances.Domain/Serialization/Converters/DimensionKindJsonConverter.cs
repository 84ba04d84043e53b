
namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes the kind of a dimension (<see cref="DimensionKind"/>) as its camelCase name in the JSON contract.</summary>
public sealed class DimensionKindJsonConverter : ContractEnumJsonConverter<DimensionKind>
{
    /// <summary>Initializes the converter.</summary>
    public DimensionKindJsonConverter()
        : base(JsonNames.DimensionKinds)
    {
    }
}
