using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Territories;

namespace Alliances.Domain.Progress;

/// <summary>The weight of a territory in the national means.</summary>
/// <remarks>
/// Equality compares both properties. <c>default(TerritoryWeight)</c> is no weight: it holds no territory code
/// (<c>default(TerritoryCode)</c>) and a weight of 0, which WGT001 forbids. A portfolio refuses it, as a weight of
/// none of its territories (POR001), and the JSON converter refuses to write it.
/// </remarks>
[JsonConverter(typeof(TerritoryWeightJsonConverter))]
public readonly record struct TerritoryWeight
{
    /// <summary>Initializes a new weight.</summary>
    /// <param name="territoryCode">The territory's code; not <c>default</c>, which holds no code (rule TER001).</param>
    /// <param name="weight">The weight, a finite number from 10⁻⁶ to 10⁹ (rules WGT001, WGT010), such as its population.</param>
    /// <exception cref="Validation.RuleViolationException">
    /// The code is <c>default</c> (TER001), the weight is not above 0 or not finite (WGT001), or outside 10⁻⁶ to 10⁹ (WGT010).
    /// </exception>
    public TerritoryWeight(TerritoryCode territoryCode, double weight)
    {
        TerritoryCode = TerritoryCode.Require(territoryCode, nameof(territoryCode));
        Weight = Weights.Check(weight);
    }

    /// <summary>Gets the territory's code.</summary>
    public TerritoryCode TerritoryCode { get; }

    /// <summary>Gets the weight.</summary>
    public double Weight { get; }
}
