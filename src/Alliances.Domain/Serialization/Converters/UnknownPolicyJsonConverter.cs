using Alliances.Domain.Progress;

namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes the policy for unknown values in a rollup (<see cref="UnknownPolicy"/>) as its camelCase name in the JSON contract.</summary>
public sealed class UnknownPolicyJsonConverter : ContractEnumJsonConverter<UnknownPolicy>
{
    /// <summary>Initializes the converter.</summary>
    public UnknownPolicyJsonConverter()
        : base(JsonNames.Policies)
    {
    }
}
