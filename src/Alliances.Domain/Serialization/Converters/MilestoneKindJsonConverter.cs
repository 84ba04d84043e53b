
namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes the kind of a milestone (<see cref="MilestoneKind"/>) as its camelCase name in the JSON contract.</summary>
public sealed class MilestoneKindJsonConverter : ContractEnumJsonConverter<MilestoneKind>
{
    /// <summary>Initializes the converter.</summary>
    public MilestoneKindJsonConverter()
        : base(JsonNames.MilestoneKinds)
    {
    }
}
