using System.Text.Json.Serialization;
using Alliances.Domain.Serialization;
using Alliances.Domain.Validation;

namespace Alliances.Domain;

/// <summary>
/// An <see cref="Actor"/> that is a body of a territory, such as the operational committee a département sets up to
/// follow the programme.
/// </summary>
/// <remarks>Equality compares the territory and the body.</remarks>
[JsonConverter(typeof(TerritoryBodyActorJsonConverter))]
public sealed record TerritoryBodyActor : Actor
{
    /// <summary>Initializes a new actor for a territory's body.</summary>
    /// <param name="territory">The territory.</param>
    /// <param name="body">The territory's body.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public TerritoryBodyActor(Territory territory, GovernanceBody body)
    {
        Territory = Guard.NotNull(territory);
        Body = Guard.NotNull(body);
    }

    /// <summary>Gets the territory.</summary>
    public Territory Territory { get; }

    /// <summary>Gets the territory's body.</summary>
    public GovernanceBody Body { get; }

    /// <summary>Returns the territory's code and the body's French name, such as <c>59 Comité opérationnel</c>.</summary>
    /// <returns>The actor as text.</returns>
    public override string ToString() => $"{Territory.Code} {Body}";
}
