namespace Alliances.Domain.Serialization;

/// <summary>Reads and writes what a ledger document holds (<see cref="LedgerScope"/>) as its camelCase name in the JSON contract.</summary>
public sealed class LedgerScopeJsonConverter : ContractEnumJsonConverter<LedgerScope>
{
    /// <summary>Initializes the converter.</summary>
    public LedgerScopeJsonConverter()
        : base(JsonNames.Scopes)
    {
    }
}
