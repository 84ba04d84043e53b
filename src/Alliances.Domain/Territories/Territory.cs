using Alliances.Domain.Serialization;
using System.Text.Json.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>A territory that follows the programme: its code, its name and its level.</summary>
/// <remarks>
/// The code is the one the territory is known by, such as the INSEE code of a département (<c>75</c>, <c>2A</c>,
/// <c>971</c>); <see cref="TerritoryCode"/> holds it, and rule TER001 bounds its form. Equality compares every
/// property; within a portfolio, codes are unique.
/// </remarks>
[JsonConverter(typeof(TerritoryJsonConverter))]
public sealed record Territory
{
    /// <summary>Initializes a new territory.</summary>
    /// <param name="code">The code, such as <c>2A</c>; not <c>default</c>, which holds no code (rule TER001).</param>
    /// <param name="name">The name, such as "Bouches-du-Rhône"; not blank (TXT001).</param>
    /// <param name="level">The administrative level.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined value.</exception>
    /// <exception cref="RuleViolationException">The code is <c>default</c> (TER001), or the name is blank (TXT001).</exception>
    public Territory(TerritoryCode code, string name, TerritoryLevel level)
    {
        Code = TerritoryCode.Require(code, nameof(code));
        Name = Guard.Text(name, "A territory's name", "Le nom d’un territoire");
        if (!Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "A territory level is one of the values of TerritoryLevel.");
        }

        Level = level;
    }

    /// <summary>Gets the code.</summary>
    public TerritoryCode Code { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the administrative level.</summary>
    public TerritoryLevel Level { get; }

    /// <summary>Returns the code and the name, such as <c>13 Bouches-du-Rhône</c>.</summary>
    /// <returns>The territory as text.</returns>
    public override string ToString() => $"{Code} {Name}";
}
