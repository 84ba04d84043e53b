using System.Text.Json.Serialization;
using Alliances.Domain.Serialization;
namespace Alliances.Domain;

/// <summary>
/// Who can take a measure on: an organisation, a territory's body, or one of the worlds the programme brings together.
/// </summary>
/// <remarks>
/// <para>
/// The cases form a closed set, one sealed type each: <see cref="OrganisationActor"/>, <see cref="TerritoryBodyActor"/>
/// and <see cref="WorldActor"/>. No other assembly can add a case. Each wraps the model's own type
/// (<see cref="Organisation"/>, <see cref="GovernanceBody"/> and <see cref="Territory"/>, <see cref="World"/>) rather
/// than repeating it.
/// </para>
/// <para>
/// Equality compares the case and what it wraps: the organisation "Le RAMEAU" and the world <c>associations</c> are
/// different actors, and so are one body in two territories. There is no natural ordering.
/// </para>
/// </remarks>
[JsonConverter(typeof(AnyActorJsonConverter))]
public abstract record Actor
{
    private protected Actor()
    {
    }

    /// <summary>Gets the actor for an organisation.</summary>
    /// <param name="organisation">The organisation.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organisation"/> is null.</exception>
    public static OrganisationActor For(Organisation organisation) => new(organisation);

    /// <summary>Gets the actor for one of the worlds a programme brings together.</summary>
    /// <param name="world">The world.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="world"/> is null.</exception>
    public static WorldActor For(World world) => new(world);

    /// <summary>Gets the actor for a body of a territory, such as its operational committee.</summary>
    /// <param name="territory">The territory.</param>
    /// <param name="body">The territory's body.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TerritoryBodyActor For(Territory territory, GovernanceBody body) => new(territory, body);
}
