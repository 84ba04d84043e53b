using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;

namespace Alliances.Domain.Progress;

/// <summary>The weight of a territory in the national means.</summary>
/// <remarks>Equality compares both properties.</remarks>
[JsonConverter(typeof(TerritoryWeightJsonConverter))]
public readonly record struct TerritoryWeight
{
    /// <summary>Initializes a new weight.</summary>
    /// <param name="territoryCode">The territory's code.</param>
    /// <param name="weight">The weight, a finite number from 10⁻⁶ to 10⁹ (rules WGT001, WGT010), such as its population.</param>
    /// <exception cref="ArgumentNullException"><paramref name="territoryCode"/> is null.</exception>
    /// <exception cref="Validation.RuleViolationException">The weight is not above 0 or not finite (WGT001), or outside 10⁻⁶ to 10⁹ (WGT010).</exception>
    public TerritoryWeight(string territoryCode, double weight)
    {
        ArgumentNullException.ThrowIfNull(territoryCode);
        TerritoryCode = territoryCode;
        Weight = Weights.Check(weight);
    }

    /// <summary>Gets the territory's code.</summary>
    public string TerritoryCode { get; }

    /// <summary>Gets the weight.</summary>
    public double Weight { get; }
}
