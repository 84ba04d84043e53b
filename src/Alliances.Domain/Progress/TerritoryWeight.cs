using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;

namespace Alliances.Domain.Progress;

/// <summary>The weight of a territory in the national means.</summary>
/// <remarks>
/// Equality compares both properties. <c>default(TerritoryWeight)</c> is not a weight: it holds no territory code
/// (<c>default(TerritoryCode)</c>, which TER001 refuses), and its weight reads 1, the weight of a territory not
/// listed. The constructor cannot build it, a portfolio refuses it as a weight of none of its territories (POR001),
/// and the JSON converter refuses to write it.
/// </remarks>
[JsonConverter(typeof(TerritoryWeightJsonConverter))]
public readonly record struct TerritoryWeight
{
    private readonly double _weight;

    /// <summary>Initializes a new weight.</summary>
    /// <param name="territoryCode">The territory's code; not <c>default</c>, which holds no code (rule TER001).</param>
    /// <param name="weight">The weight, a finite number from 10⁻⁶ to 10⁹ (rules WGT001, WGT010), such as its population.</param>
    /// <exception cref="Validation.RuleViolationException">
    /// The code is <c>default</c> (TER001), the weight is not above 0 or not finite (WGT001), or outside 10⁻⁶ to 10⁹ (WGT010).
    /// </exception>
    public TerritoryWeight(TerritoryCode territoryCode, double weight)
    {
        TerritoryCode = TerritoryCode.Require(territoryCode, nameof(territoryCode));
        _weight = Weights.Store(Weights.Check(weight));
    }

    /// <summary>Gets the territory's code.</summary>
    public TerritoryCode TerritoryCode { get; }

    /// <summary>Gets the weight, from 10⁻⁶ to 10⁹.</summary>
    public double Weight => Weights.Read(_weight);
}
