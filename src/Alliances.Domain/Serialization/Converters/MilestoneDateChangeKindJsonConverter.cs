
namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes the kind of a change of a milestone's date (<see cref="MilestoneDateChangeKind"/>) as its camelCase name in the JSON contract.</summary>
public sealed class MilestoneDateChangeKindJsonConverter : ContractEnumJsonConverter<MilestoneDateChangeKind>
{
    /// <summary>Initializes the converter.</summary>
    public MilestoneDateChangeKindJsonConverter()
        : base(JsonNames.DateChangeKinds)
    {
    }
}
