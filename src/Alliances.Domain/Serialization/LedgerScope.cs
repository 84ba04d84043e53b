using System.Text.Json.Serialization;

namespace Alliances.Domain.Serialization;

/// <summary>What a ledger document holds.</summary>
[JsonConverter(typeof(LedgerScopeJsonConverter))]
public enum LedgerScope
{
    /// <summary>One national ledger.</summary>
    National = 0,

    /// <summary>One territorial ledger.</summary>
    Territorial = 1,

    /// <summary>A portfolio of territorial ledgers.</summary>
    Portfolio = 2,
}
