using Alliances.Domain.Progress;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes the part an actor takes in a measure (<see cref="CommitmentRole"/>) as its camelCase name in the JSON contract.</summary>
public sealed class CommitmentRoleJsonConverter : ContractEnumJsonConverter<CommitmentRole>
{
    /// <summary>Initializes the converter.</summary>
    public CommitmentRoleJsonConverter()
        : base(JsonNames.Roles)
    {
    }
}
