using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;

namespace Alliances.Domain;

/// <summary>The administrative level of a territory.</summary>
[JsonConverter(typeof(TerritoryLevelJsonConverter))]
public enum TerritoryLevel
{
    /// <summary>A region ("région").</summary>
    Region = 0,

    /// <summary>A département.</summary>
    Departement = 1,

    /// <summary>A commune.</summary>
    Commune = 2,

    /// <summary>Any other grouping: an intercommunality, a metropolis, an overseas collectivity.</summary>
    Other = 3,
}
